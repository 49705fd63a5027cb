package scot.cswo.assurance.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.dataset.DataPeriod;
import scot.cswo.assurance.domain.dataset.Measure;
import scot.cswo.assurance.domain.dataset.MeasureSeries;
import scot.cswo.assurance.domain.dataset.PublishedFigures;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.domain.dataset.Rag;
import scot.cswo.assurance.domain.dataset.Target;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.service.action.ActionService.ActionLine;
import scot.cswo.assurance.service.report.PublishedDataset;

/**
 * The dataset and action tracker as the annual report and the quarterly review pack publish
 * them: tables with header cells and captions, suppression applied, every chart with a text
 * alternative and its figures in a table.
 */
final class DatasetSections {
    private final PublishedDataset dataset;
    private final PublishedFigures published;
    /** Every dataset figure as printed, in the order printed, each once: the document's data file lists them. */
    private final Map<String, PublishedFigure> printed = new LinkedHashMap<>();
    private int figureNumber;

    /** @param firstFigure the number the first chart here takes ("Figure 2") */
    DatasetSections(PublishedDataset dataset, int firstFigure) {
        this.dataset = dataset;
        this.published = dataset.figures();
        this.figureNumber = firstFigure;
    }

    /** A dataset figure as it is printed: its measure (or breakdown total), its period and its text. */
    record PublishedFigure(String measure, String period, String text) {
    }

    /** Notes a figure as printed, and returns its text to print. */
    String print(String measure, String period, String text) {
        printed.putIfAbsent(measure + "\n" + period + "\n" + text, new PublishedFigure(measure, period, text));
        return text;
    }

    /** Every figure printed so far. */
    List<PublishedFigure> printed() {
        return List.copyOf(printed.values());
    }

    /** The marks' key, under the tables that use them. */
    void key(Xhtml x) {
        x.raw("<p class=\"table-note\">").text(published.key()).raw("</p>\n");
    }

    /**
     * Measures by financial year, with the latest year's target and rating.
     *
     * @param year the report's financial year (the last column)
     */
    void yearTable(Xhtml x, String caption, List<MeasureSeries> measures, int year) {
        List<Integer> years = dataset.years(year);
        List<String[]> columns = new ArrayList<>();
        columns.add(new String[] {"Measure", null});
        columns.add(new String[] {"Unit", "24mm"});
        years.forEach(y -> columns.add(new String[] {DataPeriod.year(y).label(), "17mm"}));
        columns.add(new String[] {"Target " + DataPeriod.year(year).label(), "17mm"});
        columns.add(new String[] {"Rating", "20mm"});
        x.table("dataset", caption, columns.toArray(String[][]::new));
        for (MeasureSeries series : measures) {
            Measure m = series.measure();
            x.raw("<tr><th scope=\"row\">").text(m.name()).raw("</th><td>").text(m.unit()).raw("</td>");
            for (int y : years) {
                x.raw("<td>").text(print(m.name(), DataPeriod.year(y).label(), published.year(m, series.year(y))))
                        .raw("</td>");
            }
            x.raw("<td>").text(target(series.target(year))).raw("</td><td>").raw(rag(series.rag(year)))
                    .raw("</td></tr>\n");
        }
        x.endTable();
    }

