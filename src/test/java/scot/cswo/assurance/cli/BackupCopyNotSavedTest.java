package scot.cswo.assurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.app.TestApp;

/** `backup --out` where the copy cannot be saved: the backup was taken, and the message says where. */
@Tag("embedded")
class BackupCopyNotSavedTest {
    @TempDir
    Path dir;

    @Test
    void aCopyThatCannotBeSavedSaysTheBackupWasTakenAndWhere() throws IOException {
        TestApp app = new TestApp(dir.resolve("data"), LocalDate.of(2025, 11, 22));
        String db = dir.resolve("assurance.mv.db").toString();
        app.cli("--db", db, "init");
        // Where the copy should go is not a folder (on Windows: a locked file, a folder it may not write).
        Path blocked = Files.writeString(dir.resolve("USB"), "not a folder");

        TestApp.Run backup = app.cli("--db", db, "backup", "--out", blocked.resolve("copy.zip").toString());

        assertThat(backup.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(backup.err()).startsWith("Backed up to " + dir.resolve("assurance-backups"))
                .contains("but the copy was not saved", blocked.resolve("copy.zip").toString())
                .doesNotContain("Exception");
        assertThat(dir.resolve("assurance-backups")).isNotEmptyDirectory();
    }
}
