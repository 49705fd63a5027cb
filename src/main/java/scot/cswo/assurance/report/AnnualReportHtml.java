package scot.cswo.assurance.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import scot.cswo.assurance.domain.dataset.MeasureSeries;
import scot.cswo.assurance.domain.frequency.Frequency;
import scot.cswo.assurance.domain.matrix.Framework;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.matrix.StatutoryFunction;
import scot.cswo.assurance.domain.report.ReportSection;
import scot.cswo.assurance.domain.schedule.MechanismStatus;
import scot.cswo.assurance.domain.schedule.YearReview;
import scot.cswo.assurance.service.evidence.EvidenceEntry;
import scot.cswo.assurance.service.report.AnnualReportData;
import scot.cswo.assurance.service.report.ReportService;

/**
 * The annual report as one semantic XHTML document: real headings in order, tables with header
 * cells and captions, the chart as a figure with a text alternative and its figures as a table.
 * The same document is published as HTML and rendered to the PDF.
 */
public final class AnnualReportHtml {
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final String NOT_WRITTEN = "This section has not been written yet.";

    private final AnnualReportData data;
    private final boolean forPdf;
    private final Chapters chapters = new Chapters();
    /** The dataset's tables and charts, numbered after the report's own Figure 1. */
    private final DatasetSections dataset;

    private AnnualReportHtml(AnnualReportData data, boolean forPdf) {
        this.data = data;
        this.forPdf = forPdf;
        this.dataset = new DatasetSections(data.dataset(), 2);
    }

    /** The whole report as XHTML for the PDF renderer (with its bookmarks). */
    public static String forPdf(AnnualReportData data) {
        return new AnnualReportHtml(data, true).document();
    }

    /** The whole report as an HTML page for publishing on a website. */
    public static String forWeb(AnnualReportData data) {
        return new AnnualReportHtml(data, false).document();
    }

    /** Every dataset figure the report prints, as it prints them (for its data file). */
    static List<DatasetSections.PublishedFigure> printedFigures(AnnualReportData data) {
        AnnualReportHtml html = new AnnualReportHtml(data, false);
        html.document();
        return html.dataset.printed();
    }

    /** The report's title: "Chief Social Work Officer Annual Report 2024-25". */
    public static String title(AnnualReportData data) {
        return "Chief Social Work Officer Annual Report " + data.year().label();
    }

    private String document() {
        Framework framework = data.matrix().framework();
        String body = body();
        String council = framework.council();
        return chapters.page(forPdf, title(data) + (council.isBlank() ? "" : " — " + council),
                council.isBlank() ? "CSWO Assurance" : council, "Assurance of the Chief Social Work Officer's statutory"
                        + " functions, " + data.year().label(), framework.name(),
                (council.isBlank() ? "" : council + ": ") + "CSWO Annual Report " + data.year().label(), body);
    }

    private String body() {
        Xhtml sections = new Xhtml();
        section(sections, ReportSection.INTRODUCTION, "introduction", this::narrativeOnly);
        section(sections, ReportSection.PERFORMANCE, "performance", this::performance);
        section(sections, ReportSection.GOVERNANCE, "governance", this::governance);
        section(sections, ReportSection.EXCEPTIONS, "exceptions", this::exceptions);
        section(sections, ReportSection.SERVICE_QUALITY, "service-quality", this::serviceQuality);
        section(sections, ReportSection.RESOURCES, "resources", this::narrativeOnly);
        section(sections, ReportSection.WORKFORCE, "workforce", this::workforce);
        section(sections, ReportSection.LOOKING_AHEAD, "looking-ahead", this::narrativeOnly);
        appendix(sections, ReportSection.APPENDIX_MATRIX, "appendix-matrix", this::matrixAppendix);
        appendix(sections, ReportSection.APPENDIX_EVIDENCE, "appendix-evidence", this::evidenceAppendix);
        appendix(sections, ReportSection.APPENDIX_DATASET, "appendix-dataset", this::datasetAppendix);
        appendix(sections, ReportSection.APPENDIX_ACTIONS, "appendix-actions", this::actionsAppendix);
        appendix(sections, ReportSection.APPENDIX_GLOSSARY, "appendix-glossary", this::glossary);
        Xhtml body = new Xhtml();
        cover(body);
        chapters.tableOfContents(body);
        return body.raw(sections.toString()).toString();
    }

