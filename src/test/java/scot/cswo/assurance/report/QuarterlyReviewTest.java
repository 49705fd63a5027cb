package scot.cswo.assurance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.testing.KnownYear;
import scot.cswo.assurance.testing.PdfChecks;

/** The quarterly business review pack for January to March 2025 of the known year. */
class QuarterlyReviewTest {
    private static final Quarter QUARTER = new Quarter(2024, 4);
    @TempDir
    static Path dir;
    private static Workspace workspace;
    private static byte[] pdf;
    private static String text;

    @BeforeAll
    static void render() {
        workspace = KnownYear.open(dir);
        pdf = new QuarterlyReview(workspace.report().quarterly(QUARTER)).pdf();
        text = PdfChecks.text(pdf).replaceAll("\\s+", " ");
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void thePackPassesVeraPdfsPdfUa1Profile() {
        assertThat(PdfChecks.pdfUaFailures(pdf)).isEmpty();
    }

    @Test
    void theCoverNamesTheQuarterAndTheTeamItIsFor() {
        assertThat(text).contains("Quarterly Business Review, January to March 2025",
                "Quarter covered: January to March 2025 (quarter 4 of 2024-25)",
                "Position at the end of the quarter, 31 March 2025", "Joint Social Work Management Team");
    }

    @Test
    void datesInTheWhyColumnAreNeverSplitAcrossLines() {
        // The text as laid out, line by line: "No evidence for 12/09/2024–12/03/2025; due 12/03/2025." in 40 mm.
        Matcher dates = Pattern.compile("\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{4}").matcher(PdfChecks.text(pdf));
        List<String> found = new ArrayList<>();
        while (dates.find()) {
            found.add(dates.group());
        }

        assertThat(found).isNotEmpty().allMatch(date -> date.matches("\\d{2}/\\d{2}/\\d{4}"));
    }

    @Test
    void theMatrixChapterListsWhatWasOverdueAtTheQuartersEnd() {
        assertThat(text).contains("The assurance matrix at 31 March 2025", "F2.2 Oversight of dataset on Looked After"
                + " Children");
    }

    @Test
    void periodsMissedInTheQuarterCarryTheirReasonAndAction() {
        assertThat(text).contains("Jan–Mar 2025 (due 31 Mar 2025); overdue at 31 Mar 2025 " + KnownYear.F15_REASON + " "
                + KnownYear.F15_ACTION).doesNotContain("Apr–Jun 2024 (due");
    }

    @Test
    void datasetMovementsShowTheChangeUnlessASmallCountWouldBeRevealed() {
        assertThat(text).contains("Average caseload per social worker cases 24 25 +1 25 24 Amber",
                "Secure accommodation authorisations authorisations <5 <5 [c] <5",
                "Community payback orders completed successfully % 78 84 +6 81 80 Green");
    }

    @Test
    void eachRatedMeasureHasAQuarterlyTrendChartWithATextAlternative() {
        // Dates are kept on one line with no-break spaces.
        String html = new QuarterlyReview(workspace.report().quarterly(QUARTER)).xhtml(false).replace('\u00a0', ' ');

        assertThat(html).contains("alt=\"Line chart of Average caseload per social worker by quarter, April to June"
                + " 2023 to January to March 2025: April to June 2023 not available; July to September 2023 not"
                + " available; October to December 2023 not available; January to March 2024 27; April to June 2024 26; July to September 2024 25;"
                + " October to December 2024 24; January to March 2025 25. Lower is better.\"");
    }

    @Test
    void quartersAreNamedByTheirMonthsNotByTheirCode() {
        // A narrow column heading may wrap after its dash ("Oct– Dec 2024").
        assertThat(text.replace("– ", "–")).contains("Dataset movements from October to December 2024 to January to March 2025",
                "Measure Unit Oct–Dec 2024 Jan–Mar 2025 Change", "Periods missed, January to March 2025")
                .doesNotContain("2024-Q");
    }

    @Test
    void aFallIsWrittenWithAMinusSignTheReportFontHas() {
        String autumn = PdfChecks.text(new QuarterlyReview(workspace.report().quarterly(new Quarter(2024, 3))).pdf())
                .replaceAll("\\s+", " ");

        // A character missing from the font would be drawn, and extracted, as "#".
        assertThat(autumn).contains("Community payback orders completed successfully % 82 78 -4").doesNotContain("#");
    }

    @Test
    void aRatedMeasureWithNoFiguresHasNoEmptyChart() {
        assertThat(text).doesNotContain("Social worker vacancies, by quarter");
    }

    @Test
    void thePackLooksAheadToTheEndOfTheNextQuarter() {
        // Jul-Sep 2024: three months after 30 September is 30 December, but the next quarter ends on the 31st.
        assertThat(workspace.report().quarterly(new Quarter(2024, 2)).actionsDueBy()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void actionsWithoutATargetDateAreNotListedAsDue() {
        assertThat(text).contains("No open action was overdue at 31 March 2025 or is due by 30 June 2025.");
    }

    @Test
    void aQuarterNotYetStartedIsRefused() {
        assertThatThrownBy(() -> workspace.report().quarterly(new Quarter(2025, 2)))
                .isInstanceOf(RefusedException.class).hasMessageContaining("starts on 01/07/2025");
    }

    @Test
    void theCommandWritesThePackWholeAndSaysHowLongItIs() throws Exception {
        TestApp app = new TestApp(dir.resolve("cli-data"), KnownYear.TODAY);
        String db = dir.resolve("cli.mv.db").toString();
        app.cli("--db", db, "init", "--tracking-start", "2025-04-01");
        Path out = dir.resolve("qbr/pack.pdf");

        TestApp.Run run = app.cli("--db", db, "qbr", "--quarter", "2025-Q1", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("pages)", "2025-Q1, position as at 15/06/2025");
        assertThat(Files.readAllBytes(out)).startsWith("%PDF".getBytes());
    }
}
