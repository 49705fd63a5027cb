package scot.cswo.assurance.service.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.access.NotAllowedException;
import scot.cswo.assurance.domain.evidence.Conclusion;
import scot.cswo.assurance.domain.evidence.Evidence;
import scot.cswo.assurance.domain.history.HistoryEntry;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.service.access.Identity;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.evidence.EvidenceService.Shown;
import scot.cswo.assurance.testing.Dundee;

/**
 * Mistakes can be put right: a record is corrected or withdrawn, each with a reason, by whoever may
 * record evidence for its mechanism; the history keeps the old and new values, and a withdrawn
 * record counts for nothing. Today is 22 November 2025.
 */
class CorrectingEvidenceTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);
    private static final Ref CCPG = new Ref("F3.7");

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

    private static EvidenceInput input(LocalDate date, String note, String reference) {
        return new EvidenceInput(date, note, reference, null, null, null, List.of());
    }

    private Status status(String ref, LocalDate asOf) {
        var board = workspace.status().board(asOf);
        return board.status(board.matrix().row(new Ref(ref)).orElseThrow()).status();
    }

    private List<HistoryEntry> history(String field) {
        return workspace.history().log(TODAY.minusDays(1), "").stream().filter(e -> e.field().equals(field)).toList();
    }

    @Test
    void aCorrectionSaysWhyAndTheHistoryHoldsTheOldAndNewValues() {
        Evidence typo = workspace.evidence().record(CCPG, input(LocalDate.of(2025, 11, 2), "CCPG attened", "CCPG 21"));

        Evidence corrected = workspace.evidence().correct(typo.id(), new EvidenceInput(LocalDate.of(2025, 11, 12),
                "CCPG attended", "CCPG 21/11", null, Conclusion.REASONABLE, null, List.of()), "Date and minute mistyped");

        assertThat(corrected.correctionReason()).isEqualTo("Date and minute mistyped");
        assertThat(history("corrected")).singleElement().extracting(HistoryEntry::newValue)
                .isEqualTo("Date and minute mistyped");
        assertThat(history("activity date")).extracting(HistoryEntry::oldValue, HistoryEntry::newValue)
                .containsExactly(tuple("02/11/2025", "12/11/2025"));
        assertThat(history("what")).extracting(HistoryEntry::oldValue, HistoryEntry::newValue)
                .containsExactly(tuple("CCPG attened", "CCPG attended"));
        assertThat(history("reference")).extracting(HistoryEntry::newValue).containsExactly("CCPG 21/11");
        assertThat(history("conclusion")).extracting(HistoryEntry::newValue).containsExactly("Reasonable assurance");
    }

    @Test
    void aCorrectionWithoutAReasonIsRefusedBesideTheReasonAndChangesNothing() {
        Evidence first = workspace.evidence().record(CCPG, input(TODAY, "CCPG attended", null));

        assertThatThrownBy(() -> workspace.evidence().correct(first.id(), input(TODAY, "CCPG attended (am)", null), " "))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems())
                        .extracting(Problem::column).containsExactly(EvidenceField.REASON.label()));
        assertThat(workspace.evidence().list(Optional.empty(), true)).singleElement()
                .satisfies(e -> assertThat(e.evidence().current()).isTrue());
    }

    @Test
    void aWithdrawnRecordStopsCountingAndIsListedOnlyAmongTheWithdrawn() {
        Evidence wrong = workspace.evidence().record(new Ref("F1.5"), input(LocalDate.of(2025, 9, 10),
                "Chairs' meeting", null));
        assertThat(status("F1.5", LocalDate.of(2025, 10, 5))).isEqualTo(Status.ON_TRACK);

        workspace.evidence().withdraw(wrong.id(), "Recorded against the wrong mechanism");

        assertThat(status("F1.5", LocalDate.of(2025, 10, 5))).isEqualTo(Status.OVERDUE);
        assertThat(workspace.evidence().list(TODAY, Optional.empty(), Shown.CURRENT)).isEmpty();
        assertThat(workspace.evidence().list(TODAY, Optional.empty(), Shown.WITHDRAWN)).singleElement()
                .satisfies(e -> {
                    assertThat(e.evidence().withdrawn()).isTrue();
                    assertThat(e.evidence().withdrawnReason()).isEqualTo("Recorded against the wrong mechanism");
                });
        assertThat(history("withdrawn")).singleElement().satisfies(h -> {
            assertThat(h.oldValue()).isEqualTo("Evidence of 10/09/2025: Chairs' meeting");
            assertThat(h.newValue()).isEqualTo("Recorded against the wrong mechanism");
        });
    }

    @Test
    void aNotApplicableRecordCanBeCorrectedInItsPeriodAndReason() {
        Evidence mark = workspace.evidence().notApplicable(new Ref("F1.5"), LocalDate.of(2025, 8, 1), "No meeting");

        Evidence corrected = workspace.evidence().correct(mark.id(), input(LocalDate.of(2025, 5, 1),
                "Chairs' meeting stood down during the inspection", null), "Wrong quarter marked");

        assertThat(corrected.date()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(corrected.note()).isEqualTo("Chairs' meeting stood down during the inspection");
        assertThat(status("F1.5", LocalDate.of(2025, 7, 5))).isEqualTo(Status.ON_TRACK);
        assertThat(status("F1.5", LocalDate.of(2025, 10, 5))).isEqualTo(Status.OVERDUE);
    }

    @Test
    void aNothingToReportReturnIsWithdrawnNotCorrected() {
        Evidence nothing = workspace.evidence().nothingToReport(new Ref("F5.3"), LocalDate.of(2025, 8, 1));

        assertThatThrownBy(() -> workspace.evidence().correct(nothing.id(), input(LocalDate.of(2025, 5, 1), "", null),
                "Wrong quarter")).isInstanceOf(RefusedException.class).hasMessageContaining("withdraw it");

        workspace.evidence().withdraw(nothing.id(), "Wrong quarter");
        assertThat(workspace.evidence().list(TODAY, Optional.empty(), Shown.CURRENT)).isEmpty();
    }

    @Test
    void anUnknownOrAlreadyWithdrawnRecordIsRefusedWithOneSentence() {
        Evidence first = workspace.evidence().record(CCPG, input(TODAY, "CCPG attended", null));
        workspace.evidence().withdraw(first.id(), "Duplicate");

        assertThatThrownBy(() -> workspace.evidence().withdraw(first.id(), "Again"))
                .isInstanceOf(RefusedException.class).hasMessageContaining("was withdrawn (Duplicate), so it cannot be changed");
        assertThatThrownBy(() -> workspace.evidence().withdraw(987_654, "Why"))
                .isInstanceOf(RefusedException.class).hasMessage("There is no evidence record 987654.");
    }

    @Test
    void onlySomeoneWhoMayRecordEvidenceForTheMechanismMayCorrectOrWithdrawIt() {
        Evidence record = workspace.evidence().record(CCPG, input(TODAY, "CCPG attended", null));
        workspace.close();
        workspace = Dundee.open(dir, TODAY, new Identity("COUNCIL\\visitor"));

        assertThatThrownBy(() -> workspace.evidence().withdraw(record.id(), "Not mine"))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> workspace.evidence().correct(record.id(), input(TODAY, "Changed", null), "Mine now"))
                .isInstanceOf(NotAllowedException.class);
        assertThat(workspace.evidence().list(Optional.empty(), true)).singleElement()
                .satisfies(e -> assertThat(e.evidence().current()).isTrue());
    }
}