    private interface Content {
        void write(Xhtml x, ReportSection section);
    }

    private void section(Xhtml x, ReportSection section, String id, Content content) {
        chapters.numbered(x, id, data.heading(section), xx -> content.write(xx, section));
    }

    private void appendix(Xhtml x, ReportSection section, String id, Content content) {
        chapters.chapter(x, id, data.heading(section), xx -> content.write(xx, section));
    }

    private void cover(Xhtml x) {
        Framework framework = data.matrix().framework();
        x.raw("<section class=\"cover\">\n");
        if (!framework.council().isBlank()) {
            x.raw("<p class=\"council\">").text(framework.council()).raw("</p>\n");
        }
        x.raw("<h1>").text(title(data)).raw("</h1>\n");
        x.raw("<p class=\"period\">").text("Period covered: " + LONG_DATE.format(data.period().start()) + " to "
                + LONG_DATE.format(data.period().end())).raw("</p>\n");
        if (!data.yearClosed()) {
            x.raw("<p class=\"period\">").text("Position as at " + LONG_DATE.format(data.asOf())
                    + " (the year is not yet complete)").raw("</p>\n");
        }
        x.raw("<dl class=\"cover-details\">\n");
        coverDetail(x, "Report to", data.text(ReportService.COMMITTEE));
        coverDetail(x, "Date", data.text(ReportService.COMMITTEE_DATE));
        coverDetail(x, "Report number", data.text(ReportService.REPORT_NUMBER));
        coverDetail(x, "Framework", framework.name());
        x.raw("</dl>\n</section>\n");
    }

    private static void coverDetail(Xhtml x, String name, String value) {
        if (value != null && !value.isBlank()) {
            x.raw("<dt>").text(name).raw("</dt><dd>").text(value).raw("</dd>\n");
        }
    }

    private void narrativeOnly(Xhtml x, ReportSection section) {
        narrative(x, section);
    }

    private void narrative(Xhtml x, ReportSection section) {
        narrative(x, section, 3);
    }

    private void narrative(Xhtml x, ReportSection section, int headingLevel) {
        String text = data.text(section.textKey());
        if (text.isBlank()) {
            x.raw("<p class=\"not-written\">").text(NOT_WRITTEN).raw("</p>\n");
        } else {
            x.raw("<div class=\"narrative\">\n").raw(Markdown.toXhtml(text, headingLevel)).raw("</div>\n");
        }
    }

    private void subsection(Xhtml x, ReportSection section) {
        x.raw("<h3>").text(data.heading(section)).raw("</h3>\n");
        narrative(x, section, 4);
    }

    private void performance(Xhtml x, ReportSection section) {
        AnnualReportData.KeyFigures f = data.figures();
        YearReview.Tally periods = f.periods();
        String soFar = data.yearClosed() ? "" : " so far";
        x.raw("<h3>Key figures</h3>\n<ul class=\"key-figures\">\n");
        x.raw("<li>").text(f.assuredEveryPeriod() + " of " + f.scheduled() + " scheduled entries in the matrix were"
                + " assured in every period due in " + data.year().label() + soFar + ".").raw("</li>\n");
        x.raw("<li>").text(count(periods.assured(), "period was", "periods were") + " assured"
                + (periods.notApplicable() == 0 ? "" : ", " + periods.notApplicable() + " not applicable") + " and "
                + periods.missed() + " missed, of " + periods.due() + " due" + soFar
                + percent(periods.assured() + periods.notApplicable(), periods.due()) + ".").raw("</li>\n");
        if (!data.yearClosed()) {
            x.raw("<li>").text(count(periods.notYetDue(), "period is", "periods are") + " not yet due: they end after "
                    + positionDate() + ", or are still within their grace days.").raw("</li>\n");
        }
        x.raw("<li>").text(count(f.overdue(), "entry in the matrix was", "entries in the matrix were")
                + " overdue at " + positionDate() + ".").raw("</li>\n");
        x.raw("<li>").text(count(f.occurrencesLogged(), "occurrence", "occurrences") + " of event-driven mechanisms"
                + " and reports made as available " + (f.occurrencesLogged() == 1 ? "was" : "were") + " logged.")
                .raw("</li>\n</ul>\n");
        chart(x);
        subsection(x, ReportSection.ACHIEVEMENTS);
        subsection(x, ReportSection.WEAKER_AREAS);
        subsection(x, ReportSection.RESPONSE);
    }

