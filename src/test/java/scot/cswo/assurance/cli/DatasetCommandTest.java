package scot.cswo.assurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.app.TestApp;

/** The dataset from the command line, as a script feeding quarterly returns would use it. */
class DatasetCommandTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);

    @TempDir
    Path dir;
    private TestApp app;
    private String db;

    @BeforeEach
    void aNewDatabase() {
        app = new TestApp(dir.resolve("data"), TODAY);
        db = dir.resolve("assurance.mv.db").toString();
        app.cli("--db", db, "init");
    }

    private Path file(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void importedValuesAreListedForTheirQuarterAsJson() throws Exception {
        Path values = file("q2.csv", """
                Measure,Period,Value
                Children on the child protection register,2025-Q2,41
                """);

        TestApp.Run imported = app.cli("--db", db, "dataset", "import", values.toString());
        TestApp.Run listed = app.cli("--db", db, "dataset", "list", "--quarter", "2025-Q2", "--format", "json");

        assertThat(imported.out()).contains("q2.csv: 1 new values, 0 changed, 0 unchanged.", "Saved.");
        JsonNode measures = new ObjectMapper().readTree(listed.out());
        JsonNode register = null;
        for (JsonNode m : measures) {
            if (m.get("measure").asText().equals("Children on the child protection register")) {
                register = m;
            }
        }
        assertThat(register).isNotNull();
        assertThat(register.get("value").asText()).isEqualTo("41");
        assertThat(register.get("rating").asText()).isEqualTo("Not rated");
    }

    @Test
    void aBadFileIsRefusedWithItsRowAndColumnAndAnExitCodeScriptsCanTest() throws Exception {
        Path values = file("q2.csv", """
                Measure,Period,Value
                Children on the child protection register,2025-Q2,41
                Social worker vacancies,2025-Q2,lots
                """);

        TestApp.Run imported = app.cli("--db", db, "dataset", "import", values.toString());
        TestApp.Run exported = app.cli("--db", db, "dataset", "export", dir.resolve("all.csv").toString());

        assertThat(imported.exitCode()).isNotZero();
        assertThat(imported.err()).contains("q2.csv, row 3, column Value \"lots\"");
        assertThat(exported.out()).contains("Wrote 0 values");
    }

    @Test
    void aDryRunSaysWhatWouldChangeAndChangesNothing() throws Exception {
        Path values = file("q2.csv", """
                Measure,Period,Value
                Social worker vacancies,2025-Q2,3.5
                """);

        TestApp.Run dry = app.cli("--db", db, "dataset", "import", values.toString(), "--dry-run");
        TestApp.Run exported = app.cli("--db", db, "dataset", "export", dir.resolve("all.xlsx").toString());

        assertThat(dry.out()).contains("1 new values", "nothing was changed");
        assertThat(exported.out()).contains("Wrote 0 values");
    }

    @Test
    void anAdministratorSetsTheSmallNumberThreshold() {
        TestApp.Run before = app.cli("--db", db, "dataset", "threshold");
        TestApp.Run set = app.cli("--db", db, "dataset", "threshold", "9");

        assertThat(before.out()).contains("Small-number threshold: 4", "\"<5\"");
        assertThat(set.out()).contains("Small-number threshold: 9", "\"<10\"");
    }
}
