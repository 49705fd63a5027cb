package scot.cswo.assurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.testing.Golden;

class CliTest {
    @TempDir
    Path dir;

    private TestApp app() {
        return new TestApp(dir.resolve("data"), LocalDate.of(2025, 11, 22));
    }

    private String db() {
        return dir.resolve("assurance.mv.db").toString();
    }

    @Test
    void initThenMatrixPrintsPartThreeOfTheDundeeFramework() {
        TestApp app = app();
        assertThat(app.cli("--db", db(), "init").exitCode()).isZero();

        TestApp.Run matrix = app.cli("--db", db(), "matrix", "--format", "json");

        assertThat(matrix.exitCode()).isZero();
        assertThat(Golden.parse(matrix.out())).isEqualTo(Golden.dundeePart3());
    }

    @Test
    void theJsonNamesTenDistinctFunctionsWithTheirFullTitles() {
        TestApp app = app();
        app.cli("--db", db(), "init");

        JsonNode rows = Golden.parse(app.cli("--db", db(), "matrix", "--format", "json").out());

        assertThat(rows.findValuesAsText("functionTitle").stream().distinct()).hasSize(10)
                .anySatisfy(t -> assertThat(t).startsWith("Report directly to Elected Members"));
    }

    @Test
    void initReportsWhatItCreated() {
        TestApp.Run init = app().cli("--db", db(), "init", "--tracking-start", "2025-04-01");

        assertThat(init.out()).contains(db(), "Dundee City Council", "10 functions, 49 rows", "01/04/2025",
                "The CSWO dataset starts with 27 measures.");
    }

    @Test
    void theDatabaseSuffixMayBeLeftOff() {
        TestApp app = app();
        app.cli("--db", dir.resolve("short").toString(), "init");

        assertThat(dir.resolve("short.mv.db")).isRegularFile();
        assertThat(app.cli("--db", dir.resolve("short.mv.db").toString(), "matrix").exitCode()).isZero();
    }

    @Test
    void initRefusesADatabaseThatAlreadyHoldsAFrameworkAndChangesNothing() {
        TestApp app = app();
        app.cli("--db", db(), "init");
        String before = app.cli("--db", db(), "matrix", "--format", "csv").out();

        TestApp.Run again = app.cli("--db", db(), "init", "--template", "blank");

        assertThat(again.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(again.err()).contains("already holds the framework");
        assertThat(app.cli("--db", db(), "matrix", "--format", "csv").out()).isEqualTo(before);
    }

    @Test
    void aBlankFrameworkHasAnEmptyMatrix() {
        TestApp app = app();
        app.cli("--db", db(), "init", "--template", "blank");

        assertThat(app.cli("--db", db(), "matrix", "--format", "json").out().strip()).isEqualTo("[]");
    }

    @Test
    void csvOutputHasTheImportColumnsPlusRef() {
        TestApp app = app();
        app.cli("--db", db(), "init");

        String csv = app.cli("--db", db(), "matrix", "--format", "CSV").out();

        assertThat(csv.lines().findFirst()).contains("Ref,Function,Function title,Assurance mechanism,Lead,Frequency");
        assertThat(csv.lines().count()).isEqualTo(50);
    }

    @Test
    void theTableShowsEveryRefWithoutCuttingText() {
        TestApp app = app();
        app.cli("--db", db(), "init");

        String table = app.cli("--db", db(), "matrix").out();

        for (JsonNode row : Golden.dundeePart3()) {
            assertThat(table).contains(row.get("ref").asText());
            for (String word : row.get("mechanism").asText().split(" ")) {
                assertThat(table).as("a word of %s", row.get("ref").asText()).contains(word);
            }
        }
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        TestApp.Run run = app().cli("frobnicate");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err().lines().findFirst()).contains("cswo-assurance: Unknown command 'frobnicate'. Commands: init, matrix, evidence, meetings, actions, dataset, status, leads, chase, digest, mail, report, qbr, import, export, calendar, history, roles, server-script, backup, restore, diagnostics.");
    }

    @Test
    void aBadDateIsAUsageErrorThatSaysWhatADateLooksLike() {
        TestApp.Run run = app().cli("--db", db(), "init", "--tracking-start", "2025-13-01");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("'2025-13-01' is not a date; write it like 15/09/2026 or 2026-09-15");
        assertThat(Path.of(db())).doesNotExist();
    }

    @Test
    void aMissingDatabaseFileIsReportedAsUnavailable() {
        TestApp.Run run = app().cli("--db", dir.resolve("nowhere/none.mv.db").toString(), "matrix");

        assertThat(run.exitCode()).isEqualTo(ExitCode.DATABASE_UNAVAILABLE);
        assertThat(run.err()).startsWith("There is no database at ");
        assertThat(dir.resolve("nowhere")).doesNotExist();
    }

    @Test
    void aDamagedDatabaseIsReportedAsUnavailable() throws Exception {
        Files.writeString(Path.of(db()), "this is not a database");

        TestApp.Run run = app().cli("--db", db(), "matrix");

        assertThat(run.exitCode()).isEqualTo(ExitCode.DATABASE_UNAVAILABLE);
        assertThat(run.err()).contains("cannot be read");
    }

    @Test
    void anUnknownTemplateIsInvalidData() {
        TestApp.Run run = app().cli("--db", db(), "init", "--template", "glasgow");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(run.err()).contains("no template called \"glasgow\"");
    }

    @Test
    void versionIsPrinted() {
        assertThat(app().cli("--version").out()).contains("CSWO Assurance 9.9.9-test");
    }

    @ParameterizedTest
    @ValueSource(strings = {"init", "matrix"})
    void everyCommandExplainsItselfWithHelp(String command) {
        TestApp.Run run = app().cli(command, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: cswo-assurance " + command).contains("--db");
    }

    @ParameterizedTest
    @ValueSource(strings = {"frobnicate", "--nonsense", "matrix --format xml", "init --tracking-start yesterday"})
    void badUsageNeverShowsAStackTrace(String arguments) {
        TestApp.Run run = app().cli(arguments.split(" "));

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
    }
}
