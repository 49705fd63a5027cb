package scot.cswo.assurance.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.dataset.DataPeriod;
import scot.cswo.assurance.domain.dataset.Measure;
import scot.cswo.assurance.domain.dataset.MeasureSeries;
import scot.cswo.assurance.domain.dataset.PublishedFigures;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.domain.dataset.Rag;
import scot.cswo.assurance.domain.dataset.StatutoryArea;
import scot.cswo.assurance.domain.dataset.CollectionFrequency;
import scot.cswo.assurance.domain.dataset.Target;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.report.model.Block;
import scot.cswo.assurance.report.model.Block.Table.Cell;
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
    Block key() {
        return Block.Paragraph.of(Block.Paragraph.Kind.TABLE_NOTE, published.key());
    }

    /**
     * Measures by financial year, with the latest year's target and rating.
     *
     * @param year the report's financial year (the last column)
     */
    Block.Table yearTable(String caption, List<MeasureSeries> measures, int year) {
        List<Integer> years = dataset.years(year);
        Content.TableBuilder table = new Content.TableBuilder("dataset", caption).column("Measure", null)
                .column("Unit", "24mm");
        years.forEach(y -> table.column(DataPeriod.year(y).label(), "17mm"));
        table.column("Target " + DataPeriod.year(year).label(), "17mm").column("Rating", "20mm");
        for (MeasureSeries series : measures) {
            Measure m = series.measure();
            List<Cell> cells = new ArrayList<>(List.of(Cell.header(m.name()), Cell.of(m.unit())));
            for (int y : years) {
                cells.add(Cell.of(print(m.name(), DataPeriod.year(y).label(), dataset.year(series, y))));
            }
            cells.add(Cell.of(target(m, series.target(year))));
            cells.add(rag(series.rag(year)));
            table.row(false, cells);
        }
        return table.build();
    }

    /** The parts of one whole by financial year, with their total, secondary suppression applied. */
    Block.Table breakdownTable(String caption, List<MeasureSeries> parts, int year) {
        List<Integer> years = dataset.years(year);
        Content.TableBuilder table = new Content.TableBuilder("dataset breakdown", caption)
                .column(caption.replaceFirst(",.*", ""), null);
        years.forEach(y -> table.column(DataPeriod.year(y).label(), "19mm"));
        List<List<String>> byYear = new ArrayList<>();
        List<Boolean> provisional = new ArrayList<>();
        for (int y : years) {
            int fy = y;
            byYear.add(dataset.yearWithTotal(parts, fy));
            provisional.add(parts.stream().anyMatch(s -> s.year(fy).provisional()));
        }
        for (int row = 0; row <= parts.size(); row++) {
            boolean total = row == parts.size();
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.header(total ? "Total" : shortName(parts.get(row).measure().name(), caption)));
            String measure = total ? caption.replaceFirst(",.*", "") + " (total)" : parts.get(row).measure().name();
            for (int col = 0; col < years.size(); col++) {
                String shown = byYear.get(col).get(row);
                boolean mark = provisional.get(col) && !shown.equals(PublishedFigures.NOT_AVAILABLE);
                cells.add(Cell.of(print(measure, DataPeriod.year(years.get(col)).label(),
                        shown + (mark ? PublishedFigures.PROVISIONAL : ""))));
            }
            table.row(total, cells);
        }
        return table.build();
    }

    /** The next chart's number, so a document's figures are numbered in the order it prints them. */
    int nextFigure() {
        return figureNumber++;
    }

    /**
     * The delivery of statutory functions: every measure outside Workforce under the area of
     * statutory work it speaks to, in the national template's order (child protection first), then
     * any measure of none of those under its own area; single measures first, then each breakdown
     * with its total.
     */
    List<Block> statutoryFunctions(int year) {
        Map<String, List<MeasureSeries>> single = new LinkedHashMap<>();
        Map<String, Map<String, List<MeasureSeries>>> breakdowns = new LinkedHashMap<>();
        for (StatutoryArea area : StatutoryArea.values()) {
            single.put(area.heading(), new ArrayList<>());
            breakdowns.put(area.heading(), new LinkedHashMap<>());
        }
        dataset.byArea().forEach((area, byBreakdown) -> byBreakdown.forEach((breakdown, parts) -> {
            List<MeasureSeries> reported = parts.stream().filter(s -> !PublishedDataset.workforce(s)).toList();
            if (reported.isEmpty()) {
                return;
            }
            if (breakdown.isEmpty()) {
                reported.forEach(s -> single.computeIfAbsent(heading(s.measure().name(), area), h -> new ArrayList<>())
                        .add(s));
            } else {
                String heading = heading(breakdown, area);
                single.computeIfAbsent(heading, h -> new ArrayList<>());
                breakdowns.computeIfAbsent(heading, h -> new LinkedHashMap<>()).put(breakdown, reported);
            }
        }));
        Content content = new Content();
        single.forEach((heading, measures) -> {
            Map<String, List<MeasureSeries>> wholes = breakdowns.getOrDefault(heading, Map.of());
            if (measures.isEmpty() && wholes.isEmpty()) {
                return;
            }
            content.heading(3, heading);
            if (!measures.isEmpty()) {
                content.add(yearTable(heading + ", by financial year", measures, year));
            }
            wholes.forEach((breakdown, parts) -> content.add(breakdownTable(breakdown + ", by financial year", parts,
                    year)));
        });
        return content.blocks().isEmpty() ? List.of() : content.add(key()).blocks();
    }

    private static String heading(String name, String area) {
        return StatutoryArea.of(name, area).map(StatutoryArea::heading).orElse(area);
    }

    /** What each measure counts, for the appendix that defines them. */
    Block.Table definitions() {
        Content.TableBuilder table = new Content.TableBuilder("definitions", "The measures of the CSWO dataset")
                .column("Measure", "50mm").column("Unit", "22mm").column("What it counts", null)
                .column("The year's figure", "28mm");
        for (MeasureSeries series : dataset.measures()) {
            Measure m = series.measure();
            table.row(Cell.header(m.name()), Cell.of(m.unit()), Cell.of(m.definition()),
                    Cell.of(m.collection() == CollectionFrequency.ANNUAL ? "For the year" : m.aggregation().label()));
        }
        return table.build();
    }

    /** A chart per measure with a target of its yearly values against target, each with a text alternative. */
    List<Block> yearTrends(List<MeasureSeries> measures, int year) {
        List<Integer> years = dataset.years(year);
        List<Block> charts = new ArrayList<>();
        for (MeasureSeries series : measures) {
            if (years.stream().allMatch(y -> series.year(y).value() == null)) {
                continue;
            }
            List<TrendChart.Point> points = new ArrayList<>();
            List<String> said = new ArrayList<>();
            for (int y : years) {
                String label = DataPeriod.year(y).label();
                String shown = print(series.measure().name(), label, dataset.year(series, y));
                points.add(point(series, label, series.year(y).value(), shown, series.target(y)));
                said.add(label + " " + shown + (series.target(y) == null ? "" : " (target "
                        + target(series.measure(), series.target(y)) + ")"));
            }
            if (unrated(points)) {
                continue;
            }
            charts.add(chart(series, points, said, "by financial year, " + DataPeriod.year(years.getFirst()).label()
                    + " to " + DataPeriod.year(year).label(), "The same figures are in the table above."));
        }
        return charts;
    }

    /** A chart per measure with a target of its quarters up to {@code quarter}, each with a text alternative. */
    List<Block> quarterTrends(List<MeasureSeries> measures, Quarter quarter, int quarters) {
        List<Block> charts = new ArrayList<>();
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
                String shown = print(series.measure().name(), period.label(), dataset.value(series, period));
                points.add(point(series, q.shortMonths(), series.value(period), shown,
                        series.target(q.financialYear())));
                said.add(q.months() + " " + shown);
            }
            if (points.stream().allMatch(p -> p.shown().equals(PublishedFigures.NOT_AVAILABLE)) || unrated(points)) {
                continue;
            }
            charts.add(chart(series, points, said, "by quarter, " + first.months() + " to " + quarter.months(),
                    "The latest figures are in the table above."));
        }
        return charts;
    }

    /** No target in any period charted: nothing to be rated against, so no chart of the "rated" measures. */
    private static boolean unrated(List<TrendChart.Point> points) {
        return points.stream().allMatch(p -> p.target() == null);
    }

    /** A text alternative is heard, not seen beside the key, so the tables' marks are spoken in words. */
    private static String inWords(String figures) {
        return figures.replace(PublishedFigures.PROVISIONAL, " (provisional)")
                .replace(PublishedFigures.NOT_AVAILABLE, "not available").replace("[c]", "not shown");
    }

    private TrendChart.Point point(MeasureSeries series, String label, BigDecimal value, String shown, Target target) {
        return new TrendChart.Point(label, PublishedFigures.hides(series.measure(), value, shown) ? null : value.doubleValue(), shown,
                target == null ? null : target.value().doubleValue());
    }

    private Block.Figure chart(MeasureSeries series, List<TrendChart.Point> points, List<String> said, String span,
                               String tableNote) {
        Measure m = series.measure();
        byte[] png = TrendChart.png(points, m.unit().equals("%") ? "Value (%)" : "Value (" + m.unit() + ")", "Target", 2);
        String alt = "Line chart of " + m.name() + " " + span + ": " + inWords(String.join("; ", said)) + ". "
                + m.polarity().label() + ".";
        return new Block.Figure("chart trend", png, alt, "Figure " + figureNumber++ + ": " + m.name() + ", " + span
                + " (" + m.polarity().label().toLowerCase(Locale.ROOT) + "). " + tableNote);
    }

    /**
     * How many actions stand at each status, then every action, most urgent first.
     *
     * @param lead how an action's lead is published (by post unless names are asked for)
     */
    List<Block> actions(List<ActionLine> actions, UnaryOperator<String> lead, String caption, String none) {
        if (actions.isEmpty()) {
            return List.of(Block.Paragraph.of(none));
        }
        Map<Status, Long> counts = actions.stream().collect(Collectors.groupingBy(ActionLine::status,
                () -> new EnumMap<>(Status.class), Collectors.counting()));
        List<String> figures = new ArrayList<>();
        counts.forEach((status, count) -> figures.add(count + (count == 1 ? " action " : " actions ")
                + (status == Status.COMPLETE ? "complete or embedded" : status.label().toLowerCase(Locale.ROOT)) + "."));
        Content.TableBuilder table = new Content.TableBuilder("actions", caption).column("Action", null)
                .column("Source", "30mm").column("Lead", "26mm").column("Target date", "19mm")
                .column("Progress", "17mm").column("Status", "19mm");
        actions.stream().sorted(Comparator.comparingInt((ActionLine l) -> l.status().urgency()))
                .forEach(l -> {
                    var a = l.tracked().action();
                    table.row(Cell.of(a.title()), Cell.of(a.source().label()
                                    + (l.tracked().sourceRef().isEmpty() ? "" : " (" + shortRef(l.tracked().sourceRef()) + ")")),
                            Cell.of(lead.apply(a.lead())),
                            Cell.of(a.targetDate() == null ? "None set" : DateFormats.display(a.targetDate())),
                            Cell.of(a.progress().label()), status(l.status()));
                });
        return List.of(Block.ItemList.keyFigures(figures), table.build());
    }

    /** A status in words on its colour ("Overdue" on red). */
    static Cell status(Status status) {
        return Cell.marked(new Block.Table.Mark("status", tone(status.name())), status.label());
    }

    /** A rating in words on its colour ("Amber" on amber). */
    static Cell rag(Rag rag) {
        return Cell.marked(new Block.Table.Mark("rag", tone(rag.name())), rag.label());
    }

    private static String tone(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    String target(Measure measure, Target target) {
        return target == null ? "None" : PublishedFigures.number(measure, target.value());
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
