package scot.cswo.assurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.testing.BackedUpDatabase;

/**
 * A hint names the program the user has: the installed app's cswo-assurance-cli.exe (not on the
 * PATH, so in full and quoted), with --db, so the line can be pasted as it is.
 */
class HintsNameTheRealProgramTest {
    /** Where jpackage's launcher says the installed app runs from, under a profile with a space and an accent. */
    private static final String INSTALLED = "C:\\Users\\Siobhán Ó\\AppData\\Local\\Programs\\CSWO Assurance\\";

    @TempDir
    Path dir;

    @AfterEach
    void notInstalledAnyMore() {
        System.clearProperty("jpackage.app-path");
        System.clearProperty("cswo.launcher");
    }

    private TestApp app() {
        return new TestApp(dir.resolve("data"), LocalDate.of(2025, 11, 22));
    }

    @Test
    void theCreateHintNamesTheInstalledConsoleProgramQuotedEvenWhenTheWindowsProgramIsRunning() {
        System.setProperty("jpackage.app-path", INSTALLED + "CSWO Assurance.exe");
        Path db = dir.resolve("typo.mv.db");

        TestApp.Run refused = app().cli("--db", db.toString(), "status");

        assertThat(refused.err()).contains("Create one with: \"" + INSTALLED + "cswo-assurance-cli.exe\" --db \"" + db
                + "\" init");
    }

    @Test
    void theRestoreHintNamesTheDamagedDatabaseSoTheBackupGoesInItsPlace() throws Exception {
        Path db = dir.resolve("office.mv.db");
        BackedUpDatabase.make(app(), db);
        String newest;
        try (Stream<Path> backups = Files.list(dir.resolve("office-backups"))) {
            newest = backups.filter(p -> p.toString().endsWith(".zip")).findFirst().orElseThrow().toString();
        }
        Files.writeString(db, "Minutes of the JSWMT\n".repeat(400));
        System.setProperty("jpackage.app-path", INSTALLED + "cswo-assurance-cli.exe");

        TestApp.Run refused = app().cli("--db", db.toString(), "matrix");

        assertThat(refused.err()).contains("\"" + INSTALLED + "cswo-assurance-cli.exe\" restore \"" + newest
                + "\" --db \"" + db + "\"");
    }

    @Test
    void thePlainDistributionsScriptIsNamedAsItWasStarted() {
        System.setProperty("cswo.launcher", "/opt/cswo assurance/bin/cswo-assurance");

        TestApp.Run refused = app().cli("--db", dir.resolve("typo").toString(), "status");

        assertThat(refused.err()).contains("Create one with: \"/opt/cswo assurance/bin/cswo-assurance\" --db");
    }
}
