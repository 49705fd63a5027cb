package scot.cswo.assurance.report;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import scot.cswo.assurance.domain.dataset.CollectionFrequency;
import scot.cswo.assurance.domain.dataset.DataPeriod;
import scot.cswo.assurance.domain.dataset.Measure;
import scot.cswo.assurance.domain.dataset.MeasureSeries;
import scot.cswo.assurance.domain.dataset.PublishedFigures;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.domain.dataset.SmallNumbers;
import scot.cswo.assurance.domain.matrix.Framework;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.schedule.MechanismStatus;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.domain.schedule.StatusBoard;
import scot.cswo.assurance.service.report.AnnualReportData;
import scot.cswo.assurance.service.report.PublishedDataset;
import scot.cswo.assurance.service.report.QuarterlyReviewData;

/**
 * The quarterly business review pack as one semantic XHTML document, to the annual report's
 * accessibility standard: the matrix at the quarter's end, the periods missed in it, the dataset's
 * movements against targets and the actions due.
 */
final class QuarterlyReviewHtml {
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    /** How many quarters the pack's trend charts go back. */
    private static final int QUARTERS_CHARTED = 8;

    private final QuarterlyReviewData data;
    private final AnnualReportData year;
    private final boolean forPdf;
    private final Chapters chapters = new Chapters();
    private final DatasetSections dataset;

    QuarterlyReviewHtml(QuarterlyReviewData data, boolean forPdf) {
        this.data = data;
        this.year = data.year();
        this.forPdf = forPdf;
        this.dataset = new DatasetSections(year.dataset(), 1);
    }

    /** Every dataset figure the pack prints, as it prints them (for its data file). */
    List<DatasetSections.PublishedFigure> printedFigures() {
        document();
        return dataset.printed();
    }

    /** "Quarterly Business Review 2025-Q1". */
    static String title(Quarter quarter) {
        return "Quarterly Business Review " + quarter.label();
    }

    String document() {
        Framework framework = year.matrix().framework();
        String council = framework.council();
        Xhtml sections = new Xhtml();
        chapters.numbered(sections, "matrix", "The assurance matrix at " + date(), this::matrix);
        chapters.numbered(sections, "missed", "Periods missed in the quarter", this::missed);
        chapters.numbered(sections, "dataset", "The dataset against targets", this::movements);
        chapters.numbered(sections, "actions", "Improvement actions due", this::actions);
        Xhtml body = new Xhtml();
        cover(body);
        chapters.tableOfContents(body);
        body.raw(sections.toString());
        return chapters.page(forPdf, title(data.quarter()) + (council.isBlank() ? "" : " — " + council),
                council.isBlank() ? "CSWO Assurance" : council, "Quarterly business review for the Joint Social Work"
                        + " Management Team, " + quarterText(), framework.name(),
                (council.isBlank() ? "" : council + ": ") + title(data.quarter()), body.toString());
    }

    private void cover(Xhtml x) {
        Framework framework = year.matrix().framework();
        x.raw("<section class=\"cover\">\n");
        if (!framework.council().isBlank()) {
            x.raw("<p class=\"council\">").text(framework.council()).raw("</p>\n");
        }
        x.raw("<h1>").text(title(data.quarter())).raw("</h1>\n");
        x.raw("<p class=\"period\">").text("Quarter covered: " + quarterText()).raw("</p>\n");
        x.raw("<p class=\"period\">").text(data.ended() ? "Position at the end of the quarter, " + date()
                : "Position as at " + date() + " (the quarter is not yet over)").raw("</p>\n");
        x.raw("<dl class=\"cover-details\">\n<dt>For</dt><dd>Joint Social Work Management Team</dd>\n<dt>Framework</dt>")
                .raw("<dd>").text(framework.name()).raw("</dd>\n</dl>\n</section>\n");
    }

    private void matrix(Xhtml x) {
        StatusBoard position = year.position();
        Map<Status, Integer> counts = position.counts();
        x.raw("<ul class=\"key-figures\">\n");
        counts.forEach((status, count) -> {
            if (count > 0) {
                x.raw("<li>").text(count + (count == 1 ? " row " : " rows ") + status.label().toLowerCase(Locale.ROOT)
                        + ".").raw("</li>\n");
            }
        });
        x.raw("</ul>\n");
        List<MatrixRow> attention = position.byUrgency(year.matrix().rows()).stream()
                .filter(r -> position.status(r).status() == Status.OVERDUE
                        || position.status(r).status() == Status.DUE_SOON).toList();
        if (attention.isEmpty()) {
            x.raw("<p>").text("No mechanism was overdue or due soon at " + date() + ".").raw("</p>\n");
            return;
        }
        x.table("matrix", "Mechanisms overdue or due soon at " + date(), new String[] {"Ref", "14mm"},
                new String[] {"Assurance mechanism", null}, new String[] {"Lead(s)", "34mm"},
                new String[] {"Due", "20mm"}, new String[] {"Status", "21mm"}, new String[] {"Why", "40mm"});
        for (MatrixRow row : attention) {
            MechanismStatus status = position.status(row);
            x.raw("<tr><td>").text(row.ref().text()).raw("</td><td>").text(row.mechanism().description())
                    .raw("</td><td>").text(row.mechanism().leads().stream().map(year::leadName)
                            .collect(Collectors.joining(" / "))).raw("</td><td>")
                    .text(status.due() == null ? "" : ReportDates.day(status.due())).raw("</td><td>")
                    .raw(DatasetSections.status(status.status())).raw("</td><td>").text(status.reason())
                    .raw("</td></tr>\n");
        }
        x.endTable();
    }

