package scot.cswo.assurance.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.evidence.Evidence;
import scot.cswo.assurance.domain.problem.StoreUnavailableException;
import scot.cswo.assurance.service.backup.BackupService;
import scot.cswo.assurance.service.evidence.EvidenceInput;
import scot.cswo.assurance.testing.Dundee;
import scot.cswo.assurance.testing.EvidenceWriter;

/**
 * A disk that fills up, and a folder that turns read-only: a clear message, edits refused, no
 * acknowledged record lost, backups intact. Needs a small volume of its own (a tmpfs mount, so
 * Linux and root); elsewhere it is skipped and says why. Embedded H2 only.
 */
@Tag("embedded")
class DiskProblemsTest {
    @TempDir
    Path dir;
    private Path volume;

    @BeforeEach
    void mountSmallVolume() throws Exception {
        volume = Files.createDirectories(dir.resolve("volume"));
        int code = command("mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", volume.toString());
        Assumptions.assumeTrue(code == 0, "skipped: a small volume cannot be mounted here (needs Linux and root)");
    }

    @AfterEach
    void unmount() throws Exception {
        if (volume != null) {
            command("umount", "-l", volume.toString());
        }
    }

    @Test
    void aFullDiskRefusesTheSaveClearlyAndLosesNothingAlreadySaved() throws Exception {
        List<String> saved = new ArrayList<>();
        Path backup = null;
        Throwable refusal = null;
        try (Workspace workspace = Dundee.open(volume, EvidenceWriter.TODAY)) {
            backup = workspace.backups().orElseThrow().backupNow().file();
            fillAllBut(256 * 1024);
            for (int i = 1; i <= 5_000 && refusal == null; i++) {
                EvidenceInput item = EvidenceWriter.item(1, i);
                try {
                    workspace.evidence().record(EvidenceWriter.REF, new EvidenceInput(item.date(), item.note() + " "
                            + "x".repeat(3_500), item.reference(), item.forum(), item.conclusion(), item.providedBy(),
                            List.of()));
                    saved.add(item.reference());
                } catch (StoreUnavailableException e) {
                    refusal = e;
                }
            }
        } catch (StoreUnavailableException closingOnAFullDisk) {
            // Closing may also fail to write; what matters is what was saved before.
        }

        assertThat(refusal).as("the disk filled up").isNotNull();
        assertThat(refusal.getMessage()).contains("nothing was saved", "disk");
        assertThat(backup).as("the backup taken before the disk filled").isNotNull().exists();
        Files.deleteIfExists(volume.resolve("filler"));
        try (Workspace reopened = Dundee.open(volume, EvidenceWriter.TODAY)) {
            List<String> there = reopened.evidence().list(Optional.of(EvidenceWriter.REF), true).stream()
                    .map(e -> e.evidence()).map(Evidence::reference).toList();
            assertThat(there).containsAll(saved);
            BackupService backups = reopened.backups().orElseThrow();
            assertThat(backups.list()).isNotEmpty();
            assertThat(backups.check(backups.list().getLast().file()).framework()).contains("Governance Framework");
        }
        assertThat(saved).isNotEmpty();
    }

    @Test
    void aReadOnlyFolderRefusesEditsClearlyAndKeepsTheData() throws Exception {
        try (Workspace workspace = Dundee.open(volume, EvidenceWriter.TODAY)) {
            workspace.evidence().record(EvidenceWriter.REF, EvidenceWriter.item(1, 1));
        }
        assertThat(command("mount", "-o", "remount,ro", volume.toString())).isZero();

        try (Workspace readOnly = Dundee.open(volume, EvidenceWriter.TODAY)) {
            assertThat(readOnly.evidence().list(Optional.empty(), false)).hasSize(1);
            assertThatThrownBy(() -> readOnly.evidence().record(EvidenceWriter.REF, EvidenceWriter.item(1, 2)))
                    .isInstanceOf(StoreUnavailableException.class).hasMessageContaining("nothing was saved");
        } catch (StoreUnavailableException refusedToOpen) {
            assertThat(refusedToOpen.getMessage()).contains("cannot be opened");
        }
        assertThat(command("mount", "-o", "remount,rw", volume.toString())).isZero();
        try (Workspace again = Dundee.open(volume, EvidenceWriter.TODAY)) {
            assertThat(again.evidence().list(Optional.empty(), false)).hasSize(1);
        }
    }

    /** Leaves only {@code free} bytes on the volume. */
    private void fillAllBut(long free) throws IOException {
        long available = Files.getFileStore(volume).getUsableSpace();
        byte[] block = new byte[64 * 1024];
        try (var out = Files.newOutputStream(volume.resolve("filler"))) {
            for (long written = 0; written + block.length < available - free; written += block.length) {
                out.write(block);
            }
        }
    }

    private static int command(String... args) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }
}
