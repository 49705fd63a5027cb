package scot.cswo.assurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.service.access.Identity;

/** Backing up and restoring from the command line, as IT would script it. */
class BackupCommandsTest {
    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("assurance.mv.db").toString();
    }

    private TestApp.Run run(String... args) {
        return new TestApp(dir.resolve("data"), LocalDate.of(2025, 11, 22)).cli(args);
    }

    @Test
    void aBackupTakenAndRestoredBringsBackExactlyWhatWasThere() {
        run("--db", db(), "init");
        run("--db", db(), "evidence", "add", "--ref", "F1.3", "--date", "2025-11-20", "--note", "Before the backup");
        Path copy = dir.resolve("copy.zip");
        TestApp.Run backup = run("--db", db(), "backup", "--out", copy.toString());
        run("--db", db(), "evidence", "add", "--ref", "F1.5", "--date", "2025-11-21", "--note", "After the backup");

        TestApp.Run restore = run("--db", db(), "restore", copy.toString());

        assertThat(backup.exitCode()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("Backed up to " + copy, "1 backups are kept in");
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("1 evidence records", "The previous database is kept as");
        String evidence = run("--db", db(), "evidence", "list", "--format", "csv").out();
        assertThat(evidence).contains("Before the backup").doesNotContain("After the backup");
    }

    @Test
    void aViewerMayNotTakeABackup() {
        run("--db", db(), "init");

        TestApp.Run refused = new TestApp(dir.resolve("data"), LocalDate.of(2025, 11, 22),
                new Identity("COUNCIL\\visitor")).cli("--db", db(), "backup");

        assertThat(refused.exitCode()).isEqualTo(3);
        assertThat(refused.err()).contains("may not back up the database");
    }

    @Test
    void aFileThatIsNotABackupIsRefusedAndTheDatabaseIsKept() throws Exception {
        run("--db", db(), "init");
        byte[] before = Files.readAllBytes(dir.resolve("assurance.mv.db"));
        Path bogus = Files.writeString(dir.resolve("bogus.zip"), "PK not really");

        TestApp.Run refused = run("--db", db(), "restore", bogus.toString());

        assertThat(refused.exitCode()).isEqualTo(3);
        assertThat(refused.err()).contains("bogus.zip", "Nothing was changed");
        assertThat(Files.readAllBytes(dir.resolve("assurance.mv.db"))).isEqualTo(before);
    }

    @Test
    void diagnosticsHoldCountsAndLogsButNoEvidenceText() throws Exception {
        run("--db", db(), "init");
        run("--db", db(), "evidence", "add", "--ref", "F1.3", "--date", "2025-11-20", "--note", "Confidential detail");
        Path zip = dir.resolve("diagnostics.zip");

        TestApp.Run diagnostics = run("--db", db(), "diagnostics", "--out", zip.toString());

        assertThat(diagnostics.exitCode()).as(diagnostics.err()).isZero();
        String about;
        try (FileSystem files = FileSystems.newFileSystem(zip)) {
            about = Files.readString(files.getPath("about.txt"));
            try (var all = Files.walk(files.getPath("/"))) {
                for (Path entry : all.filter(Files::isRegularFile).toList()) {
                    assertThat(Files.readString(entry)).doesNotContain("Confidential detail");
                }
            }
        }
        assertThat(about).contains("CSWO Assurance: 9.9.9-test", "evidence: 1", "schema version: 16",
                "Signed in as: COUNCIL\\tester (Administrator)");
    }
}