    private void missed(Xhtml x) {
        if (data.missed().isEmpty()) {
            x.raw("<p>").text("No period ending in " + quarterText() + " was missed, and nothing was overdue at "
                    + date() + ".").raw("</p>\n");
            return;
        }
        x.raw("<p>").text("Every period that ended in the quarter without evidence, and every mechanism overdue at "
                + date() + ", with the reason recorded and the action agreed. Record a reason on the Report screen's"
                + " exceptions, or raise an action from the matrix.").raw("</p>\n");
        AnnualReportHtml.exceptionsTable(x, "Periods missed, " + data.quarter().label(), data.missed(),
                ReportDates.day(data.asOf()));
    }

    private void movements(Xhtml x) {
        PublishedDataset published = year.dataset();
        List<MeasureSeries> quarterly = published.measures().stream()
                .filter(s -> s.measure().collection() == CollectionFrequency.QUARTERLY).toList();
        if (quarterly.isEmpty()) {
            x.raw("<p>").text("The CSWO dataset holds no quarterly measures.").raw("</p>\n");
            return;
        }
        Quarter quarter = data.quarter();
        Quarter before = quarter.previous();
        x.raw("<p>").text("Each quarterly measure's value for " + quarter.label() + " beside " + before.label()
                + ", the year so far and its rating against the year's target (Green on or better than target,"
                + " Amber within the tolerance, Red beyond it).").raw("</p>\n");
        x.table("dataset", "Dataset movements, " + before.label() + " to " + quarter.label(),
                new String[] {"Measure", null}, new String[] {"Unit", "24mm"}, new String[] {before.label(), "16mm"},
                new String[] {quarter.label(), "16mm"}, new String[] {"Change", "16mm"},
                new String[] {"Year so far", "18mm"}, new String[] {"Target", "15mm"}, new String[] {"Rating", "20mm"});
        PublishedFigures figures = published.figures();
        for (MeasureSeries series : quarterly) {
            Measure m = series.measure();
            BigDecimal then = series.value(DataPeriod.of(before));
            BigDecimal now = series.value(DataPeriod.of(quarter));
            x.raw("<tr><th scope=\"row\">").text(m.name()).raw("</th><td>").text(m.unit()).raw("</td><td>")
                    .text(dataset.print(m.name(), before.label(), figures.value(m, then))).raw("</td><td>")
                    .text(dataset.print(m.name(), quarter.label(), figures.value(m, now))).raw("</td><td>")
                    .text(dataset.print(m.name(), "change from " + before.label() + " to " + quarter.label(),
                            change(figures, m, then, now))).raw("</td><td>")
                    .text(dataset.print(m.name(), quarter.label() + " year so far",
                            figures.year(m, series.yearToDate(quarter)))).raw("</td><td>")
                    .text(dataset.target(series.target(quarter.financialYear()))).raw("</td><td>")
                    .raw(DatasetSections.rag(series.rag(quarter))).raw("</td></tr>\n");
        }
        x.endTable();
        dataset.key(x);
        List<MeasureSeries> rated = quarterly.stream().filter(s -> !published.indicators(PublishedDataset.workforce(s))
                .stream().filter(i -> i.id() == s.id()).toList().isEmpty()).toList();
        if (!rated.isEmpty()) {
            x.raw("<h3>Trends in the rated measures</h3>\n");
            dataset.quarterTrends(x, rated, quarter, QUARTERS_CHARTED);
        }
    }

    /**
     * The movement between two quarters, unless either is hidden or missing (then it would give them
     * away). A hyphen-minus, which screen readers say as "minus" and the report font has.
     */
    private static String change(PublishedFigures figures, Measure m, BigDecimal then, BigDecimal now) {
        if (then == null || now == null) {
            return PublishedFigures.NOT_AVAILABLE;
        }
        if (figures.hides(m, then) || figures.hides(m, now)) {
            return SmallNumbers.CONFIDENTIAL;
        }
        BigDecimal difference = now.subtract(then);
        return difference.signum() == 0 ? "No change" : (difference.signum() > 0 ? "+" : "-")
                + PublishedFigures.number(difference.abs());
    }

    private void actions(Xhtml x) {
        x.raw("<p>").text("Open improvement actions that were overdue at " + date() + " or are due by "
                + LONG_DATE.format(data.actionsDueBy()) + ", most urgent first.").raw("</p>\n");
        dataset.actions(x, data.actionsDue(), "Improvement actions due, " + data.quarter().label(),
                "No open action was overdue at " + date() + " or is due by "
                        + LONG_DATE.format(data.actionsDueBy()) + ".");
    }

    private String date() {
        return LONG_DATE.format(data.asOf());
    }

    private String quarterText() {
        Quarter q = data.quarter();
        return q.label() + " (" + LONG_DATE.format(q.start()) + " to " + LONG_DATE.format(q.end()) + ")";
    }
}
