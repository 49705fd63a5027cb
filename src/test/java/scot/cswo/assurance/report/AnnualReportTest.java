package scot.cswo.assurance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.domain.report.ReportYear;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.evidence.EvidenceInput;
import scot.cswo.assurance.service.report.AnnualReportData;
import scot.cswo.assurance.testing.KnownYear;
import scot.cswo.assurance.testing.PdfChecks;

/** The annual report for a known year: accessible, correct and complete. */
class AnnualReportTest {
    @TempDir
    static Path dir;
    private static Workspace workspace;
    private static byte[] pdf;
    private static String text;
    /** The internal annex: the evidence log and the missed periods without a reason or action. */
    private static String annexText;
    /** The report with "Name leads" ticked, so leads appear by name (Dundee records no job titles). */
    private static String namedText;

    @BeforeAll
    static void render() {
        workspace = KnownYear.open(dir);
        AnnualReport report = new AnnualReport(workspace.report().data(KnownYear.YEAR, Optional.empty()));
        pdf = report.pdf();
        text = PdfChecks.text(pdf).replaceAll("\\s+", " ");
        annexText = PdfChecks.text(report.annex().pdf()).replaceAll("\\s+", " ");
        workspace.report().setNameLeads(true);
        namedText = PdfChecks.text(new AnnualReport(workspace.report().data(KnownYear.YEAR, Optional.empty())).pdf())
                .replaceAll("\\s+", " ");
        workspace.report().setNameLeads(false);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void thePdfPassesVeraPdfsPdfUa1Profile() {
        assertThat(PdfChecks.pdfUaFailures(pdf)).isEmpty();
    }

    @Test
    void wordsAreWrittenLetterByLetterSoSearchAndScreenReadersFindThem() {
        String raw = PdfChecks.rawText(pdf);

        assertThat(raw).doesNotContainPattern("[\\x{FB00}-\\x{FB06}]").contains("Notification", "Identification");
    }

    @Test
    void theCoverNamesTheCouncilYearPeriodAndCommittee() {
        assertThat(text).contains("Dundee City Council", "Chief Social Work Officer Annual Report 2024-25",
                "Period covered: 1 April 2024 to 31 March 2025", "Policy and Resources Committee", "245-2025");
    }

    @Test
    void everyFunctionTitleAndEveryRefIsInTheReport() {
        for (var function : workspace.matrix().matrix().functions()) {
            assertThat(text).contains(function.title().replaceAll("\\s+", " "));
        }
        for (MatrixRow row : workspace.matrix().matrix().rows()) {
            assertThat(text).containsPattern("\\b" + row.ref().text().replace(".", "\\.") + "\\b");
        }
    }

    @Test
    void assuredAndDueCountsAreThoseOfTheYearsEvidence() {
        // The year is over: its last quarter was missed, so F1.5 ended the year overdue, not "due soon".
        assertThat(namedText).containsPattern("F1\\.5 Regular meetings with Independent Chairs of Public Protection"
                + " Committees Kathryn Sharp Quarterly 3 of 4 10 Nov 2024 Overdue");
        assertThat(namedText).containsPattern("F9\\.2 Access to MAPPA balanced scorecard Kathryn Sharp Quarterly 4 of 4"
                + " 20 Mar 2025 On track");
        assertThat(namedText).contains("F1.3 Membership of IJB Jane Martin 2 monthly 5 of 6")
                .contains("F10.1 Membership of IJB Jane Martin 2 monthly 5 of 6");
        // Two occurrences are a count from 1 to the threshold, hidden as every published event count is (issue 17).
        assertThat(namedText).contains("<5 occurrences logged; 1 \"nothing to report\" return");
    }

    @Test
    void theExceptionsListMissedPeriodsWithTheReasonAndActionRecorded() {
        assertThat(text).contains("Jan–Mar 2025 (due 31 Mar 2025); overdue at 31 Mar 2025 " + KnownYear.F15_REASON + " "
                + KnownYear.F15_ACTION);
        assertThat(annexText).contains("3 periods in a row, 1 Jul 2024 – 31 Mar 2025; overdue at 31 Mar 2025 No reason recorded");
    }

    @Test
    void narrativeMarkupAndIrishAndGaelicNamesRenderWithoutLoss() {
        assertThat(text).contains("Siobhán Ó Briain and Eilidh NicDhòmhnaill led the review – the office’s"
                + " “first full year” of tracking.", "Highlights", "Every quarterly scorecard was considered");
    }

    @Test
    void aLongRunOfMissedPeriodsWithNothingRecordedSharesOneRow() {
        assertThat(annexText).contains("F8.4 Establish mechanism to ensure all placements in secure care are approved by the"
                + " CSWO and reviewed on a weekly basis 52 periods in a row, 1 Apr 2024 – 30 Mar 2025; overdue at 31 Mar 2025");
    }

    @Test
    void theEvidenceLogListsTheYearsRecordsButNothingDatedAfterIt() {
        assertThat(annexText).contains(KnownYear.reference("2025-03-20")).doesNotContain(KnownYear.reference("2025-04-20"));
    }

    @Test
    void theChartHasItsFiguresInATableAndATextAlternative() {
        assertThat(text).contains("Periods assured and missed by function, 2024-25");
        String html = new AnnualReport(workspace.report().data(KnownYear.YEAR, Optional.empty())).xhtml(true);
        assertThat(html).containsPattern("<img src=\"data:image/png;base64,[^\"]+\" alt=\"Bar chart of periods assured"
                + " and missed in 2024-25 for each statutory function\\. Function 1: [^:]+ \\(F1\\): \\d+ assured, \\d+ missed\\.");
    }

    @Test
    void aClosedYearsReportDoesNotChangeWhenLaterEvidenceIsRecorded() {
        AnnualReportData before = workspace.report().data(KnownYear.YEAR, Optional.empty());
        workspace.evidence().record(new Ref("F2.2"), new EvidenceInput(KnownYear.TODAY, "Late evidence", null, null,
                null, null, java.util.List.of()));

        AnnualReportData after = workspace.report().data(KnownYear.YEAR, Optional.empty());

        assertThat(new AnnualReport(after).xhtml(false)).isEqualTo(new AnnualReport(before).xhtml(false));
    }

    @Test
    void aYearBeforeTheFrameworkWasTrackedIsRefused() {
        assertThatThrownBy(() -> workspace.report().data(new ReportYear(2022), Optional.empty()))
                .isInstanceOf(RefusedException.class).hasMessageContaining("There is no data for 2022-23");
    }

    @Test
    void theReportIsWrittenWholeOrNotAtAll() throws Exception {
        Path file = dir.resolve("out/report.pdf");

        new AnnualReport(workspace.report().data(KnownYear.YEAR, Optional.empty())).save(file, dir.resolve("out/r.html"));

        assertThat(Files.readAllBytes(file)).startsWith("%PDF".getBytes());
        try (var leftovers = Files.list(dir.resolve("out"))) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("report.pdf", "r.html");
        }
    }

