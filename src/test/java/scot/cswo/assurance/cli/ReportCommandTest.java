package scot.cswo.assurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.testing.KnownYear;
import scot.cswo.assurance.testing.PdfChecks;

/** {@code report} lists what stands in the way of publishing; {@code --final} writes only a report ready to publish. */
class ReportCommandTest {
    @TempDir
    Path dir;

    private TestApp.Run report(boolean ready, String... options) throws IOException {
        try (Workspace workspace = KnownYear.open(dir)) {
            if (ready) {
                KnownYear.makeReady(workspace);
            }
        }
        Files.createDirectories(dir.resolve("out"));
        String[] args = Stream.concat(Stream.of("--db", dir.resolve("assurance.mv.db").toString(), "report", "--year",
                "2024-25", "--out", out("report.pdf")), Stream.of(options)).toArray(String[]::new);
        return new TestApp(dir.resolve("data"), KnownYear.TODAY).cli(args);
    }

    private String out(String name) {
        return dir.resolve("out").resolve(name).toString();
    }

    private String[] written() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            return files.map(f -> f.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void finalRefusesAReportNotReadyToPublishListingEveryProblemAndWritesNothing() throws IOException {
        TestApp.Run run = report(false, "--final", "--html", out("report.html"), "--annex", out("annex.pdf"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(run.err()).contains("The report is not ready to publish, so nothing was written.",
                "- The section \"Looking ahead\" has not been written.",
                "- The 2023-24 figure for Average caseload per social worker is provisional",
                "- F8.4 Establish mechanism", "- F2.2 ");
        assertThat(written()).isEmpty();
    }

    @Test
    void aReportDateAfterTodayIsRefusedWithASentenceAndNothingIsWritten() throws IOException {
        TestApp.Run run = report(false, "--as-of", "2025-07-01");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(run.err()).contains("The report date 01/07/2025 is after today (15/06/2025): a report can show"
                + " the position only up to today.");
        assertThat(written()).isEmpty();
    }

    @Test
    void aReportNotReadyIsWrittenAsADraftWithWhatStandsInTheWay() throws IOException {
        TestApp.Run run = report(false);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("This is a draft", "- The section \"Looking ahead\" has not been written.");
        assertThat(PdfChecks.text(Files.readAllBytes(Path.of(out("report.pdf"))))).contains("Draft — not for publication");
    }

    @Test
    void theAnnexIsWrittenBesideTheReportWithTheEvidenceLog() throws IOException {
        TestApp.Run run = report(false, "--annex", out("annex.pdf"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(written()).containsExactly("annex.pdf", "report.pdf");
        assertThat(PdfChecks.text(Files.readAllBytes(Path.of(out("annex.pdf"))))).contains("Evidence log, 2024-25",
                "Internal — not for publication");
    }

    @Test
    void finalWritesAReportReadyToPublish() throws IOException {
        TestApp.Run run = report(true, "--final");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("draft");
        assertThat(written()).containsExactly("report.pdf");
    }
}
