package scot.cswo.assurance.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Moves outlast a file held for a moment, and say which of Windows' refusals stopped them. */
class FileMovesTest {
    @TempDir
    Path dir;

    @Test
    void aMoveRefusedForAMomentBySharingViolationsSucceedsOnALaterTry() throws IOException {
        Path from = Files.writeString(dir.resolve("new.partial"), "whole");
        SharingViolations scanner = SharingViolations.forFirst(3);

        scanner.moves().replace(from, dir.resolve("new.txt"));

        assertThat(dir.resolve("new.txt")).hasContent("whole");
        assertThat(from).doesNotExist();
        assertThat(scanner.refused()).isEqualTo(3);
    }

    @Test
    void theTriesPauseLongerEachTimeAndEndAfterAFewSeconds() throws IOException {
        Path from = Files.writeString(dir.resolve("new.partial"), "whole");
        List<Long> pauses = new ArrayList<>();
        FileMoves held = new FileMoves((f, t, o) -> {
            throw SharingViolations.inUse(f);
        }, Files::deleteIfExists, pauses::add);

        assertThatThrownBy(() -> held.replace(from, dir.resolve("new.txt"))).isInstanceOf(FileSystemException.class);

        assertThat(pauses).isSorted().hasSizeGreaterThan(3);
        assertThat(pauses.stream().mapToLong(Long::longValue).sum()).isBetween(2_000L, 6_000L);
        assertThat(from).exists();
    }

    @Test
    void aMissingFileIsNotTriedAgain() {
        List<Long> pauses = new ArrayList<>();
        FileMoves moves = new FileMoves(Files::move, Files::deleteIfExists, pauses::add);

        assertThatThrownBy(() -> moves.replace(dir.resolve("gone"), dir.resolve("there")))
                .isInstanceOf(NoSuchFileException.class);
        assertThat(pauses).isEmpty();
    }

    @Test
    void aReadOnlyOrFullDiskIsNotTriedAgainNorCalledInUse() {
        List<Long> pauses = new ArrayList<>();
        FileSystemException readOnly = new FileSystemException("report.pdf", null, "Read-only file system");
        FileMoves moves = new FileMoves((f, t, o) -> {
            throw readOnly;
        }, Files::deleteIfExists, pauses::add);

        assertThatThrownBy(() -> moves.replace(dir.resolve("a"), dir.resolve("b"))).isSameAs(readOnly);
        assertThat(pauses).isEmpty();
        assertThat(FileMoves.why(readOnly)).contains("Read-only file system").doesNotContain("another program");
    }

    @Test
    void aFileInUseIsToldApartFromAccessRefused() {
        String inUse = FileMoves.why(SharingViolations.inUse(dir.resolve("report.pdf")));
        String denied = FileMoves.why(new AccessDeniedException(dir.resolve("report.pdf").toString()));

        assertThat(inUse).contains("in use by another program", "virus scanner", "OneDrive")
                .doesNotContain("read-only");
        assertThat(denied).contains("access to it was refused", "read-only", "Controlled folder access")
                .doesNotContain("another program");
    }
}
