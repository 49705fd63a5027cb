package scot.cswo.assurance.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.testing.JavaProcess;

/** Messages about unexpected failures name the file the details really went to. */
class LogFileTest {
    @TempDir
    Path dir;

    @AfterEach
    void restoreTheTestRunsLogging() throws IOException {
        LogManager.getLogManager().reset();
        LogManager.getLogManager().readConfiguration();
    }

    @Test
    void theFileNamedIsTheOneTheLogIsWrittenTo() throws IOException {
        AppPaths paths = new AppPaths(dir);

        Path named = Logging.toFile(paths.logFile());
        logAndFlush("a failure worth reading about");

        assertThat(named).isEqualTo(paths.logFile()).hasFileName("cswo-assurance-0.log");
        assertThat(Files.readString(named)).contains("a failure worth reading about");
    }

    @Test
    void aFolderWhoseNameHasDotLogOrPercentSignsIsTakenLiterally() throws IOException {
        AppPaths paths = new AppPaths(dir.resolve("a.logan").resolve("%t %h %u %g 100%"));

        Path named = Logging.toFile(paths.logFile());
        logAndFlush("a failure in an odd folder");

        assertThat(named).isEqualTo(paths.logFile());
        assertThat(Files.readString(named)).contains("a failure in an odd folder");
    }

    @Test
    void whenNoLogCanBeWrittenTheAppSaysSoOnStandardErrorAndRunsOn() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("data"), "a file where the data folder should be");
        AppPaths paths = new AppPaths(notAFolder);
        PrintStream usual = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThat(Logging.toFile(paths.logFile())).isEqualTo(paths.logFile());
        } finally {
            System.setErr(usual);
        }

        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("cannot write its log file " + paths.logFile(), "runs without one");
    }

    @Test
    void whileAnotherProcessHoldsTheLogTheFileThisOneWritesIsNamed() throws Exception {
        AppPaths paths = new AppPaths(dir);
        Process window = JavaProcess.start(dir, HoldLog.class);
        try {
            assertThat(JavaProcess.lines(window).readLine()).isEqualTo("LOGGING");

            Path named = Logging.toFile(paths.logFile());
            logAndFlush("the second process's failure");

            assertThat(named).hasFileName("cswo-assurance-0.log.1");
            assertThat(Files.readString(named)).contains("the second process's failure");
            assertThat(Files.readString(paths.logFile())).doesNotContain("the second process's failure");
        } finally {
            window.getOutputStream().close();
            JavaProcess.finish(window);
        }
    }

    private static void logAndFlush(String message) {
        Logger.getLogger(LogFileTest.class.getName()).severe(message);
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            handler.flush();
        }
    }
}
