package scot.cswo.assurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.service.access.Identity;

/**
 * restore checks the same role as the window, in the service: an administrator of the database it
 * replaces, or, when that cannot be opened, an administrator of the backup. Otherwise a viewer
 * could make a database of their own, back it up and restore it over the shared one, making
 * themselves its administrator. Real separate accounts: RealAccountsIT.
 */
class RestoreNeedsAnAdministratorTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);
    private static final Identity ADMINISTRATOR = new Identity("COUNCIL\\tester");
    private static final Identity VIEWER = new Identity("COUNCIL\\viewer1");

    @TempDir
    Path dir;
    private String shared;

    private TestApp.Run as(Identity account, String... args) {
        return new TestApp(dir.resolve("data"), TODAY, account).cli(args);
    }

    @BeforeEach
    void aSharedDatabaseTheViewerMayRead() {
        shared = dir.resolve("shared.mv.db").toString();
        assertThat(as(ADMINISTRATOR, "--db", shared, "init").exitCode()).isZero();
        assertThat(as(ADMINISTRATOR, "--db", shared, "roles", "--grant", VIEWER.account(), "--role", "viewer")
                .exitCode()).isZero();
    }

    /** The viewer's own database, where they are administrator, backed up to mine.zip. */
    private Path theViewersOwnBackup() {
        String mine = dir.resolve("mine.mv.db").toString();
        Path zip = dir.resolve("mine.zip");
        assertThat(as(VIEWER, "--db", mine, "init").exitCode()).isZero();
        assertThat(as(VIEWER, "--db", mine, "backup", "--out", zip.toString()).exitCode()).isZero();
        return zip;
    }

    @Test
    void aViewerCannotPutTheirOwnBackupInPlaceOfTheSharedDatabase() throws Exception {
        Path zip = theViewersOwnBackup();
        String rolesBefore = as(ADMINISTRATOR, "--db", shared, "roles").out();

        TestApp.Run restore = as(VIEWER, "--db", shared, "restore", zip.toString());

        assertThat(restore.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(restore.err().strip()).isEqualTo("Your account COUNCIL\\viewer1 is a Viewer, so it may not restore a"
                + " backup over " + shared + ". An administrator can change your role.");
        assertThat(as(ADMINISTRATOR, "--db", shared, "roles").out()).isEqualTo(rolesBefore);
        assertThat(replacedFiles()).isEmpty();
    }

    @Test
    void whenTheDatabaseCannotBeOpenedOnlyAnAdministratorOfTheBackupMayRestoreIt() throws Exception {
        Path zip = dir.resolve("shared.zip");
        as(ADMINISTRATOR, "--db", shared, "backup", "--out", zip.toString());
        byte[] damaged = Files.readAllBytes(Path.of(shared));
        Arrays.fill(damaged, 0, 8192, (byte) 0x5a);
        Files.write(Path.of(shared), damaged);

        TestApp.Run byTheViewer = as(VIEWER, "--db", shared, "restore", zip.toString());
        byte[] afterTheViewer = Files.readAllBytes(Path.of(shared));
        TestApp.Run byTheAdministrator = as(ADMINISTRATOR, "--db", shared, "restore", zip.toString());

        assertThat(byTheViewer.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(byTheViewer.err()).startsWith("Your account COUNCIL\\viewer1 is a Viewer, so it may not restore"
                + " shared.zip in place of a database that cannot be opened");
        assertThat(Arrays.equals(afterTheViewer, damaged)).as("the viewer changed nothing").isTrue();
        assertThat(byTheAdministrator.exitCode()).as(byTheAdministrator.err()).isZero();
        assertThat(as(VIEWER, "--db", shared, "matrix").exitCode()).isZero();
    }

    private List<String> replacedFiles() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(name -> name.contains("-replaced-")).toList();
        }
    }
}
