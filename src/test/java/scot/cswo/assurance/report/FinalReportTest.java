package scot.cswo.assurance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.testing.KnownYear;
import scot.cswo.assurance.testing.PdfChecks;

/**
 * The known year made ready to publish (every section written, every missed period explained,
 * the provisional figure completed): the check passes and the report is final, with no draft mark
 * and no unwritten section (issue 17).
 */
class FinalReportTest {
    @TempDir
    static Path dir;
    private static Workspace workspace;
    private static AnnualReport report;

    @BeforeAll
    static void render() {
        workspace = KnownYear.open(dir);
        KnownYear.makeReady(workspace);
        report = new AnnualReport(workspace.report().data(KnownYear.YEAR, Optional.empty()));
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void aReportWithNothingInTheWayPassesTheCheck() {
        assertThat(report.check().problems()).isEmpty();
    }

    @Test
    void noPageOfAFinalReportIsMarkedDraft() {
        assertThat(PdfChecks.pageTexts(report.pdf())).allSatisfy(page -> assertThat(page).doesNotContain("Draft"));
        assertThat(DraftReportTest.htmlText(report.html())).doesNotContain("Draft");
    }

    @Test
    void aFinalReportSaysNoSectionIsUnwritten() {
        assertThat(PdfChecks.text(report.pdf())).doesNotContain("not been written");
    }

    @Test
    void aFinalReportPassesVeraPdfsPdfUa1Profile() {
        assertThat(PdfChecks.pdfUaFailures(report.pdf())).isEmpty();
    }
}
