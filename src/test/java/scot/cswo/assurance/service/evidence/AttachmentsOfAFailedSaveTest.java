package scot.cswo.assurance.service.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.evidence.Evidence;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.testing.Dundee;

/**
 * An attachment is copied in before the record that points to it is saved; if the save then fails,
 * the copy is removed, so the attachments folder holds nothing no record points to. Embedded H2:
 * it looks at the folder.
 */
@Tag("embedded")
class AttachmentsOfAFailedSaveTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);
    private static final Ref REF = new Ref("F1.3");

    @TempDir
    Path dir;

    private EvidenceInput input(String note, Path... attachments) {
        return new EvidenceInput(TODAY, note, null, null, null, null, List.of(attachments));
    }

    @Test
    void aCorrectionRefusedAfterItsAttachmentWasCopiedLeavesNoCopyBehind() throws Exception {
        Path minute = Files.writeString(dir.resolve("minute.pdf"), "the minute");
        Path late = Files.writeString(dir.resolve("late.pdf"), "came too late");
        try (Workspace workspace = Dundee.open(dir.resolve("app"), TODAY)) {
            Evidence first = workspace.evidence().record(REF, input("IJB minute", minute));
            workspace.evidence().correct(first.id(), input("IJB minute, corrected"), "Wrong wording");

            assertThatThrownBy(() -> workspace.evidence().correct(first.id(), input("Corrected again", late), "Again"))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("already been corrected");
        }
        List<Path> kept;
        try (Stream<Path> files = Files.list(dir.resolve("app/assurance-attachments"))) {
            kept = files.toList();
        }
        assertThat(kept).singleElement().satisfies(copy -> assertThat(copy).hasContent("the minute"));
    }
}
