package scot.cswo.assurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.testing.BackedUpDatabase;

/**
 * No output option can overwrite the database, its lock or trace files, or anything in its backups
 * folder: each file must have its expected extension, and the backups and attachments folders
 * are refused. The database and its backups are unchanged afterwards.
 */
class OutputOverDatabaseTest {
    @TempDir
    Path dir;
    private Path db;
    private Path backup;
    private byte[] backupBefore;

    private TestApp.Run run(String... args) {
        return new TestApp(dir.resolve("data"), LocalDate.of(2025, 11, 22)).cli(args);
    }

    @BeforeEach
    void aDatabaseWithABackup() throws Exception {
        db = dir.resolve("assurance.mv.db");
        BackedUpDatabase.make(new TestApp(dir.resolve("data"), LocalDate.of(2025, 11, 22)), db);
        try (Stream<Path> backups = Files.list(dir.resolve("assurance-backups"))) {
            backup = backups.filter(p -> p.toString().endsWith(".zip")).findFirst().orElseThrow();
        }
        backupBefore = Files.readAllBytes(backup);
    }

    /** Every option that writes a file, with the extension it must have; OUT marks the file. */
    static Stream<Arguments> everyOutput() {
        return Stream.of(
                Arguments.of("report --out", ".pdf", new String[] {"report", "--year", "2025-26", "--out", "OUT"}),
                Arguments.of("report --html", ".html", new String[] {"report", "--year", "2025-26", "--out", "r.pdf",
                        "--html", "OUT"}),
                Arguments.of("report --annex", ".pdf", new String[] {"report", "--year", "2025-26", "--out", "r.pdf",
                        "--annex", "OUT"}),
                Arguments.of("qbr --out", ".pdf", new String[] {"qbr", "--quarter", "2025-Q2", "--out", "OUT"}),
                Arguments.of("qbr --html", ".html", new String[] {"qbr", "--quarter", "2025-Q2", "--out", "q.pdf",
                        "--html", "OUT"}),
                Arguments.of("diagnostics --out", ".zip", new String[] {"diagnostics", "--out", "OUT"}),
                Arguments.of("backup --out", ".zip", new String[] {"backup", "--out", "OUT"}),
                Arguments.of("export", ".csv", new String[] {"export", "OUT"}),
                Arguments.of("calendar --out", ".ics", new String[] {"calendar", "--out", "OUT"}),
                Arguments.of("dataset export", ".csv", new String[] {"dataset", "export", "OUT"}));
    }

    private TestApp.Run writing(String[] command, Path out) {
        String[] args = Arrays.stream(command).map(a -> a.equals("OUT") ? out.toString()
                : a.endsWith(".pdf") ? dir.resolve(a).toString() : a).toArray(String[]::new);
        return run(Stream.concat(Stream.of("--db", db.toString()), Arrays.stream(args)).toArray(String[]::new));
    }

    private void assertTheDatabaseAndItsBackupAreAsTheyWere() throws Exception {
        TestApp.Run evidence = run("--db", db.toString(), "evidence", "list", "--format", "csv");
        assertThat(evidence.exitCode()).as(evidence.err()).isZero();
        assertThat(evidence.out()).contains(BackedUpDatabase.EVIDENCE);
        assertThat(Arrays.equals(Files.readAllBytes(backup), backupBefore)).as("the backup is unchanged").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOutput")
    void theDatabaseItselfIsRefused(String option, String extension, String[] command) throws Exception {
        TestApp.Run refused = writing(command, db);

        assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(refused.err()).contains("must be saved with a name ending in ", extension, db.toString(),
                "nothing was written");
        assertTheDatabaseAndItsBackupAreAsTheyWere();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOutput")
    void itsLockAndTraceFilesAreRefused(String option, String extension, String[] command) throws Exception {
        for (String companion : new String[] {"assurance.lock.db", "assurance.trace.db"}) {
            TestApp.Run refused = writing(command, dir.resolve(companion));

            assertThat(refused.exitCode()).as(companion).isEqualTo(ExitCode.INVALID_DATA);
            assertThat(dir.resolve(companion)).doesNotExist();
        }
        assertTheDatabaseAndItsBackupAreAsTheyWere();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOutput")
    void nothingIsWrittenInTheBackupsFolderEvenWithTheRightExtension(String option, String extension,
                                                                     String[] command) throws Exception {
        Path into = extension.equals(".zip") ? backup : backup.resolveSibling("copy" + extension);

        TestApp.Run refused = writing(command, into);

        assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(refused.err()).contains("cannot be saved in " + backup.getParent(), "keeps the database's own"
                + " backups", "Nothing was written");
        assertThat(into.equals(backup) || !Files.exists(into)).isTrue();
        assertTheDatabaseAndItsBackupAreAsTheyWere();
    }
}