    /** The parts of one whole by financial year, with their total, secondary suppression applied. */
    void breakdownTable(Xhtml x, String caption, List<MeasureSeries> parts, int year) {
        List<Integer> years = dataset.years(year);
        List<String[]> columns = new ArrayList<>();
        columns.add(new String[] {caption.replaceFirst(",.*", ""), null});
        years.forEach(y -> columns.add(new String[] {DataPeriod.year(y).label(), "19mm"}));
        x.table("dataset breakdown", caption, columns.toArray(String[][]::new));
        List<List<String>> byYear = new ArrayList<>();
        List<Measure> measures = parts.stream().map(MeasureSeries::measure).toList();
        List<Boolean> provisional = new ArrayList<>();
        for (int y : years) {
            int fy = y;
            byYear.add(published.withTotal(measures, parts.stream().map(s -> s.year(fy).value()).toList()));
            provisional.add(parts.stream().anyMatch(s -> s.year(fy).value() != null && !s.year(fy).complete()));
        }
        for (int row = 0; row <= parts.size(); row++) {
            boolean total = row == parts.size();
            x.raw(total ? "<tr class=\"total\"><th scope=\"row\">" : "<tr><th scope=\"row\">")
                    .text(total ? "Total" : shortName(parts.get(row).measure().name(), caption)).raw("</th>");
            String measure = total ? caption.replaceFirst(",.*", "") + " (total)" : parts.get(row).measure().name();
            for (int col = 0; col < years.size(); col++) {
                String shown = byYear.get(col).get(row);
                boolean mark = provisional.get(col) && !shown.equals(PublishedFigures.NOT_AVAILABLE);
                x.raw("<td>").text(print(measure, DataPeriod.year(years.get(col)).label(),
                        shown + (mark ? PublishedFigures.PROVISIONAL : ""))).raw("</td>");
            }
            x.raw("</tr>\n");
        }
        x.endTable();
    }

    /** Every area's measures, single measures first, then each breakdown with its total. */
    void wholeDataset(Xhtml x, int year) {
        for (Map.Entry<String, Map<String, List<MeasureSeries>>> area : dataset.byArea().entrySet()) {
            x.raw("<h3>").text(area.getKey()).raw("</h3>\n");
            List<MeasureSeries> single = area.getValue().getOrDefault("", List.of());
            if (!single.isEmpty()) {
                yearTable(x, area.getKey() + ", by financial year", single, year);
            }
            area.getValue().forEach((breakdown, parts) -> {
                if (!breakdown.isEmpty()) {
                    breakdownTable(x, breakdown + ", by financial year", parts, year);
                }
            });
        }
        key(x);
    }

    /** A chart per measure of its yearly values against target, each with a text alternative. */
    void yearTrends(Xhtml x, List<MeasureSeries> measures, int year) {
        List<Integer> years = dataset.years(year);
        for (MeasureSeries series : measures) {
            if (years.stream().allMatch(y -> series.year(y).value() == null)) {
                continue;
            }
            List<TrendChart.Point> points = new ArrayList<>();
            List<String> said = new ArrayList<>();
            for (int y : years) {
                String label = DataPeriod.year(y).label();
                String shown = print(series.measure().name(), label, published.year(series.measure(), series.year(y)));
                points.add(point(series, label, series.year(y).value(), shown, series.target(y)));
                said.add(label + " " + shown + (series.target(y) == null ? "" : " (target "
                        + target(series.target(y)) + ")"));
            }
            chart(x, series, points, said, "by financial year, " + DataPeriod.year(years.getFirst()).label() + " to "
                    + DataPeriod.year(year).label(), "The same figures are in the table above.");
        }
    }

    /** A chart per measure of its quarters up to {@code quarter}, each with a text alternative. */
    void quarterTrends(Xhtml x, List<MeasureSeries> measures, Quarter quarter, int quarters) {
        for (MeasureSeries series : measures) {
            Quarter q = quarter;
            for (int i = 1; i < quarters; i++) {
                q = q.previous();
            }
            Quarter first = q;
            List<TrendChart.Point> points = new ArrayList<>();
            List<String> said = new ArrayList<>();
            for (int i = 0; i < quarters; i++, q = q.next()) {
                DataPeriod period = series.periodIn(q);
                String shown = print(series.measure().name(), period.label(),
                        published.value(series.measure(), series.value(period)));
                points.add(point(series, q.label(), series.value(period), shown, series.target(q.financialYear())));
                said.add(q.label() + " " + shown);
            }
            if (points.stream().allMatch(p -> p.shown().equals(PublishedFigures.NOT_AVAILABLE))) {
                continue;
            }
            chart(x, series, points, said, "by quarter, " + first.label() + " to " + quarter.label(),
                    "The latest figures are in the table above.");
        }
    }

