package scot.cswo.assurance.report;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import scot.cswo.assurance.report.model.Block;
import scot.cswo.assurance.report.model.Block.Table.Cell;
import scot.cswo.assurance.report.model.Document;
import scot.cswo.assurance.service.report.AnnualReportData;
import scot.cswo.assurance.service.report.PublishedDataset;
import scot.cswo.assurance.service.report.QuarterlyReviewData;

/**
 * The quarterly business review pack's content, to the annual report's accessibility standard:
 * the matrix at the quarter's end, the periods missed in it, the dataset's movements against
 * targets and the actions due.
 */
final class QuarterlyReviewContent {
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    /** How many quarters the pack's trend charts go back. */
    private static final int QUARTERS_CHARTED = 8;

    private final QuarterlyReviewData data;
    private final AnnualReportData year;
    private final Chapters chapters = new Chapters();
    private final DatasetSections dataset;
    private final Document document;

    QuarterlyReviewContent(QuarterlyReviewData data) {
        this.data = data;
        this.year = data.year();
        this.dataset = new DatasetSections(year.dataset(), 1);
        this.document = build();
    }

    Document document() {
        return document;
    }

    /** Every dataset figure the pack prints, as it prints them (for its data file). */
    List<DatasetSections.PublishedFigure> printedFigures() {
        return dataset.printed();
    }

    /** "Quarterly Business Review, April to June 2025". */
    static String title(Quarter quarter) {
        return "Quarterly Business Review, " + quarter.months();
    }

    private Document build() {
        Framework framework = year.matrix().framework();
        String council = framework.council();
        chapters.numbered("matrix", "The assurance matrix at " + date(), matrix());
        chapters.numbered("missed", "Periods missed in the quarter", missed());
        chapters.numbered("dataset", "The dataset against targets", movements());
        chapters.numbered("actions", "Improvement actions due", actions());
        Document.Cover cover = new Document.Cover(council, title(data.quarter()), List.of(
                "Quarter covered: " + quarterText(), data.ended() ? "Position at the end of the quarter, " + date()
                        : "Position as at " + date() + " (the quarter is not yet over)"),
                List.of(new Document.Detail("For", "Joint Social Work Management Team"),
                        new Document.Detail("Framework", framework.name())));
        return new Document(title(data.quarter()) + (council.isBlank() ? "" : " — " + council),
                council.isBlank() ? "CSWO Assurance" : council, "Quarterly business review for the Joint Social Work"
                        + " Management Team, " + quarterText(), framework.name(),
                (council.isBlank() ? "" : council + ": ") + title(data.quarter()), "", cover, chapters.all());
    }

    private List<Block> matrix() {
        StatusBoard position = year.position();
        Map<Status, Integer> counts = position.counts();
        List<String> figures = new ArrayList<>();
        counts.forEach((status, count) -> {
            if (count > 0) {
                figures.add(count + (count == 1 ? " row " : " rows ") + status.label().toLowerCase(Locale.ROOT) + ".");
            }
        });
        Content content = new Content().add(Block.ItemList.keyFigures(figures));
        List<MatrixRow> attention = position.byUrgency(year.matrix().rows()).stream()
                .filter(r -> position.status(r).status() == Status.OVERDUE
                        || position.status(r).status() == Status.DUE_SOON).toList();
        if (attention.isEmpty()) {
            return content.paragraph("No mechanism was overdue or due soon at " + date() + ".").blocks();
        }
        Content.TableBuilder table = new Content.TableBuilder("matrix", "Mechanisms overdue or due soon at " + date())
                .column("Ref", "14mm").column("Assurance mechanism", null).column("Lead(s)", "34mm")
                .column("Due", "20mm").column("Status", "21mm").column("Why", "40mm");
        for (MatrixRow row : attention) {
            MechanismStatus status = position.status(row);
            table.row(Cell.of(row.ref().text()), Cell.of(row.mechanism().description()),
                    Cell.of(year.leads(row)),
                    Cell.of(status.due() == null ? "" : ReportDates.day(status.due())),
                    DatasetSections.status(status.status()), Cell.of(status.reason()));
        }
        return content.add(table.build()).blocks();
    }

    private List<Block> missed() {
        if (data.missed().isEmpty()) {
            return new Content().paragraph("No period ending in " + quarterText() + " was missed, and nothing was"
                    + " overdue at " + date() + ".").blocks();
        }
        boolean unexplained = data.missed().stream().anyMatch(m -> !m.explained());
        // An earlier year's missed periods belong to that year's report, not this one's exceptions.
        return new Content().paragraph("Every period that ended in the quarter without evidence, and every mechanism"
                + " overdue at " + date() + " for a period of " + data.quarter().yearLabel() + " (one still overdue"
                + " for an earlier year's period is listed with the matrix above), with the reason recorded and the"
                + " action agreed." + (unexplained ? " Where no reason or no action has been agreed yet, the table says"
                + " so." : ""))
                .add(AnnualReportContent.exceptionsTable("Periods missed, " + data.quarter().months(), data.missed(),
                        ReportDates.day(data.asOf()))).blocks();
    }

