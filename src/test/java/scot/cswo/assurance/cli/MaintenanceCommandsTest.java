package scot.cswo.assurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.service.access.Identity;
import scot.cswo.assurance.testing.Golden;

/** The import, export, calendar, history and roles commands, as a script would use them. */
class MaintenanceCommandsTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);

    @TempDir
    Path dir;

    private TestApp app() {
        return new TestApp(dir.resolve("data"), TODAY);
    }

    private String db(String name) {
        return dir.resolve(name + ".mv.db").toString();
    }

    @Test
    void anExportedMatrixImportsIntoANewDatabaseAsTheSameFramework() {
        TestApp app = app();
        app.cli("--db", db("dundee"), "init");
        String file = dir.resolve("matrix.xlsx").toString();

        TestApp.Run export = app.cli("--db", db("dundee"), "export", file);
        // Only init creates a database (issue 15, point 13); the import then takes over from its blank
        // framework, so the matrix compared below is the imported one.
        app.cli("--db", db("copy"), "init", "--template", "blank", "--tracking-start", "2025-03-31");
        TestApp.Run imported = app.cli("--db", db("copy"), "import", file, "--framework", "CSWO Governance Framework",
                "--council", "Dundee City Council", "--period", "2018-2026", "--from", "2025-04-01");

        assertThat(export.exitCode()).isZero();
        assertThat(export.out()).contains("Wrote 49 rows");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("10 functions", "49 rows", "in force from 01/04/2025");
        assertThat(Golden.parse(app.cli("--db", db("copy"), "matrix", "--format", "json").out()))
                .isEqualTo(Golden.dundeePart3());
    }

    @Test
    void aDryRunChecksTheFileAndChangesNothing() throws IOException {
        TestApp app = app();
        app.cli("--db", db("dundee"), "init");
        Path file = dir.resolve("next.csv");
        Files.writeString(file, "Function,Function title,Assurance mechanism,Lead,Frequency\n1,Advice,IJB,Jane Martin,"
                + "Annually\n");

        // A fresh init's framework is the untouched starter, whose council is not the office's: the
        // import names its own (the window asks for it).
        TestApp.Run run = app.cli("--db", db("dundee"), "import", file.toString(), "--council", "Dundee City Council",
                "--period", "2026-2027", "--dry-run");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 functions, 1 mechanisms, 1 rows", "nothing was changed");
        assertThat(app.cli("--db", db("dundee"), "matrix", "--format", "csv").out().lines()).hasSize(50);
    }

    @Test
    void aBadFileExitsWithCodeThreeNamingRowColumnAndValue() throws IOException {
        TestApp app = app();
        app.cli("--db", db("dundee"), "init");
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "Function,Function title,Assurance mechanism,Lead,Frequency\n1,Advice,IJB,Jane Martin,"
                + "Termly\n");

        TestApp.Run run = app.cli("--db", db("dundee"), "import", file.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("bad.csv, row 2, column Frequency \"Termly\"", "Nothing was changed.");
    }

    @Test
    void aLeadsCalendarIsWrittenForOutlook() throws IOException {
        TestApp app = app();
        app.cli("--db", db("dundee"), "init");
        Path file = dir.resolve("kathryn.ics");

        TestApp.Run run = app.cli("--db", db("dundee"), "calendar", "--lead", "Kathryn Sharp", "--out", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("due dates for Kathryn Sharp");
        assertThat(Files.readString(file)).startsWith("BEGIN:VCALENDAR").contains("SUMMARY:Assurance due: F1.5 ");
    }

    @Test
    void theHistoryListsChangesAsCsvOrJson() {
        TestApp app = app();
        app.cli("--db", db("dundee"), "init");
        app.cli("--db", db("dundee"), "meetings", "add", "--series", "jswmt", "--date", "2025-12-11");

        TestApp.Run csv = app.cli("--db", db("dundee"), "history", "--since", "2025-11-01", "--format", "csv");
        TestApp.Run json = app.cli("--db", db("dundee"), "history", "--format", "json");

        assertThat(csv.exitCode()).isZero();
        assertThat(csv.out().lines().findFirst()).contains("When,Account,What,Subject,Field,Old value,New value");
        assertThat(csv.out()).contains("COUNCIL\\tester", "meeting");
        assertThat(Golden.parse(json.out()).findValuesAsText("entity")).contains("meeting", "framework", "role");
    }

    @Test
    void anAdministratorGrantsRolesAndOthersMayNot() {
        TestApp admin = app();
        admin.cli("--db", db("dundee"), "init");
        TestApp stranger = new TestApp(dir.resolve("data"), TODAY, new Identity("COUNCIL\\someone"));

        TestApp.Run granted = admin.cli("--db", db("dundee"), "roles", "--grant", "COUNCIL\\editor", "--role", "editor");
        TestApp.Run refused = stranger.cli("--db", db("dundee"), "roles", "--grant", "COUNCIL\\someone", "--role",
                "administrator");
        TestApp.Run halfGiven = admin.cli("--db", db("dundee"), "roles", "--grant", "COUNCIL\\x");

        assertThat(granted.out()).contains("COUNCIL\\editor is now Editor");
        assertThat(refused.exitCode()).isEqualTo(3);
        assertThat(refused.err()).contains("COUNCIL\\someone is a Viewer");
        assertThat(halfGiven.exitCode()).isEqualTo(2);
        assertThat(admin.cli("--db", db("dundee"), "roles").out()).contains("council\\editor", "Editor",
                "council\\tester", "Administrator");
    }
}