    @Test
    void theDatasetAppendixHidesSmallCountsAndTheCountThatWouldRevealThem() {
        assertThat(text).contains("Looked after children by placement, by financial year",
                "At home with parents [x] 90", "In kinship care [x] 170", "In residential care [x] [c]",
                "In secure accommodation [x] <5", "Total [x] 523");
    }

    @Test
    void aYearsTotalOfSmallCountsIsHiddenToo() {
        assertThat(text).contains("Secure accommodation authorisations authorisations [x] <5");
    }

    @Test
    void indicatorsShowTheYearAgainstTargetWithTheRatingInWords() {
        assertThat(text).contains("Average caseload per social worker cases 27 [p] 25 24 Amber",
                "Community payback orders completed successfully % [x] 81 80 Green",
                "Social work staff turnover % [x] 11.5 10 Red");
    }

    @Test
    void eachTrendChartHasATextAlternativeGivingItsFigures() {
        String html = new AnnualReport(workspace.report().data(KnownYear.YEAR, Optional.empty())).xhtml(true);

        assertThat(html).contains("alt=\"Line chart of Average caseload per social worker by financial year, 2023-24"
                + " to 2024-25: 2023-24 27 (provisional); 2024-25 25 (target 24). Lower is better.\"");
    }

    @Test
    void actionsAddedAfterTheYearEndedAreNotInItsReport() {
        // The Audit Scotland actions were added on 15/06/2025, after 2024-25 ended.
        assertThat(text).contains("Appendix 4: Improvement actions",
                "No improvement action was being tracked at 31 March 2025.")
                .doesNotContain("Audit Scotland recommendation (recommendation 13)");
    }
}
