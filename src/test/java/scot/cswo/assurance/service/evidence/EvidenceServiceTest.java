package scot.cswo.assurance.service.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.evidence.Conclusion;
import scot.cswo.assurance.domain.evidence.Evidence;
import scot.cswo.assurance.domain.evidence.EvidenceKind;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.testing.Dundee;
import scot.cswo.assurance.testing.TestEngine;

class EvidenceServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);

    @TempDir
    Path dir;
    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Dundee.open(dir, TODAY);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static EvidenceInput input(LocalDate date, String note) {
        return new EvidenceInput(date, note, "JSWMT 14/11", "Joint Social Work Management Team", Conclusion.REASONABLE,
                null, List.of());
    }

    @Test
    void recordedEvidenceKeepsWhatWasEnteredAndWhoRecordedIt() {
        Evidence saved = workspace.evidence().record(new Ref("F3.7"), input(TODAY, "CCPG attended"));

        assertThat(saved.note()).isEqualTo("CCPG attended");
        assertThat(saved.reference()).isEqualTo("JSWMT 14/11");
        assertThat(saved.conclusion()).isEqualTo(Conclusion.REASONABLE);
        assertThat(saved.recordedBy()).isEqualTo("COUNCIL\\tester");
        assertThat(saved.kind()).isEqualTo(EvidenceKind.EVIDENCE);
    }

    @Test
    void aListedRecordNamesEveryRefOfItsMechanism() {
        workspace.evidence().record(new Ref("F7.1"), input(TODAY, "Induction session"));

        assertThat(workspace.evidence().list(Optional.empty(), false).getFirst().refs())
                .containsExactly(new Ref("F3.5"), new Ref("F7.1"));
    }

    @Test
    void aFutureDateAndAnEmptyNoteAreRejectedNamingTheFieldsAndNothingIsSaved() {
        assertThatThrownBy(() -> workspace.evidence().record(new Ref("F3.7"), input(TODAY.plusDays(1), " ")))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems())
                        .extracting(Problem::column).containsExactly(EvidenceField.ACTIVITY_DATE.label(), EvidenceField.WHAT.label()));
        assertThat(workspace.evidence().list(Optional.empty(), true)).isEmpty();
    }

    @Test
    void anUnknownRefIsRejected() {
        assertThatThrownBy(() -> workspace.evidence().record(new Ref("F11.1"), input(TODAY, "x")))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("F11.1");
    }

    @Test
    void aCorrectionKeepsTheEarlierVersionVisible() {
        Evidence first = workspace.evidence().record(new Ref("F3.7"), input(TODAY, "CCPG attended"));

        Evidence corrected = workspace.evidence().correct(first.id(), input(TODAY.minusDays(2), "CCPG attended (20 Nov)"),
                "The meeting was on 20 November");

        assertThat(corrected.replacesId()).isEqualTo(first.id());
        assertThat(workspace.evidence().list(Optional.empty(), true)).extracting(e -> e.evidence().note(),
                e -> e.evidence().current()).containsExactlyInAnyOrder(
                tuple("CCPG attended", false),
                tuple("CCPG attended (20 Nov)", true));
        assertThat(workspace.evidence().list(Optional.empty(), false)).hasSize(1);
    }

    @Test
    void anAlreadyCorrectedRecordCannotBeCorrectedAgain() {
        Evidence first = workspace.evidence().record(new Ref("F3.7"), input(TODAY, "CCPG attended"));
        workspace.evidence().correct(first.id(), input(TODAY, "CCPG attended (corrected)"), "Wording");

        assertThatThrownBy(() -> workspace.evidence().correct(first.id(), input(TODAY, "again"), "Again"))
                .isInstanceOf(RefusedException.class).hasMessageContaining("already been corrected");
    }

    @Test
    void attachmentsAreCopiedUnderGeneratedNamesKeepingTheOriginalNameForDisplay() throws Exception {
        Path file = Files.writeString(dir.resolve("Minute of JSWMT.docx"), "minute");

        Evidence saved = workspace.evidence().record(new Ref("F3.7"), new EvidenceInput(TODAY, "With minute", null, null,
                null, null, List.of(file)));

        var attachment = saved.attachments().getFirst();
        assertThat(attachment.originalName()).isEqualTo("Minute of JSWMT.docx");
        assertThat(attachment.storedName()).matches("[0-9a-f-]{36}\\.docx");
        Path kept = workspace.evidence().attachmentFile(attachment);
        assertThat(kept).hasContent("minute");
        // Beside the file on one PC; from the shared database, a local copy for opening.
        assertThat(kept.getParent()).isEqualTo(TestEngine.postgres() ? dir.resolve("data/attachments-cache")
                : dir.resolve("assurance-attachments"));
    }

    @Test
    void notApplicableIsRefusedForAnEventDrivenMechanism() {
        assertThatThrownBy(() -> workspace.evidence().notApplicable(new Ref("F1.1"), TODAY, "n/a"))
                .isInstanceOf(RefusedException.class).hasMessageContaining("no periods");
    }

    @Test
    void aNothingToReportReturnIsFiledAgainstTheQuarterAndOnlyOnce() {
        Evidence saved = workspace.evidence().nothingToReport(new Ref("F5.3"), LocalDate.of(2025, 8, 14));

        assertThat(saved.date()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThatThrownBy(() -> workspace.evidence().nothingToReport(new Ref("F5.3"), LocalDate.of(2025, 7, 1)))
                .isInstanceOf(RefusedException.class).hasMessageContaining("quarter ending 30/09/2025 is already recorded");
    }

    @Test
    void aNothingToReportReturnIsNotForAQuarterStillToCome() {
        assertThatThrownBy(() -> workspace.evidence().nothingToReport(new Ref("F5.3"), LocalDate.of(2099, 3, 31)))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems())
                        .extracting(Problem::message).anyMatch(m -> m.contains("that quarter has not started")));
        assertThat(workspace.evidence().list(Optional.of(new Ref("F5.3")), true)).isEmpty();
    }

    @Test
    void aNothingToReportReturnIsOnlyForEventDrivenMechanisms() {
        assertThatThrownBy(() -> workspace.evidence().nothingToReport(new Ref("F1.5"), TODAY))
                .isInstanceOf(RefusedException.class).hasMessageContaining("event-driven");
    }
}
