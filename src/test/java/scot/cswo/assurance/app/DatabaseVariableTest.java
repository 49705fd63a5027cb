package scot.cswo.assurance.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.problem.StoreUnavailableException;
import scot.cswo.assurance.testing.JavaProcess;

/** CSWO_ASSURANCE_DB as cmd users set it: {@code set CSWO_ASSURANCE_DB="C:\My Data\assurance.mv.db"}. */
class DatabaseVariableTest {
    @TempDir
    Path dir;

    @Test
    void aValueInQuotesNamesTheFileInsideThem() throws Exception {
        Path db = dir.resolve("office data/assurance.mv.db");
        new TestApp(dir.resolve("data"), LocalDate.of(2025, 11, 22)).cli("--db", db.toString(), "init");
        List<String> command = List.of(JavaProcess.javaExecutable(), "-Dcswo.data.dir=" + dir.resolve("data"),
                "-Dstdout.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "status", "--format", "json");
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put(AppPaths.DATABASE_ENV, "\"" + db + "\"");

        JavaProcess.Result status = JavaProcess.finish(builder.start());

        assertThat(status.err()).isEmpty();
        assertThat(status.exitCode()).isZero();
        assertThat(status.out()).contains("\"ref\": \"F1.3\"");
    }

    @Test
    void singleQuotesAndSpacesAroundAreTakenOffToo() {
        assertThat(DatabaseVariable.parse("  '/data/assurance.mv.db' ")).contains(Path.of("/data/assurance.mv.db"));
    }

    @Test
    void aValueThatIsNoPathIsAnsweredWithHowToSetIt() {
        // Windows refuses "<", "|" and the like in names; Linux only the NUL, so that stands in for them here.
        assertThatThrownBy(() -> DatabaseVariable.parse("\"C:\\Data\u0000\\assurance.mv.db\""))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageStartingWith("CSWO_ASSURANCE_DB is set to \"C:\\Data\u0000\\assurance.mv.db\", which is not"
                        + " a path to a file")
                .hasMessageContaining("set CSWO_ASSURANCE_DB=C:\\Data\\assurance.mv.db (no quotes are needed");
    }

    @Test
    void anEmptyValueNamesNoFile() {
        assertThat(DatabaseVariable.parse(" ")).isEmpty();
    }
}
