package scot.cswo.assurance.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Backup names on a file system that, like NTFS, ignores case (a Windows file system in memory):
 * a database opened as "assurance" owns the backups made when it was opened as "Assurance".
 */
class BackupNamesOnWindowsTest {
    private final FileSystem windows = Jimfs.newFileSystem(Configuration.windows());

    @AfterEach
    void closeIt() throws IOException {
        windows.close();
    }

    private Path backupIn(Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        return Files.write(folder.resolve(name), new byte[] {1, 2, 3});
    }

    @Test
    void backupsMadeUnderAnotherCaseOfTheNameAreListedAndKeptInTurn() throws IOException {
        Path folder = windows.getPath("C:\\Users\\jsmith\\AppData\\Local\\CSWO Assurance\\Assurance-backups");
        backupIn(folder, "Assurance-20261201-170000-daily.zip");
        backupIn(folder, "Assurance-20261202-170000-DAILY.zip");
        Path newest = backupIn(folder, "assurance-20261203-170000-manual.zip");
        Backups backups = new Backups(DatabaseLocation.of(
                windows.getPath("C:\\Users\\jsmith\\AppData\\Local\\CSWO Assurance\\assurance.mv.db")));

        List<Backups.Backup> listed = backups.list();
        backups.keepNewest(2, newest);

        assertThat(listed).extracting(Backups.Backup::reason).containsExactly("manual", "daily", "daily");
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("Assurance-20261202-170000-DAILY.zip", "assurance-20261203-170000-manual.zip");
        }
    }

    @Test
    void anotherDatabaseWhoseNameStartsTheSameIsNotCounted() throws IOException {
        Path folder = windows.getPath("C:\\Data\\assurance-backups");
        backupIn(folder, "assurance-2-20261201-170000-daily.zip");
        backupIn(folder, "ASSURANCE-20261202-170000-daily.zip");

        List<Backups.Backup> listed = new Backups(DatabaseLocation.of(windows.getPath("C:\\Data\\assurance.mv.db")))
                .list();

        assertThat(listed).singleElement().satisfies(b -> assertThat(b.file().getFileName().toString())
                .isEqualTo("ASSURANCE-20261202-170000-daily.zip"));
    }
}
