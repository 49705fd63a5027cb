package scot.cswo.assurance.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.evidence.Attachment;
import scot.cswo.assurance.domain.problem.StoreUnavailableException;
import scot.cswo.assurance.platform.SharingViolations;

/** Copying an attachment in while a virus scanner or OneDrive holds the new copy for a while. */
class AttachmentsHeldByAnotherProgramTest {
    @TempDir
    Path dir;

    private Path minutes() throws IOException {
        return Files.writeString(dir.resolve("Minutes 12 November.docx"), "the minutes");
    }

    @Test
    void aCopyHeldForAMomentIsKept() throws IOException {
        SharingViolations forAMoment = SharingViolations.forFirst(2);
        FileAttachmentStore store = new FileAttachmentStore(dir.resolve("attachments"), forAMoment.moves());

        Attachment kept = store.keep(minutes());

        assertThat(store.locate(kept)).hasContent("the minutes");
        assertThat(forAMoment.refused()).isEqualTo(2);
    }

    @Test
    void aCopyThatStaysHeldIsRefusedSayingSoAndLeavesNoPartCopy() throws IOException {
        Path folder = dir.resolve("attachments");
        FileAttachmentStore store = new FileAttachmentStore(folder, SharingViolations.always(from -> true).moves());
        Path source = minutes();

        assertThatThrownBy(() -> store.keep(source)).isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("Minutes 12 November.docx")
                .hasMessageContaining("in use by another program");

        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }
}
