package scot.cswo.assurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.app.TestApp;

/**
 * --db names a file, never connection settings: H2 reads whatever follows a semicolon in its URL as
 * settings (INIT=… runs SQL), so a path with one is refused with a sentence, and nothing is created.
 * The same for CSWO_ASSURANCE_DB (LauncherIT, which can set the environment).
 */
class DatabasePathTest {
    @TempDir
    Path dir;

    private TestApp.Run run(String... args) {
        return new TestApp(dir.resolve("data"), LocalDate.of(2025, 11, 22)).cli(args);
    }

    @Test
    void settingsSmuggledInAfterASemicolonAreRefusedAndNothingIsCreated() throws Exception {
        Path injected = dir.resolve("x;INIT=CREATE TABLE INJECTED(ID INT)");

        TestApp.Run init = run("--db", injected.toString(), "init");

        assertThat(init.exitCode()).isEqualTo(ExitCode.DATABASE_UNAVAILABLE);
        assertThat(init.err().strip()).isEqualTo("The database path " + injected + ".mv.db contains a semicolon (;),"
                + " which CSWO Assurance cannot use in a database's name or folder; rename it without one."
                + " Nothing was opened or created.");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("x"));
        }
    }

    @Test
    void aFileWithASemicolonInItsNameIsRefusedByNameAndLeftAlone() throws Exception {
        Path db = dir.resolve("minutes.mv.db");
        run("--db", db.toString(), "init");
        Path named = Files.move(db, dir.resolve("Minutes;v2.mv.db"));
        byte[] before = Files.readAllBytes(named);

        TestApp.Run matrix = run("--db", named.toString(), "matrix");

        assertThat(matrix.exitCode()).isEqualTo(ExitCode.DATABASE_UNAVAILABLE);
        assertThat(matrix.err()).startsWith("The database path " + named + " contains a semicolon (;)")
                .doesNotContain("Exception", "setting");
        assertThat(Files.readAllBytes(named)).isEqualTo(before);
    }
}