    private TrendChart.Point point(MeasureSeries series, String label, BigDecimal value, String shown, Target target) {
        return new TrendChart.Point(label, published.hides(series.measure(), value) ? null : value.doubleValue(), shown,
                target == null ? null : target.value().doubleValue());
    }

    private void chart(Xhtml x, MeasureSeries series, List<TrendChart.Point> points, List<String> said, String span,
                       String tableNote) {
        Measure m = series.measure();
        String png = Base64.getEncoder().encodeToString(TrendChart.png(points, m.unit().equals("%") ? "Value (%)"
                : "Value (" + m.unit() + ")", "Target", 2));
        String alt = "Line chart of " + m.name() + " " + span + ": " + String.join("; ", said) + ". "
                + m.polarity().label() + ".";
        x.raw("<figure class=\"chart trend\">\n<img src=\"data:image/png;base64,").raw(png).raw("\" alt=\"")
                .text(alt).raw("\" />\n<figcaption>").text("Figure " + figureNumber++ + ": " + m.name() + ", " + span
                        + " (" + m.polarity().label().toLowerCase(Locale.ROOT) + "). " + tableNote)
                .raw("</figcaption>\n</figure>\n");
    }

    /** How many actions stand at each status, then every action, most urgent first. */
    void actions(Xhtml x, List<ActionLine> actions, String caption, String none) {
        if (actions.isEmpty()) {
            x.raw("<p>").text(none).raw("</p>\n");
            return;
        }
        Map<Status, Long> counts = actions.stream().collect(Collectors.groupingBy(ActionLine::status,
                () -> new EnumMap<>(Status.class), Collectors.counting()));
        x.raw("<ul class=\"key-figures\">\n");
        counts.forEach((status, count) -> x.raw("<li>").text(count + (count == 1 ? " action " : " actions ")
                + (status == Status.COMPLETE ? "complete or embedded" : status.label().toLowerCase(Locale.ROOT)) + ".")
                .raw("</li>\n"));
        x.raw("</ul>\n");
        x.table("actions", caption, new String[] {"Action", null}, new String[] {"Source", "30mm"},
                new String[] {"Lead", "26mm"}, new String[] {"Target date", "19mm"}, new String[] {"Progress", "17mm"},
                new String[] {"Status", "19mm"});
        actions.stream().sorted(Comparator.comparingInt((ActionLine l) -> l.status().urgency()))
                .forEach(l -> {
                    var a = l.tracked().action();
                    x.raw("<tr><td>").text(a.title()).raw("</td><td>").text(a.source().label()
                            + (l.tracked().sourceRef().isEmpty() ? "" : " (" + shortRef(l.tracked().sourceRef()) + ")"))
                            .raw("</td><td>").text(a.lead().isEmpty() ? "Not assigned" : a.lead()).raw("</td><td>")
                            .text(a.targetDate() == null ? "None set" : DateFormats.display(a.targetDate()))
                            .raw("</td><td>").text(a.progress().label()).raw("</td><td>").raw(status(l.status()))
                            .raw("</td></tr>\n");
                });
        x.endTable();
    }

    static String status(Status status) {
        String css = status.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return "<span class=\"status " + css + "\">" + Xhtml.escape(status.label()) + "</span>";
    }

    static String rag(Rag rag) {
        String css = rag.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return "<span class=\"rag " + css + "\">" + Xhtml.escape(rag.label()) + "</span>";
    }

    String target(Target target) {
        return target == null ? "None" : PublishedFigures.number(target.value());
    }

    /** "Looked after children in kinship care" under "Looked after children by placement": "In kinship care". */
    private static String shortName(String name, String caption) {
        String whole = caption.replaceFirst(" by .*", "");
        if (name.startsWith(whole + " ") && name.length() > whole.length() + 1) {
            String rest = name.substring(whole.length() + 1);
            return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        }
        if (name.contains(": ")) {
            String rest = name.substring(name.indexOf(": ") + 2);
            return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        }
        return name;
    }

    private static String shortRef(String ref) {
        return ref.replace("Audit Scotland, Social Work in Scotland (2016), recommendation ", "recommendation ");
    }
}
