package scot.cswo.assurance.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import scot.cswo.assurance.domain.evidence.Conclusion;
import scot.cswo.assurance.domain.frequency.MeetingSeries;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.report.ReportSection;
import scot.cswo.assurance.domain.report.ReportYear;
import scot.cswo.assurance.service.Identity;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.evidence.EvidenceInput;
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
 */
public final class KnownYear {
    public static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    public static final ReportYear YEAR = new ReportYear(2024);
    public static final String INTRODUCTION = "This year Siobhán Ó Briain and Eilidh NicDhòmhnaill led the review – "
            + "the office’s “first full year” of tracking.\n\n## Highlights\n\n- **Every** quarterly scorecard was"
            + " considered\n- *Most* reports arrived on time";
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