    private void chart(Xhtml x) {
        Map<StatutoryFunction, YearReview.Tally> tallies = data.review().byFunction();
        List<BarChart.Group> groups = new ArrayList<>();
        StringBuilder alt = new StringBuilder("Bar chart of periods assured and missed in " + data.year().label()
                + " for each statutory function.");
        tallies.forEach((function, tally) -> {
            groups.add(new BarChart.Group("F" + function.number(), tally.assured() + tally.notApplicable(),
                    tally.missed()));
            alt.append(" Function ").append(function.number()).append(": ").append(tally.assured() + tally.notApplicable())
                    .append(" assured, ").append(tally.missed()).append(" missed.");
        });
        String png = Base64.getEncoder().encodeToString(BarChart.png(groups, "Assured", "Missed", 2));
        x.raw("<h3>Periods assured and missed by function</h3>\n");
        x.raw("<figure class=\"chart\">\n<img src=\"data:image/png;base64,").raw(png).raw("\" alt=\"").text(alt.toString())
                .raw("\" />\n<figcaption>").text("Figure 1: periods assured (or not applicable) and missed in "
                        + data.year().label() + (data.yearClosed() ? "" : " so far") + " by statutory function (a"
                        + " mechanism serving two functions counts under each). The same figures are in the table"
                        + " below.").raw("</figcaption>\n</figure>\n");
        x.table("figures", "Periods assured and missed by function, " + data.year().label(),
                new String[] {"Function", null}, new String[] {"Assured", "20mm"},
                new String[] {"Not applicable", "22mm"}, new String[] {"Missed", "20mm"}, new String[] {"Due", "20mm"});
        tallies.forEach((function, tally) -> tallyRow(x, "<tr><th scope=\"row\">", "Function " + function.number(),
                tally));
        tallyRow(x, "<tr class=\"total\"><th scope=\"row\">", "Total", data.review().total());
        x.endTable();
    }

