package scot.cswo.assurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scot.cswo.assurance.app.TestApp;

/**
 * How many backups are kept comes from backups.properties beside them: a value below 1 (or not a
 * number) is refused with a sentence and deletes nothing, and the backup just taken is never
 * deleted, whatever else the folder holds.
 */
class BackupsKeptTest {
    @TempDir
    Path dir;
    private Path db;
    private Path folder;

    private TestApp.Run on(LocalDate day, String... args) {
        return new TestApp(dir.resolve("data"), day).cli(Stream.concat(Stream.of("--db", db.toString()),
                Stream.of(args)).toArray(String[]::new));
    }

    @BeforeEach
    void threeDaysOfBackups() {
        db = dir.resolve("assurance.mv.db");
        folder = dir.resolve("assurance-backups");
        on(LocalDate.of(2025, 11, 20), "init");
        for (int day = 20; day <= 22; day++) {
            assertThat(on(LocalDate.of(2025, 11, day), "backup").exitCode()).isZero();
        }
    }

    private List<String> backups() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".zip")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "keep={0}")
    @ValueSource(strings = {"0", "-1", "none", "366"})
    void aValueThatKeepsNoneOrIsNotANumberIsRefusedAndDeletesNothing(String keep) throws Exception {
        Files.writeString(folder.resolve("backups.properties"), "keep=" + keep + "\n");

        TestApp.Run backup = on(LocalDate.of(2025, 11, 23), "backup");

        assertThat(backup.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(backup.err().strip()).startsWith("Backed up to " + folder.resolve("assurance-20251123-120000"
                + "-manual.zip") + ", but no old backup was removed: " + folder.resolve("backups.properties")
                + " says keep=" + keep + ", and it must be a whole number from 1 to 365.");
        assertThat(backups()).hasSize(4);
    }

    @Test
    void theBackupJustTakenIsKeptEvenWhenAnotherIsDatedLater() throws Exception {
        Files.writeString(folder.resolve("backups.properties"), "keep=1\n");
        Files.copy(folder.resolve("assurance-20251122-120000-manual.zip"),
                folder.resolve("assurance-20301231-120000-manual.zip"));

        TestApp.Run backup = on(LocalDate.of(2025, 11, 23), "backup");

        assertThat(backup.exitCode()).as(backup.err()).isZero();
        assertThat(backups()).containsExactly("assurance-20251123-120000-manual.zip",
                "assurance-20301231-120000-manual.zip");
    }
}
