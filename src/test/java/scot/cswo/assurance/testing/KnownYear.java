package scot.cswo.assurance.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.domain.evidence.Conclusion;
import scot.cswo.assurance.domain.frequency.MeetingSeries;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.report.ReportSection;
import scot.cswo.assurance.domain.report.ReportYear;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.access.Identity;
import scot.cswo.assurance.service.evidence.EvidenceInput;
import scot.cswo.assurance.service.matrix.FrameworkEditor;
import scot.cswo.assurance.service.report.AnnualReportData;
import scot.cswo.assurance.service.report.ReportService;

/**
 * A known year, 2024-25, for report tests: the Dundee framework tracked from 1 April 2024, opened
 * on 15 June 2025, with evidence chosen so the expected figures are easy to state.
 *
 * <ul>
 *   <li>F1.5 (quarterly): three quarters evidenced, January to March missed with a reason and action.</li>
 *   <li>F9.2 (quarterly): all four quarters; a later record dated April 2025 must not count.</li>
 *   <li>F1.3 / F10.1 (2 monthly): five of six periods.</li>
 *   <li>F2.2 (quarterly): only April to June, so overdue at 31 March.</li>
 *   <li>F5.3 (as required): two occurrences and one "nothing to report" return.</li>
 * </ul>
 *
 * <p>The dataset (starter measures) has, for 2024-25: looked after children at 31 March of 90 at home,
 * 170 kinship, 200 foster, 60 residential and 3 secure (so 3 is hidden and 60 hidden with it; 523 in
 * all); 1, 0, 2 and 1 secure accommodation authorisations (4 in the year, hidden); an average
 * caseload of 26, 25, 24 and 25 against a target of 24 with tolerance 1 (Amber), and 27 for the last
 * quarter of 2023-24 only; community payback orders completed successfully 80, 82, 78 and 84% against
 * 80 (Green); staff turnover 11.5% against 10 with tolerance 1 (Red). The Audit Scotland 2016
 * recommendations are in the action tracker.
 */
public final class KnownYear {
    public static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    public static final ReportYear YEAR = new ReportYear(2024);
    public static final String INTRODUCTION = "This year Siobhán Ó Briain and Eilidh NicDhòmhnaill led the review – "
            + "the office’s “first full year” of tracking.\n\n## Highlights\n\n- **Every** quarterly scorecard was"
            + " considered\n- *Most* reports arrived on time";
    /** A Resources narrative carrying what a real report's does: a captioned table, a quote and a case study. */
    public static final String RESOURCES = """
            The year's budget and outturn.

            Table: Budget and outturn 2024-25

            | Service | Budget 2024-25 (£m) | Outturn (£m) |
            | --- | ---: | ---: |
            | Children's services | 42.1 | 43.0 |
            | Adult services | 88.4 | 87.9 |

            > Spending held within budget for the third year running.

            > Case study: Mrs A, who cares for her husband, had a short break arranged within a week.
            """;
    public static final String F15_REASON = "Chairs' meeting postponed by illness";
    public static final String F15_ACTION = "Rescheduled for April; the CSWO will attend";

    private KnownYear() {
    }

    public static Workspace open(Path dir) {
        Workspace workspace = Dundee.open(dir, TODAY, new Identity("COUNCIL\\office"), LocalDate.of(2024, 4, 1));
        fill(workspace);
        return workspace;
    }

    public static void fill(Workspace workspace) {
        evidence(workspace, "F1.5", "2024-05-10", "2024-08-10", "2024-11-10");
        evidence(workspace, "F9.2", "2024-06-20", "2024-09-20", "2024-12-20", "2025-03-20", "2025-04-20");
        evidence(workspace, "F1.3", "2024-05-15", "2024-07-17", "2024-09-18");
        evidence(workspace, "F10.1", "2024-11-20", "2025-01-22");
        evidence(workspace, "F2.2", "2024-06-03");
        evidence(workspace, "F5.3", "2024-08-01", "2025-02-14");
        workspace.evidence().nothingToReport(new Ref("F5.3"), LocalDate.of(2024, 10, 15));
        workspace.meetings().add(MeetingSeries.JSWMT, LocalDate.of(2024, 9, 11));
        workspace.meetings().add(MeetingSeries.JSWMT, LocalDate.of(2025, 3, 12));
        workspace.report().noteException(YEAR, new Ref("F1.5"), LocalDate.of(2025, 3, 31), F15_REASON, F15_ACTION, null);
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(ReportSection.INTRODUCTION.textKey(), INTRODUCTION);
        texts.put(ReportService.COMMITTEE, "Policy and Resources Committee");
        texts.put(ReportService.REPORT_NUMBER, "245-2025");
        workspace.report().saveTexts(YEAR, Map.of(), texts);
        dataset(workspace);
        workspace.actions().addAuditScotland2016();
    }

