package scot.cswo.assurance.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import scot.cswo.assurance.domain.dataset.MeasureSeries;
import scot.cswo.assurance.domain.dataset.PublishedFigures;
import scot.cswo.assurance.domain.frequency.Frequency;
import scot.cswo.assurance.domain.matrix.Framework;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.matrix.StatutoryFunction;
import scot.cswo.assurance.domain.report.ReportSection;
import scot.cswo.assurance.domain.report.ResourceLine;
import scot.cswo.assurance.domain.report.Resources;
import scot.cswo.assurance.domain.schedule.MechanismStatus;
import scot.cswo.assurance.domain.schedule.YearReview;
import scot.cswo.assurance.report.model.Block;
import scot.cswo.assurance.report.model.Block.Table.Cell;
import scot.cswo.assurance.report.model.Document;
import scot.cswo.assurance.service.report.AnnualReportData;
import scot.cswo.assurance.service.report.ReportService;

/**
 * The annual report's content, from the year's report data: cover, numbered sections with the
 * CSWO's narrative and the figures that belong to them, and the appendices. Real headings in
 * order, tables with header cells and captions, each chart with a text alternative and its figures
 * as a table. The templates turn it into the PDF and the HTML page alike.
 */
final class AnnualReportContent {
    /** Thousands of pounds as the Resources table prints them: "12,500" or "850.5". */
    private static final DecimalFormat POUNDS = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.UK));
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final String NOT_WRITTEN = "This section has not been written yet.";
    /** On every page of a report the publication check has not passed. */
    static final String DRAFT = "Draft — not for publication";

    private final AnnualReportData data;
    private final Chapters chapters = new Chapters();
    /** The dataset's tables and charts; it numbers every figure, the report's own chart too. */
    private final DatasetSections dataset;
    private final boolean draft;
    private final AnnualReportData.PublishedEvents events;
    private final Document document;

    /** @param draft the publication check has not passed: every page says "Draft — not for publication" */
    AnnualReportContent(AnnualReportData data, boolean draft) {
        this.data = data;
        this.draft = draft;
        this.dataset = new DatasetSections(data.dataset(), 1);
        this.events = data.publishedEvents();
        this.document = build();
    }

    Document document() {
        return document;
    }

    /** Every dataset figure the report prints, as it prints them (for its data file). */
    List<DatasetSections.PublishedFigure> printedFigures() {
        return dataset.printed();
    }

    /** The report's title: "Chief Social Work Officer Annual Report 2024-25". */
    static String title(AnnualReportData data) {
        return "Chief Social Work Officer Annual Report " + data.year().label();
    }

    private Document build() {
        // The chapters the council's template shows, in its order; each is built in turn, so its
        // figures are numbered in the order they are printed.
        for (ReportSection section : data.template().shown()) {
            String id = section.name().toLowerCase(Locale.ROOT).replace('_', '-');
            if (section.appendix()) {
                chapters.appendix(id, data.heading(section), content(section));
            } else {
                chapters.numbered(id, data.heading(section), content(section));
            }
        }
        Framework framework = data.matrix().framework();
        String council = framework.council();
        return new Document(title(data) + (council.isBlank() ? "" : " — " + council),
                council.isBlank() ? "CSWO Assurance" : council, "Assurance of the Chief Social Work Officer's statutory"
                        + " functions, " + data.year().label(), framework.name(),
                (council.isBlank() ? "" : council + ": ") + "CSWO Annual Report " + data.year().label(),
                draft ? DRAFT : "", cover(), chapters.all());
    }

    private List<Block> content(ReportSection section) {
        return switch (section) {
            case INTRODUCTION, LANDSCAPE, LOOKING_AHEAD -> narrative(section);
            case PERFORMANCE -> performance();
            case GOVERNANCE -> governance(section);
            case RESOURCES -> resources(section);
            case SERVICE_QUALITY -> serviceQuality(section);
            case WORKFORCE -> workforce(section);
            case APPENDIX_MATRIX -> matrixAppendix();
            case APPENDIX_EVIDENCE -> evidenceAppendix();
            case APPENDIX_DATASET -> datasetAppendix();
            case APPENDIX_ACTIONS -> actionsAppendix();
            case APPENDIX_GLOSSARY -> glossary();
            case WEAKER_AREAS, ACHIEVEMENTS, RESPONSE -> throw new IllegalArgumentException(section
                    + " is printed within the summary of performance, not as a chapter of its own");
        };
    }

    private Document.Cover cover() {
        Framework framework = data.matrix().framework();
        List<String> periods = new ArrayList<>();
        periods.add("Period covered: " + LONG_DATE.format(data.period().start()) + " to "
                + LONG_DATE.format(data.period().end()));
        if (!data.yearClosed()) {
            periods.add("Position as at " + LONG_DATE.format(data.asOf()) + " (the year is not yet complete)");
        }
        List<Document.Detail> details = new ArrayList<>();
        coverDetail(details, "Report to", data.text(ReportService.COMMITTEE));
        coverDetail(details, "Date", data.text(ReportService.COMMITTEE_DATE));
        coverDetail(details, "Report number", data.text(ReportService.REPORT_NUMBER));
        coverDetail(details, "Framework", framework.name());
        return new Document.Cover(framework.council(), title(data), periods, details);
    }

    private static void coverDetail(List<Document.Detail> details, String name, String value) {
        if (value != null && !value.isBlank()) {
            details.add(new Document.Detail(name, value));
        }
    }

    private List<Block> narrative(ReportSection section) {
        return narrative(section, 3);
    }

    private List<Block> narrative(ReportSection section, int headingLevel) {
        String text = data.text(section.textKey());
        if (text.isBlank()) {
            return List.of(Block.Paragraph.of(Block.Paragraph.Kind.NOT_WRITTEN, NOT_WRITTEN));
        }
        return List.of(new Block.Group(Block.Group.Kind.NARRATIVE, Markdown.toBlocks(text, headingLevel, data.pictures())));
    }

    private List<Block> subsection(ReportSection section) {
        return new Content().heading(3, data.heading(section)).addAll(narrative(section, 4)).blocks();
    }

    /** Key challenges, developments and improvements, each as the CSWO's office wrote it. */
    private List<Block> performance() {
        Content content = new Content();
        for (ReportSection part : ReportSection.values()) {
            if (part.chapterOf() == ReportSection.PERFORMANCE && part != ReportSection.PERFORMANCE) {
                content.addAll(subsection(part));
            }
        }
        return content.blocks();
    }

    /** The year's assurance in brief: the key figures, the periods by function and the exceptions explained. */
    private List<Block> assuranceSummary() {
        AnnualReportData.KeyFigures f = data.figures();
        YearReview.Tally periods = f.periods();
        String soFar = data.yearClosed() ? "" : " so far";
        List<String> figures = new ArrayList<>();
        figures.add(f.assuredEveryPeriod() + " of " + f.scheduled() + " scheduled entries in the matrix were"
                + " assured in every period due in " + data.year().label() + soFar + ".");
        figures.add(count(periods.assured(), "period was", "periods were") + " assured"
                + (periods.notApplicable() == 0 ? "" : ", " + periods.notApplicable() + " not applicable") + " and "
                + periods.missed() + " missed, of " + periods.due() + " due" + soFar
                + percent(periods.assured() + periods.notApplicable(), periods.due()) + ".");
        if (!data.yearClosed()) {
            figures.add(count(periods.notYetDue(), "period is", "periods are") + " not yet due: they end after "
                    + positionDate() + ", or are still within their grace days.");
        }
        figures.add(count(f.overdue(), "entry in the matrix was", "entries in the matrix were")
                + " overdue at " + positionDate() + ".");
        String total = events.total();
        figures.add(count(total, "occurrence", "occurrences") + " of event-driven mechanisms"
                + " and reports made as available " + (total.equals("1") ? "was" : "were") + " logged.");
        return new Content().heading(3, "Assurance of the statutory functions")
                .paragraph("How the Chief Social Work Officer's statutory functions were assured in "
                        + data.year().label() + soFar + ", against the " + data.matrix().framework().name() + ". "
                        + data.heading(ReportSection.APPENDIX_MATRIX) + " (an appendix) gives every mechanism.")
                .add(Block.ItemList.keyFigures(figures)).addAll(chart()).addAll(functionSummaries())
                .heading(3, "Periods missed").addAll(exceptions()).blocks();
    }

    /** A short table for each function: its mechanisms with the periods assured and their status. */
    private List<Block> functionSummaries() {
        Content content = new Content().heading(3, "Each function's mechanisms").paragraph("For each function, its"
                + " assurance mechanisms with the periods assured of those due in " + data.year().label()
                + " and where each stood at " + positionDate() + ".");
        for (StatutoryFunction function : data.matrix().functions()) {
            Content.TableBuilder table = new Content.TableBuilder("function summary", "Function " + function.number()
                    + ", " + data.year().label()).column("Ref", "12mm").column("Assurance mechanism", null)
                    .column("Periods assured / due", "26mm").column("Status at " + shortPositionDate(), "23mm");
            for (MatrixRow row : data.matrix().rowsOf(function)) {
                table.row(Cell.of(row.ref().text()), Cell.of(row.mechanism().description()), Cell.of(periods(row)),
                        DatasetSections.status(data.position().status(row).status()));
            }
            content.add(new Block.Group(Block.Group.Kind.KEEP_TOGETHER, List.of(
                    Block.Heading.of(4, function.labelWithTitle()), table.build())));
        }
        return content.blocks();
    }

    private List<Block> chart() {
        Map<StatutoryFunction, YearReview.Tally> tallies = data.review().byFunction();
        List<BarChart.Group> groups = new ArrayList<>();
        StringBuilder alt = new StringBuilder("Bar chart of periods assured and missed in " + data.year().label()
                + " for each statutory function.");
        tallies.forEach((function, tally) -> {
            groups.add(new BarChart.Group("F" + function.number(), tally.assured() + tally.notApplicable(),
                    tally.missed()));
            alt.append(" ").append(function.labelWithTitle()).append(" (F").append(function.number()).append("): ")
                    .append(tally.assured() + tally.notApplicable()).append(" assured, ").append(tally.missed())
                    .append(" missed.");
        });
        Content content = new Content().heading(3, "Periods assured and missed by function");
        content.add(new Block.Figure("chart", BarChart.png(groups, "Assured", "Missed", 2), alt.toString(),
                "Figure " + dataset.nextFigure() + ": periods assured (or not applicable) and missed in " + data.year().label()
                        + (data.yearClosed() ? "" : " so far") + " by statutory function, F1 being Function 1 and so on"
                        + " (a mechanism serving two functions counts under each). The same figures, with each"
                        + " function's title, are in the table below."));
        Content.TableBuilder table = new Content.TableBuilder("figures", "Periods assured and missed by function, "
                + data.year().label()).column("Function", null).column("Assured", "20mm")
                .column("Not applicable", "22mm").column("Missed", "20mm").column("Due", "20mm");
        tallies.forEach((function, tally) -> table.row(false, tallyRow(function.labelWithTitle(), tally)));
        table.row(true, tallyRow("Total", data.review().total()));
        return content.add(table.build()).blocks();
    }

    private static List<Cell> tallyRow(String name, YearReview.Tally tally) {
        return List.of(Cell.header(name), Cell.of(Integer.toString(tally.assured())),
                Cell.of(Integer.toString(tally.notApplicable())), Cell.of(Integer.toString(tally.missed())),
                Cell.of(Integer.toString(tally.due())));
    }

    private static String count(int n, String one, String many) {
        return count(Integer.toString(n), one, many);
    }

    /** A count as published, which may be hidden ("&lt;5 occurrences"). */
    private static String count(String shown, String one, String many) {
        return shown + " " + (shown.equals("1") ? one : many);
    }

    /**
     * The CSWO's narrative, then the delivery of statutory functions: the dataset's figures by area
     * of statutory work, as every published document prints them, and a chart of each measure
     * rated against a target.
     */
    private List<Block> serviceQuality(ReportSection section) {
        Content content = new Content().addAll(narrative(section));
        List<Block> functions = dataset.statutoryFunctions(data.year().startYear());
        if (functions.isEmpty()) {
            return content.paragraph("The CSWO dataset holds no measures of the delivery of statutory functions.")
                    .blocks();
        }
        content.paragraph("The delivery of the statutory functions in figures, from the CSWO dataset, for "
                + data.year().label() + " and up to four years before it. A measure rated against a target is Green"
                + " on or better than target, Amber within the tolerance, Red beyond it. Small counts of people are"
                + " not shown so that no one can be identified.").addAll(functions);
        return content.addAll(dataset.yearTrends(data.dataset().indicators(false), data.year().startYear())).blocks();
    }

    /** The CSWO's narrative on finance, then the Resources table the office filled in, with its variances. */
    private List<Block> resources(ReportSection section) {
        Content content = new Content().addAll(narrative(section));
        Resources resources = data.resources();
        if (resources.lines().isEmpty()) {
            return content.blocks();
        }
        Content.TableBuilder table = new Content.TableBuilder("resources", "Budget and outturn by service, "
                + data.year().label() + " (£ thousands)").column("Service", null).column("Budget", "26mm")
                .column("Outturn", "26mm").column("Variance", "26mm");
        resources.lines().forEach(line -> table.row(false, resourceRow(line)));
        table.row(true, resourceRow(resources.total()));
        return content.add(table.build()).add(Block.Paragraph.of(Block.Paragraph.Kind.TABLE_NOTE, "Variance is the"
                + " outturn less the budget: a positive variance is spending over budget, a negative one under it."))
                .blocks();
    }

    private static List<Cell> resourceRow(ResourceLine line) {
        BigDecimal variance = line.variance();
        return List.of(Cell.header(line.service()), Cell.of(POUNDS.format(line.budget())),
                Cell.of(POUNDS.format(line.outturn())),
                Cell.of((variance.signum() > 0 ? "+" : "") + POUNDS.format(variance)));
    }

    private List<Block> workforce(ReportSection section) {
        Content content = new Content().addAll(narrative(section));
        List<MeasureSeries> workforce = data.dataset().ofWorkforce();
        if (workforce.isEmpty()) {
            return content.blocks();
        }
        content.heading(3, "Workforce figures");
        content.add(dataset.yearTable("Workforce, by financial year", workforce, data.year().startYear()));
        content.add(dataset.key());
        return content.addAll(dataset.yearTrends(data.dataset().indicators(true), data.year().startYear())).blocks();
    }

    /** What each measure counts: its figures are printed in the sections they speak to, not repeated here. */
    private List<Block> datasetAppendix() {
        if (data.dataset().measures().isEmpty()) {
            return new Content().paragraph("The CSWO dataset holds no measures.").blocks();
        }
        List<String> printedIn = Stream.of(ReportSection.SERVICE_QUALITY, ReportSection.WORKFORCE)
                .filter(data.template()::prints).map(s -> "\"" + data.heading(s) + "\"").toList();
        return new Content().paragraph("What each measure of the CSWO dataset counts, and how its figure for a year is"
                + " made from its quarters: their sum, the position at the year end or their average."
                + (printedIn.isEmpty() ? "" : " The figures are in " + String.join(" and ", printedIn) + "."))
                .add(dataset.definitions()).blocks();
    }

    private List<Block> actionsAppendix() {
        return new Content().paragraph("The improvement actions being tracked, with where each stood at "
                + positionDate() + ".").addAll(dataset.actions(data.actions(), data::actionLead, "Improvement actions at "
                + positionDate(), "No improvement action was being tracked at " + positionDate() + ".")).blocks();
    }

    /** The CSWO's narrative on partnership and governance, then the year's assurance in brief. */
    private List<Block> governance(ReportSection section) {
        return new Content().addAll(narrative(section)).addAll(assuranceSummary()).blocks();
    }

    /** The full matrix: every mechanism of each function with the year's periods and its status. */
    private List<Block> matrixAppendix() {
        Content content = new Content().paragraph("For each statutory function: every assurance mechanism of the "
                + data.matrix().framework().name() + ", its lead, how often it must be evidenced, the periods"
                + " assured of those due in " + data.year().label() + ", the latest evidence and its status at "
                + positionDate() + ". A mechanism serving two functions is listed under each.");
        for (StatutoryFunction function : data.matrix().functions()) {
            Content.TableBuilder table = new Content.TableBuilder("function", "Assurance of function "
                    + function.number() + ", " + data.year().label()).column("Ref", "12mm")
                    .column("Assurance mechanism", null).column("Lead(s)", "27mm").column("Frequency", "22mm")
                    .column("Periods assured / due", "20mm").column("Last evidence", "20mm")
                    .column("Status at " + shortPositionDate(), "23mm");
            for (MatrixRow row : data.matrix().rowsOf(function)) {
                MechanismStatus status = data.position().status(row);
                table.row(Cell.of(row.ref().text()), Cell.of(row.mechanism().description()),
                        Cell.of(data.leads(row)), Cell.of(row.mechanism().frequency().wording()),
                        Cell.of(periods(row)),
                        Cell.of(status.lastEvidence() == null ? "None" : ReportDates.day(status.lastEvidence())),
                        DatasetSections.status(status.status()));
            }
            // Keeps each function's heading with its table; a table longer than a page still breaks.
            content.add(new Block.Group(Block.Group.Kind.KEEP_TOGETHER, List.of(
                    Block.Heading.of(3, function.labelWithTitle()), table.build())));
        }
        return content.blocks();
    }

    private String periods(MatrixRow row) {
        Mechanism mechanism = row.mechanism();
        AnnualReportData.EventLog log = data.eventDriven().get(mechanism.id());
        String occurrences = events.byMechanism().get(mechanism.id());
        if (YearReview.reportedAsAvailable(mechanism)) {
            return count(occurrences, "report", "reports") + " made as available";
        }
        if (mechanism.frequency() instanceof Frequency.EventDriven) {
            int returns = log == null ? 0 : log.nothingToReportReturns();
            return count(occurrences, "occurrence", "occurrences") + " logged"
                    + (returns == 0 ? "" : "; " + returns + " \"nothing to report\" " + (returns == 1 ? "return" : "returns"));
        }
        if (mechanism.frequency() instanceof Frequency.OneOff once) {
            return "Once, by " + ReportDates.day(once.target());
        }
        YearReview.Tally tally = data.review().tally(row);
        return (tally.assured() + tally.notApplicable()) + " of " + tally.due()
                + (tally.notYetDue() == 0 ? "" : " (" + tally.notYetDue() + " to come)");
    }

    private List<Block> exceptions() {
        if (data.exceptions().isEmpty()) {
            return new Content().paragraph("No period due in " + data.year().label() + " was missed, and nothing was"
                    + " overdue at " + positionDate() + ".").blocks();
        }
        // Periods without a reason and an action are a working list, kept to the internal annex.
        List<AnnualReportData.Exception> explained = data.exceptions().stream()
                .filter(AnnualReportData.Exception::explained).toList();
        Content content = new Content();
        if (!explained.isEmpty()) {
            content.paragraph("Every period missed in " + data.year().label() + (data.yearClosed() ? "" : " so far")
                    + " with the reason recorded and the action agreed, marking the mechanisms still overdue at "
                    + positionDate() + ". A mechanism serving two functions is listed once, with both refs.")
                    .add(exceptionsTable("Exceptions, " + data.year().label(), explained, shortPositionDate()));
        }
        // Counted as the key figures count them: a mechanism serving two functions misses a period under each.
        int unexplained = data.exceptions().stream().filter(e -> !e.explained()).mapToInt(e -> e.rows().size()).sum();
        if (unexplained > 0) {
            content.paragraph(count(unexplained, "missed period has", "missed periods have") + " no reason or"
                    + " action recorded yet" + (explained.isEmpty() ? "." : " and " + (unexplained == 1 ? "is" : "are")
                    + " not listed."));
        }
        return content.blocks();
    }

    /**
     * Missed periods with the reason and action recorded, a run of unexplained ones sharing a row.
     *
     * @param overdueAt how the date overdue mechanisms are overdue at is written ("31 March")
     */
    static Block.Table exceptionsTable(String caption, List<AnnualReportData.Exception> exceptions, String overdueAt) {
        Content.TableBuilder table = new Content.TableBuilder("exceptions", caption).column("Ref", "14mm")
                .column("Assurance mechanism", null).column("Period missed", "34mm").column("Reason", "38mm")
                .column("Action agreed", "38mm");
        for (List<AnnualReportData.Exception> run : runs(exceptions)) {
            AnnualReportData.Exception first = run.getFirst();
            AnnualReportData.Exception last = run.getLast();
            String period;
            if (first.period() == null) {
                period = "Not done by its target date";
            } else if (run.size() == 1) {
                period = ReportDates.period(first.period()) + " (due " + ReportDates.day(first.period().end()) + ")";
            } else {
                period = run.size() + " periods in a row, " + ReportDates.day(first.period().start()) + " – "
                        + ReportDates.day(last.period().end());
            }
            if (last.overdueAtYearEnd()) {
                period += "; overdue at " + overdueAt;
            }
            table.texts(first.rows().stream().map(r -> r.ref().text()).collect(Collectors.joining(", ")),
                    first.mechanism().description(), period,
                    first.note() == null ? "No reason recorded" : first.note().reason(),
                    first.note() == null || first.note().action().isBlank() ? "No action recorded"
                            : first.note().action());
        }
        return table.build();
    }

    /**
     * Consecutive missed periods of one mechanism with nothing recorded about them share a row
     * ("12 periods in a row"), so a weekly mechanism does not fill pages; any period with a reason
     * recorded keeps its own row.
     */
    private static List<List<AnnualReportData.Exception>> runs(List<AnnualReportData.Exception> exceptions) {
        List<List<AnnualReportData.Exception>> runs = new ArrayList<>();
        for (AnnualReportData.Exception exception : exceptions) {
            List<AnnualReportData.Exception> current = runs.isEmpty() ? null : runs.getLast();
            AnnualReportData.Exception previous = current == null ? null : current.getLast();
            boolean joins = previous != null && previous.mechanism().id() == exception.mechanism().id()
                    && previous.note() == null && exception.note() == null && previous.period() != null
                    && exception.period() != null && !previous.overdueAtYearEnd()
                    && previous.period().end().plusDays(1).equals(exception.period().start());
            if (joins) {
                current.add(exception);
            } else {
                runs.add(new ArrayList<>(List.of(exception)));
            }
        }
        return runs;
    }


    /** The evidence itself is not published: its notes are working records that may name people. */
    private List<Block> evidenceAppendix() {
        boolean one = data.evidenceLog().size() == 1;
        return new Content().paragraph(count(data.evidenceLog().size(), "record of evidence is", "records of evidence"
                + " are") + " dated in " + data.year().label() + (one ? ". It is a working record, which may name"
                + " people, and is kept" : ". They are working records, which may name people, and are kept")
                + " by the Chief Social Work Officer's office rather than published.").blocks();
    }

    private List<Block> glossary() {
        StringBuilder everything = new StringBuilder();
        data.matrix().rows().forEach(r -> everything.append(r.mechanism().description()).append(' ')
                .append(r.mechanism().frequency().wording()).append(' ').append(r.function().title()).append(' ')
                .append(data.leads(r)).append(' '));
        data.texts().values().forEach(t -> everything.append(t).append(' '));
        Content.TableBuilder table = new Content.TableBuilder("glossary", "Abbreviations and terms used in this report")
                .column("Term", "30mm").column("Meaning", null);
        Glossary.usedIn(everything + " JSWMT IJB").forEach((term, meaning) ->
                table.row(Cell.header(term), Cell.of(meaning)));
        return List.of(table.build());
    }

    private String positionDate() {
        return LONG_DATE.format(data.asOf());
    }

    private String shortPositionDate() {
        return shortPositionDate(data);
    }

    /** The report's date as its tables write it, with its year so a page read on its own says which: "31 Mar 2026". */
    static String shortPositionDate(AnnualReportData data) {
        return ReportDates.day(data.asOf());
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "" : " (" + PublishedFigures.percent(BigDecimal.valueOf(100.0 * part / whole))
                + "% assured)";
    }
}