    private static void tallyRow(Xhtml x, String start, String name, YearReview.Tally tally) {
        x.raw(start).text(name).raw("</th><td>").text(Integer.toString(tally.assured())).raw("</td><td>")
                .text(Integer.toString(tally.notApplicable())).raw("</td><td>")
                .text(Integer.toString(tally.missed())).raw("</td><td>").text(Integer.toString(tally.due()))
                .raw("</td></tr>\n");
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private void serviceQuality(Xhtml x, ReportSection section) {
        narrative(x, section);
        List<MeasureSeries> indicators = data.dataset().indicators(false);
        x.raw("<h3>Performance indicators</h3>\n");
        if (indicators.isEmpty()) {
            x.raw("<p>").text("No measure in the CSWO dataset is rated against a target.").raw("</p>\n");
        } else {
            x.raw("<p>").text("Measures of the CSWO dataset rated against a target: Green on or better than target,"
                    + " Amber within the tolerance, Red beyond it. " + heldIn()).raw("</p>\n");
            dataset.yearTable(x, "Performance indicators, by financial year", indicators, data.year().startYear());
            dataset.key(x);
            dataset.yearTrends(x, indicators, data.year().startYear());
        }
    }

    private void workforce(Xhtml x, ReportSection section) {
        narrative(x, section);
        List<MeasureSeries> workforce = data.dataset().ofWorkforce();
        if (workforce.isEmpty()) {
            return;
        }
        x.raw("<h3>Workforce figures</h3>\n");
        dataset.yearTable(x, "Workforce, by financial year", workforce, data.year().startYear());
        dataset.key(x);
        dataset.yearTrends(x, data.dataset().indicators(true), data.year().startYear());
    }

    private String heldIn() {
        return "Every measure, with the breakdowns behind them, is in " + data.heading(ReportSection.APPENDIX_DATASET)
                + ".";
    }

    private void datasetAppendix(Xhtml x, ReportSection section) {
        if (data.dataset().measures().isEmpty()) {
            x.raw("<p>").text("The CSWO dataset holds no measures.").raw("</p>\n");
            return;
        }
        x.raw("<p>").text("The CSWO dataset's aggregate figures for " + data.year().label() + " and up to four years"
                + " before it, by statutory area. A year's figure for a quarterly measure is the sum of its quarters,"
                + " its position at the year end or its average, as each measure's definition says. Small counts of"
                + " people are not shown so that no one can be identified.").raw("</p>\n");
        dataset.wholeDataset(x, data.year().startYear());
    }

    private void actionsAppendix(Xhtml x, ReportSection section) {
        x.raw("<p>").text("The improvement actions being tracked, with where each stood at " + positionDate() + ".")
                .raw("</p>\n");
        dataset.actions(x, data.actions(), "Improvement actions at " + positionDate(),
                "No improvement action was being tracked at " + positionDate() + ".");
    }

    private void governance(Xhtml x, ReportSection section) {
        narrative(x, section);
        x.raw("<h3>Assurance of each statutory function</h3>\n<p>").text("For each function: every assurance"
                + " mechanism, its lead, how often it must be evidenced, the periods assured of those due in "
                + data.year().label() + ", the latest evidence and its status at " + positionDate() + ".").raw("</p>\n");
        for (StatutoryFunction function : data.matrix().functions()) {
            // Keeps each function's heading with its table; a table longer than a page still breaks.
            x.raw("<div class=\"keep-together\">\n<h4>").text("Function " + function.number() + ": " + function.title())
                    .raw("</h4>\n");
            x.table("function", "Assurance of function " + function.number() + ", " + data.year().label(),
                    new String[] {"Ref", "12mm"}, new String[] {"Assurance mechanism", null},
                    new String[] {"Lead(s)", "27mm"}, new String[] {"Frequency", "22mm"},
                    new String[] {"Periods assured / due", "20mm"}, new String[] {"Last evidence", "20mm"},
                    new String[] {"Status at " + shortPositionDate(), "23mm"});
            for (MatrixRow row : data.matrix().rowsOf(function)) {
                MechanismStatus status = data.position().status(row);
                x.raw("<tr><td>").text(row.ref().text()).raw("</td><td>")
                        .text(row.mechanism().description()).raw("</td><td>").text(leads(row.mechanism()))
                        .raw("</td><td>").text(row.mechanism().frequency().wording()).raw("</td><td>")
                        .text(periods(row)).raw("</td><td>")
                        .text(status.lastEvidence() == null ? "None" : ReportDates.day(status.lastEvidence()))
                        .raw("</td><td>").raw(DatasetSections.status(status.status())).raw("</td></tr>\n");
            }
            x.endTable().raw("</div>\n");
        }
    }

    private String periods(MatrixRow row) {
        Mechanism mechanism = row.mechanism();
        AnnualReportData.EventLog log = data.eventDriven().get(mechanism.id());
        int occurrences = log == null ? 0 : log.occurrences();
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

    private void exceptions(Xhtml x, ReportSection section) {
        if (data.exceptions().isEmpty()) {
            x.raw("<p>").text("No period due in " + data.year().label() + " was missed, and nothing was overdue at "
                    + positionDate() + ".").raw("</p>\n");
            return;
        }
        x.raw("<p>").text("Every period missed in " + data.year().label() + (data.yearClosed() ? "" : " so far")
                + ", marking the mechanisms still overdue at " + positionDate() + ", with the reason recorded and the"
                + " action agreed. A mechanism serving two functions is listed once, with both refs.").raw("</p>\n");
        exceptionsTable(x, "Exceptions, " + data.year().label(), data.exceptions(), shortPositionDate());
    }

    /**
     * Missed periods with the reason and action recorded, a run of unexplained ones sharing a row.
     *
     * @param overdueAt how the date overdue mechanisms are overdue at is written ("31 March")
     */
    static void exceptionsTable(Xhtml x, String caption, List<AnnualReportData.Exception> exceptions,
                                String overdueAt) {
        x.table("exceptions", caption, new String[] {"Ref", "14mm"},
                new String[] {"Assurance mechanism", null}, new String[] {"Period missed", "34mm"},
                new String[] {"Reason", "38mm"}, new String[] {"Action agreed", "38mm"});
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
            x.raw("<tr><td>").text(first.rows().stream().map(r -> r.ref().text()).collect(Collectors.joining(", ")))
                    .raw("</td><td>").text(first.mechanism().description()).raw("</td><td>").text(period)
                    .raw("</td><td>").text(first.note() == null ? "No reason recorded" : first.note().reason())
                    .raw("</td><td>").text(first.note() == null || first.note().action().isBlank() ? "No action recorded"
                            : first.note().action()).raw("</td></tr>\n");
        }
        x.endTable();
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

    private void matrixAppendix(Xhtml x, ReportSection section) {
        Framework framework = data.matrix().framework();
        x.raw("<p>").text("The full assurance matrix of the " + framework.name() + ".").raw("</p>\n");
        x.table("matrix", "The assurance matrix", new String[] {"Ref", "12mm"},
                new String[] {"Assurance mechanism", null}, new String[] {"Lead(s)", "34mm"},
                new String[] {"Frequency", "28mm"}, new String[] {"Also under", "16mm"});
        for (MatrixRow row : data.matrix().rows()) {
            x.raw("<tr><td>").text(row.ref().text()).raw("</td><td>").text(row.mechanism().description())
                    .raw("</td><td>").text(leads(row.mechanism())).raw("</td><td>")
                    .text(row.mechanism().frequency().wording()).raw("</td><td>")
                    .text(data.matrix().sharedWith(row).stream().map(Object::toString).collect(Collectors.joining(", ")))
                    .raw("</td></tr>\n");
        }
        x.endTable();
    }

    private void evidenceAppendix(Xhtml x, ReportSection section) {
        if (data.evidenceLog().isEmpty()) {
            x.raw("<p>").text("No evidence was recorded for " + data.year().label() + ".").raw("</p>\n");
            return;
        }
        x.raw("<p>").text(data.evidenceLog().size() + " records dated in " + data.year().label() + ", oldest first.")
                .raw("</p>\n");
        x.table("evidence", "Evidence log, " + data.year().label(), new String[] {"Date", "19mm"},
                new String[] {"Ref", "18mm"}, new String[] {"What", null}, new String[] {"Reference", "30mm"},
                new String[] {"Conclusion", "30mm"});
        for (EvidenceEntry entry : data.evidenceLog()) {
            var e = entry.evidence();
            String what = switch (e.kind()) {
                case NOT_APPLICABLE -> "Not applicable: " + e.note();
                case NOTHING_TO_REPORT, EVIDENCE -> e.note();
            };
            x.raw("<tr><td>").text(ReportDates.day(e.date())).raw("</td><td>")
                    .text(entry.refs().stream().map(Object::toString).collect(Collectors.joining(", "))).raw("</td><td>")
                    .text(what).raw("</td><td>").text(e.reference() == null ? "" : e.reference()).raw("</td><td>")
                    .text(e.conclusion() == null ? "" : e.conclusion().label()).raw("</td></tr>\n");
        }
        x.endTable();
    }

    private void glossary(Xhtml x, ReportSection section) {
        StringBuilder everything = new StringBuilder();
        data.matrix().rows().forEach(r -> everything.append(r.mechanism().description()).append(' ')
                .append(r.mechanism().frequency().wording()).append(' ').append(r.function().title()).append(' ')
                .append(leads(r.mechanism())).append(' '));
        data.texts().values().forEach(t -> everything.append(t).append(' '));
        x.table("glossary", "Abbreviations used in this report", new String[] {"Abbreviation", "30mm"},
                new String[] {"Meaning", null});
        Glossary.usedIn(everything.toString() + " JSWMT IJB").forEach((term, meaning) ->
                x.raw("<tr><th scope=\"row\">").text(term).raw("</th><td>").text(meaning).raw("</td></tr>\n"));
        x.endTable();
    }

    private String leads(Mechanism mechanism) {
        return mechanism.leads().stream().map(data::leadName).collect(Collectors.joining(" / "));
    }

    private String positionDate() {
        return LONG_DATE.format(data.asOf());
    }

    private String shortPositionDate() {
        LocalDate date = data.asOf();
        return date.equals(data.period().end()) ? DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH).format(date)
                : ReportDates.day(date);
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "" : " (" + Math.round(100.0 * part / whole) + "% assured)";
    }
}