    /**
     * Makes the year ready to publish: writes every section, enters a meeting of each series the year had
     * none of, explains every missed period and enters the quarters a provisional year lacks.
     */
    public static void makeReady(Workspace workspace) {
        Map<String, String> saved = workspace.report().texts(YEAR);
        Map<String, String> seen = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        for (ReportSection section : ReportSection.values()) {
            if (section.narrative() && saved.getOrDefault(section.textKey(), "").isBlank()) {
                texts.put(section.textKey(), "What the office wrote about " + section.defaultHeading() + ".");
                seen.put(section.textKey(), saved.getOrDefault(section.textKey(), ""));
            }
        }
        workspace.report().saveTexts(YEAR, seen, texts);
        // Every series the framework reports to met in the year, so nothing is left out of the count.
        workspace.meetings().add(MeetingSeries.COMMITTEE, LocalDate.of(2024, 10, 2));
        workspace.meetings().add(MeetingSeries.STRATEGIC, LocalDate.of(2024, 11, 6));
        for (AnnualReportData.Exception missed : workspace.report().data(YEAR, Optional.empty()).exceptions()) {
            if (!missed.explained()) {
                workspace.report().noteException(YEAR, missed.rows().getFirst().ref(), missed.period().end(),
                        "Staff absence", "Covered from the next quarter", missed.note());
            }
        }
        // Each officer by post, so the report can say who leads what without naming anyone.
        for (Lead lead : workspace.matrix().matrix().leads()) {
            if (!lead.role() && (lead.jobTitle() == null || lead.jobTitle().isBlank())) {
                workspace.editor().updateLead(lead.id(), lead.version(), new FrameworkEditor.LeadInput(lead.name(),
                        "Service Manager (" + lead.name().charAt(0) + lead.id() + ")", lead.windowsAccount(),
                        lead.email(), lead.active()));
            }
        }
        long caseload = workspace.dataset().dataset().stream()
                .filter(s -> s.measure().name().equals(CASELOAD)).findFirst().orElseThrow().id();
        for (int q = 1; q <= 3; q++) {
            workspace.dataset().enter(new Quarter(2023, q), Map.of(caseload, "27"), Map.of());
        }
    }

    private static void dataset(Workspace workspace) {
        workspace.dataset().addStarterIfEmpty();
        quarters(workspace, "Looked after children at home with parents", null, null, null, "90");
        quarters(workspace, "Looked after children in kinship care", null, null, null, "170");
        quarters(workspace, "Looked after children with foster carers", null, null, null, "200");
        quarters(workspace, "Looked after children in residential care", null, null, null, "60");
        quarters(workspace, "Looked after children in secure accommodation", null, null, null, "3");
        quarters(workspace, "Secure accommodation authorisations", "1", "0", "2", "1");
        quarters(workspace, CASELOAD, "26", "25", "24", "25");
        quarters(workspace, "Community payback orders completed successfully", "80", "82", "78", "84");
        long caseload = id(workspace, CASELOAD);
        workspace.dataset().enter(new Quarter(2023, 4), Map.of(caseload, "27"), Map.of());
        workspace.dataset().enter(new Quarter(2024, 4), Map.of(id(workspace, "Social work staff turnover"), "11.5"),
                Map.of());
        workspace.dataset().setTarget(caseload, 2024, "24", "1");
        workspace.dataset().setTarget(id(workspace, "Community payback orders completed successfully"), 2024, "80",
                "5");
        workspace.dataset().setTarget(id(workspace, "Social work staff turnover"), 2024, "10", "1");
    }

    public static final String CASELOAD = "Average caseload per social worker";

    /** A measure's values for the four quarters of 2024-25 (null: none entered). */
    private static void quarters(Workspace workspace, String measure, String... values) {
        long id = id(workspace, measure);
        for (int q = 0; q < values.length; q++) {
            if (values[q] != null) {
                workspace.dataset().enter(new Quarter(2024, q + 1), Map.of(id, values[q]), Map.of());
            }
        }
    }

    private static long id(Workspace workspace, String measure) {
        return workspace.dataset().dataset().stream().filter(s -> s.measure().name().equals(measure)).findFirst()
                .orElseThrow().id();
    }

    /** A short reference that fits on one line of the report's table: R200325 for 20 March 2025. */
    public static String reference(String isoDate) {
        return "R" + isoDate.substring(8, 10) + isoDate.substring(5, 7) + isoDate.substring(2, 4);
    }

    private static void evidence(Workspace workspace, String ref, String... dates) {
        for (String date : dates) {
            workspace.evidence().record(new Ref(ref), new EvidenceInput(LocalDate.parse(date),
                    "Evidence for " + ref + " on " + date, reference(date), "Joint Social Work Management Team",
                    Conclusion.REASONABLE, null, List.of()));
        }
    }
}
