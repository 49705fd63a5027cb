package scot.cswo.assurance.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.app.TestApp;

/** A command-line test on a database file of its own, "today" being 22 November 2025. */
abstract class CommandLineTest {
    @TempDir
    Path dir;

    String db() {
        return dir.resolve("assurance.mv.db").toString();
    }

    TestApp.Run run(String... args) {
        return new TestApp(dir.resolve("data"), LocalDate.of(2025, 11, 22)).cli(args);
    }
}
