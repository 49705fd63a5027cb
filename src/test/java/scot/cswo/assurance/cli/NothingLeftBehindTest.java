package scot.cswo.assurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.app.TestApp;

/**
 * Nothing the user did not ask for is left behind: a mistyped --db gets no new empty database from
 * import (only init creates one), and every file the app writes has the account's default
 * permissions, as a file any program saves there would, whatever the permissions of its source.
 */
class NothingLeftBehindTest {
    @TempDir
    Path dir;

    private TestApp.Run run(String... args) {
        return new TestApp(dir.resolve("data"), LocalDate.of(2025, 11, 22)).cli(args);
    }

    @Test
    void importAndItsDryRunOnAMistypedDatabaseCreateNothing() throws Exception {
        Path csv = Files.writeString(dir.resolve("matrix.csv"), "Function,Function title,Assurance mechanism,Lead,"
                + "Frequency\n1,Advice,Membership of IJB,Jane Martin,2 monthly\n");
        Path typo = dir.resolve("assurnace.mv.db");

        TestApp.Run dryRun = run("--db", typo.toString(), "import", csv.toString(), "--dry-run");
        TestApp.Run imported = run("--db", typo.toString(), "import", csv.toString());

        for (TestApp.Run refused : new TestApp.Run[] {dryRun, imported}) {
            assertThat(refused.exitCode()).isEqualTo(ExitCode.DATABASE_UNAVAILABLE);
            assertThat(refused.err()).startsWith("There is no database at " + typo + ". Create one with:");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("assurnace"));
        }
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "Windows files take their folder's permissions")
    void everyFileTheAppWritesHasTheAccountsDefaultPermissions() throws Exception {
        String db = dir.resolve("assurance.mv.db").toString();
        run("--db", db, "init");
        Path source = Files.writeString(dir.resolve("minute.pdf"), "the minute");
        Files.setPosixFilePermissions(source, PosixFilePermissions.fromString("rw-r-----"));
        Path out = Files.createDirectory(dir.resolve("out"));
        run("--db", db, "evidence", "add", "--ref", "F1.3", "--date", "2025-11-20", "--note", "Minute", "--attach",
                source.toString());
        run("--db", db, "report", "--year", "2025-26", "--out", out.resolve("report.pdf").toString(), "--html",
                out.resolve("report.html").toString());
        run("--db", db, "qbr", "--quarter", "2025-Q2", "--out", out.resolve("qbr.pdf").toString());
        run("--db", db, "export", out.resolve("matrix.csv").toString());
        run("--db", db, "calendar", "--out", out.resolve("due.ics").toString());
        run("--db", db, "dataset", "export", out.resolve("dataset.csv").toString());
        run("--db", db, "diagnostics", "--out", out.resolve("diagnostics.zip").toString());
        run("--db", db, "backup", "--out", out.resolve("backup.zip").toString());
        Set<PosixFilePermission> defaults = Files.getPosixFilePermissions(Files.createFile(out.resolve("any")));

        try (Stream<Path> written = Stream.concat(Files.list(out), Files.list(dir.resolve("assurance-attachments")))) {
            assertThat(written.toList()).hasSize(10).allSatisfy(file -> assertThat(Files.getPosixFilePermissions(file))
                    .as(file.toString()).isEqualTo(defaults));
        }
    }
}