    private List<Block> movements() {
        PublishedDataset published = year.dataset();
        List<MeasureSeries> quarterly = published.measures().stream()
                .filter(s -> s.measure().collection() == CollectionFrequency.QUARTERLY).toList();
        if (quarterly.isEmpty()) {
            return new Content().paragraph("The CSWO dataset holds no quarterly measures.").blocks();
        }
        Quarter quarter = data.quarter();
        Quarter before = quarter.previous();
        Content content = new Content().paragraph("Each quarterly measure's value for " + quarter.months() + " beside "
                + before.months() + ", the year so far and its rating against the year's target (Green on or better than"
                + " target, Amber within the tolerance, Red beyond it).");
        Content.TableBuilder table = new Content.TableBuilder("dataset", "Dataset movements from "
                + before.months() + " to " + quarter.months()).column("Measure", null).column("Unit", "24mm")
                .column(before.shortMonths(), "16mm").column(quarter.shortMonths(), "16mm").column("Change", "16mm").column("Year so far", "18mm")
                .column("Target", "15mm").column("Rating", "20mm");
        for (MeasureSeries series : quarterly) {
            Measure m = series.measure();
            BigDecimal then = series.value(DataPeriod.of(before));
            BigDecimal now = series.value(DataPeriod.of(quarter));
            String shownThen = published.value(series, DataPeriod.of(before));
            String shownNow = published.value(series, DataPeriod.of(quarter));
            table.row(Cell.header(m.name()), Cell.of(m.unit()),
                    Cell.of(dataset.print(m.name(), before.label(), shownThen)),
                    Cell.of(dataset.print(m.name(), quarter.label(), shownNow)),
                    Cell.of(dataset.print(m.name(), "change from " + before.label() + " to " + quarter.label(),
                            change(m, then, now, shownThen, shownNow))),
                    Cell.of(dataset.print(m.name(), quarter.label() + " year so far",
                            published.yearToDate(series, quarter))),
                    Cell.of(dataset.target(m, series.target(quarter.financialYear()))),
                    DatasetSections.rag(series.rag(quarter)));
        }
        content.add(table.build()).add(dataset.key());
        List<MeasureSeries> rated = quarterly.stream().filter(s -> !published.indicators(PublishedDataset.workforce(s))
                .stream().filter(i -> i.id() == s.id()).toList().isEmpty()).toList();
        // A measure with no figure in the quarters charted has no chart, so the heading comes only with a chart.
        List<Block> trends = dataset.quarterTrends(rated, quarter, QUARTERS_CHARTED);
        if (!trends.isEmpty()) {
            content.heading(3, "Trends in the rated measures").addAll(trends);
        }
        return content.blocks();
    }

    /**
     * The movement between two quarters, unless either is hidden or missing (then it would give them
     * away). A hyphen-minus, which screen readers say as "minus" and the report font has.
     */
    private static String change(Measure m, BigDecimal then, BigDecimal now, String shownThen, String shownNow) {
        if (then == null || now == null) {
            return PublishedFigures.NOT_AVAILABLE;
        }
        if (PublishedFigures.hides(m, then, shownThen) || PublishedFigures.hides(m, now, shownNow)) {
            return SmallNumbers.CONFIDENTIAL;
        }
        BigDecimal difference = now.subtract(then);
        return difference.signum() == 0 ? "No change" : (difference.signum() > 0 ? "+" : "-")
                + PublishedFigures.number(m, difference.abs());
    }

    private List<Block> actions() {
        return new Content().paragraph("Open improvement actions that were overdue at " + date() + " or are due by "
                + LONG_DATE.format(data.actionsDueBy()) + ", most urgent first.")
                .addAll(dataset.actions(data.actionsDue(), year::actionLead, "Improvement actions due, " + data.quarter().months(),
                        "No open action was overdue at " + date() + " or is due by "
                                + LONG_DATE.format(data.actionsDueBy()) + ".")).blocks();
    }

    private String date() {
        return LONG_DATE.format(data.asOf());
    }

    private String quarterText() {
        Quarter q = data.quarter();
        return q.months() + " (quarter " + q.number() + " of " + q.yearLabel() + ")";
    }
}
