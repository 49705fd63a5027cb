package scot.cswo.assurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.testing.Snapshot;

/**
 * Failures the app did not plan for still end in one of the documented exit codes and a sentence,
 * never an exception's name or an out-of-memory crash.
 */
class UnexpectedFailuresTest extends CommandLineTest {

    @Test
    void importingALinkToAnEndlessDeviceIsRefusedWithoutReadingIt() throws Exception {
        run("--db", db(), "init");
        Path link = Files.createSymbolicLink(dir.resolve("matrix.csv"), Path.of("/dev/zero"));
        String before = Snapshot.of(Path.of(db()));

        TestApp.Run matrix = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> run("--db", db(), "import", link.toString()));
        TestApp.Run values = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> run("--db", db(), "dataset", "import", link.toString()));

        assertThat(matrix.exitCode()).as(matrix.err()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(matrix.err()).contains("matrix.csv: this is not an ordinary file", "Nothing was changed");
        assertThat(values.exitCode()).as(values.err()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(values.err()).contains("matrix.csv: this is not an ordinary file");
        assertThat(Snapshot.of(Path.of(db()))).isEqualTo(before);
    }

    @Test
    void importingAFolderSaysItIsAFolder() throws Exception {
        run("--db", db(), "init");
        Path folder = Files.createDirectory(dir.resolve("matrix.csv"));

        TestApp.Run refused = run("--db", db(), "import", folder.toString());

        assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(refused.err()).contains("matrix.csv: this is a folder, not a file");
    }

    @Test
    void aBackupCopyAskedForOverAFolderSaysItIsAFolder() throws Exception {
        run("--db", db(), "init");
        Path folder = Files.createDirectory(dir.resolve("copies"));
        Files.writeString(folder.resolve("other.txt"), "someone's file");

        TestApp.Run backup = run("--db", db(), "backup", "--out", folder.toString());

        assertThat(backup.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(backup.err()).contains(folder + " is a folder; give the name of a file.")
                .doesNotContain("Exception");
        assertThat(folder.resolve("other.txt")).hasContent("someone's file");
    }

    @Test
    void aBackupCopyAskedForInAMissingFolderMakesTheFolder() {
        run("--db", db(), "init");
        Path missing = dir.resolve("no-such-folder");

        TestApp.Run backup = run("--db", db(), "backup", "--out", missing.resolve("copy.zip").toString());

        // As for --db, a missing folder is made: the copy is where it was asked for, not an exception.
        assertThat(backup.exitCode()).as(backup.err()).isZero();
        assertThat(missing.resolve("copy.zip")).isRegularFile();
    }

    @Test
    void everyExitCodeTheCommandLineUsesIsDocumentedInItsHelp() throws IllegalAccessException {
        String help = run("--help").out();

        for (Field code : ExitCode.class.getDeclaredFields()) {
            if (Modifier.isStatic(code.getModifiers()) && code.getType() == int.class) {
                assertThat(help).as(code.getName()).containsPattern("(?m)^  " + code.getInt(null) + "  \\w");
            }
        }
    }
}
