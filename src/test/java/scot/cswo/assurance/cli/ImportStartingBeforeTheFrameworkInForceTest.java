package scot.cswo.assurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.testing.WordFixtures;

/**
 * A new office's first start brings in Dundee's framework from today (22/11/2025). While nothing is
 * recorded against it, the office's own framework imported to start earlier replaces it. Once the
 * office has recorded something, a framework starting earlier would be in force only until Dundee's
 * start, never from today on: the import is refused with the date that works, instead of being
 * accepted and never coming into force.
 */
class ImportStartingBeforeTheFrameworkInForceTest extends CommandLineTest {

    private TestApp.Run importFrom(String from) {
        Path file = WordFixtures.copy("own-headings.docx", dir);
        return run("--db", db(), "import", file.toString(), "--column", "How we check=mechanism", "--column",
                "Review cycle=frequency", "--frequency", "Termly=4 monthly", "--council", "Newtown Council",
                "--period", "2025-2029", "--from", from);
    }

    @Test
    void aStartBeforeTheFrameworkInForceTodayIsRefusedWithTheDayThatWorksOnceItHoldsARecord() {
        run("--db", db(), "init");
        assertThat(run("--db", db(), "evidence", "add", "--ref", "F1.5", "--date", "2025-11-22", "--note",
                "Chairs met").exitCode()).isZero();

        TestApp.Run refused = importFrom("2025-04-01");

        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.err()).contains("Tracking start \"01/04/2025\": \"Chief Social Work Officer Governance"
                + " Framework 2018-2026\" is in force from 22/11/2025, so a framework starting earlier would be in"
                + " force only until 21/11/2025, never from today on; start the imported framework after 22/11/2025"
                + " (23/11/2025 or later).", "Nothing was changed.");
        assertThat(run("--db", db(), "matrix", "--format", "csv").out()).doesNotContain("Attendance at the Corporate");
    }

    @Test
    void aStartAfterItBringsTheImportedFrameworkIntoForce() {
        run("--db", db(), "init");

        TestApp.Run imported = importFrom("2025-11-23");

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(run("--db", db(), "matrix", "--as-of", "2025-11-23", "--format", "csv").out())
                .contains("Attendance at the Corporate Management Team");
    }

    @Test
    void aStartBeforeAnUntouchedStarterReplacesIt() {
        run("--db", db(), "init");

        TestApp.Run imported = importFrom("2025-04-01");

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Replaced the starter framework \"Chief Social Work Officer Governance"
                + " Framework 2018-2026\" (in force from 22/11/2025), which held no records.");
        assertThat(run("--db", db(), "matrix", "--as-of", "2025-04-01", "--format", "csv").out())
                .contains("Attendance at the Corporate Management Team");
        assertThat(run("--db", db(), "matrix", "--format", "csv").out()).doesNotContain("F9.2");
    }

    @Test
    void aDryRunSaysTheUntouchedStarterWouldBeReplacedAndChangesNothing() {
        run("--db", db(), "init");
        Path file = WordFixtures.copy("own-headings.docx", dir);

        TestApp.Run dry = run("--db", db(), "import", file.toString(), "--column", "How we check=mechanism",
                "--column", "Review cycle=frequency", "--frequency", "Termly=4 monthly", "--council",
                "Newtown Council", "--period", "2025-2029", "--dry-run");

        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("in force from 01/04/2025", "It would replace the starter framework"
                + " \"Chief Social Work Officer Governance Framework 2018-2026\", which holds no records");
        assertThat(run("--db", db(), "matrix", "--format", "csv").out()).contains("F9.2");
    }

    @Test
    void aBlankFrameworkFromInitIsReplacedByAnImportStartingTheSameDay() {
        assertThat(run("--db", db(), "init", "--template", "blank", "--tracking-start", "2025-04-01").exitCode())
                .isZero();

        TestApp.Run imported = importFrom("2025-04-01");

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Replaced the starter framework");
        assertThat(run("--db", db(), "matrix", "--as-of", "2025-04-01", "--format", "csv").out())
                .contains("Attendance at the Corporate Management Team");
    }
}
