package scot.cswo.assurance.service.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.access.ConflictException;
import scot.cswo.assurance.domain.access.NotAllowedException;
import scot.cswo.assurance.domain.action.ActionProgress;
import scot.cswo.assurance.domain.action.ActionSource;
import scot.cswo.assurance.domain.action.ImprovementAction;
import scot.cswo.assurance.domain.action.TrackedAction;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.service.access.Identity;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.testing.Dundee;

/** The improvement action tracker, on a real database. */
class ActionServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);
    private static final Identity OFFICE = new Identity("COUNCIL\\cswo-office");

    @TempDir
    Path dir;

    private static ImprovementAction action(LocalDate target, ActionProgress progress) {
        return new ImprovementAction("Agree a workforce plan for newly qualified social workers",
                ActionSource.STAFF_HEALTH_CHECK, "Glyn Lloyd", target, progress);
    }

    @Test
    void theAuditScotlandTemplateAddsThirteenRecommendationsEachWithDundeesResponseAsItsFirstNote() {
        try (Workspace workspace = Dundee.open(dir, TODAY, OFFICE)) {
            List<TrackedAction> added = workspace.actions().addAuditScotland2016();

            assertThat(added).hasSize(13).allSatisfy(a -> {
                assertThat(a.action().source()).isEqualTo(ActionSource.AUDIT_SCOTLAND);
                assertThat(a.notes()).singleElement().satisfies(n -> assertThat(n.text())
                        .startsWith("Dundee City Council's response"));
            });
            assertThat(added.getFirst().action().title()).startsWith("Instigate a frank and wide ranging debate");
            assertThat(added.getLast().sourceRef()).endsWith("recommendation 13");
            assertThat(workspace.actions().list()).hasSize(13);
        }
    }

    @Test
    void theTemplatesFirstNotesAreDatedWhenDundeeResponded() {
        try (Workspace workspace = Dundee.open(dir, TODAY, OFFICE)) {
            List<TrackedAction> added = workspace.actions().addAuditScotland2016();

            assertThat(added).allSatisfy(a -> assertThat(a.notes().getFirst().date())
                    .isEqualTo(LocalDate.of(2018, 9, 24)));
        }
    }

    @Test
    void theTemplatesActionsHaveNoLeadOrDateSoTheyAreNotScheduledRatherThanOnTrack() {
        try (Workspace workspace = Dundee.open(dir, TODAY, OFFICE)) {
            workspace.actions().addAuditScotland2016();

            assertThat(workspace.actions().lines()).extracting(ActionService.ActionLine::status)
                    .containsOnly(Status.NOT_SCHEDULED);
        }
    }

    @Test
    void aDocumentSeesTheActionsAsTheyStoodAtItsDate() {
        try (Workspace may = Dundee.open(dir, LocalDate.of(2025, 5, 1), OFFICE)) {
            may.actions().add(action(LocalDate.of(2025, 6, 30), ActionProgress.ON_TRACK), "");
        }
        try (Workspace august = Dundee.open(dir, LocalDate.of(2025, 8, 1), OFFICE)) {
            TrackedAction read = august.actions().list().getFirst();
            august.actions().update(read.id(), read.version(), action(LocalDate.of(2025, 6, 30), ActionProgress.COMPLETE));

            assertThat(august.actions().linesAsAt(LocalDate.of(2025, 4, 30))).isEmpty();
            assertThat(august.actions().linesAsAt(LocalDate.of(2025, 5, 31))).singleElement().satisfies(l -> {
                assertThat(l.tracked().action().progress()).isEqualTo(ActionProgress.ON_TRACK);
                assertThat(l.status()).isEqualTo(Status.ON_TRACK);
            });
            assertThat(august.actions().linesAsAt(LocalDate.of(2025, 7, 15))).singleElement()
                    .satisfies(l -> assertThat(l.status()).isEqualTo(Status.OVERDUE));
            assertThat(august.actions().linesAsAt(LocalDate.of(2025, 8, 1))).singleElement()
                    .satisfies(l -> assertThat(l.status()).isEqualTo(Status.COMPLETE));
        }
    }

    @Test
    void aProgressNoteIsCorrectedOrWithdrawnWithAReasonAndTheHistoryKeepsTheOldText() {
        try (Workspace workspace = Dundee.open(dir, TODAY, OFFICE)) {
            TrackedAction action = workspace.actions().add(action(TODAY.plusMonths(3), ActionProgress.ON_TRACK), "");
            action = workspace.actions().addNote(action.id(), TODAY, "Plan drafed", "");
            long noteId = action.notes().getFirst().id();

            assertThatThrownBy(() -> workspace.actions().correctNote(noteId, TODAY, "Plan drafted", "", " "))
                    .isInstanceOf(InvalidDataException.class).hasMessageContaining("Say why the note is corrected");
            TrackedAction corrected = workspace.actions().correctNote(noteId, TODAY.minusDays(1), "Plan drafted",
                    "Team minute 21/11", "Typing slip");
            assertThat(corrected.notes()).singleElement().satisfies(n -> {
                assertThat(n.text()).isEqualTo("Plan drafted");
                assertThat(n.date()).isEqualTo(TODAY.minusDays(1));
            });
            assertThat(workspace.history().log(TODAY.minusDays(1), "Typing slip")).singleElement()
                    .satisfies(h -> assertThat(h.oldValue()).isEqualTo("22/11/2025: Plan drafed"));

            TrackedAction withdrawn = workspace.actions().withdrawNote(corrected.notes().getFirst().id(),
                    "Belongs to another action");
            assertThat(withdrawn.notes()).isEmpty();
            assertThatThrownBy(() -> workspace.actions().withdrawNote(noteId, "Again"))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("already been corrected or withdrawn");
        }
    }

    @Test
    void theTemplateIsNeverAddedTwice() {
        try (Workspace workspace = Dundee.open(dir, TODAY, OFFICE)) {
            workspace.actions().addAuditScotland2016();

            assertThatThrownBy(() -> workspace.actions().addAuditScotland2016()).isInstanceOf(RefusedException.class)
                    .hasMessageContaining("already in the tracker");
            assertThat(workspace.actions().list()).hasSize(13);
        }
    }

    @Test
    void anOpenActionPastItsTargetDateIsOverdueAndACompleteOneIsComplete() {
        try (Workspace workspace = Dundee.open(dir, TODAY, OFFICE)) {
            TrackedAction late = workspace.actions().add(action(TODAY.minusDays(1), ActionProgress.AT_RISK), "");
            TrackedAction done = workspace.actions().add(action(TODAY.minusDays(1), ActionProgress.COMPLETE), "");

            assertThat(workspace.actions().status(late)).isEqualTo(Status.OVERDUE);
            assertThat(workspace.actions().status(done)).isEqualTo(Status.COMPLETE);
        }
    }

    @Test
    void aChangeMadeOnAnOutOfDateCopyIsRefusedAndTheOtherChangeKept() {
        try (Workspace workspace = Dundee.open(dir, TODAY, OFFICE)) {
            TrackedAction read = workspace.actions().add(action(TODAY.plusMonths(3), ActionProgress.NOT_STARTED), "");
            workspace.actions().update(read.id(), read.version(), action(TODAY.plusMonths(3), ActionProgress.ON_TRACK));

            assertThatThrownBy(() -> workspace.actions().update(read.id(), read.version(),
                    action(TODAY.plusMonths(6), ActionProgress.NOT_STARTED)))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("COUNCIL\\cswo-office");
            assertThat(workspace.actions().list().getFirst().action().progress()).isEqualTo(ActionProgress.ON_TRACK);
        }
    }

    @Test
    void progressNotesAreKeptInDateOrder() {
        try (Workspace workspace = Dundee.open(dir, TODAY, OFFICE)) {
            long id = workspace.actions().add(action(null, ActionProgress.ON_TRACK), "").id();
            workspace.actions().addNote(id, TODAY, "Draft plan to the Joint SW MTM", "JSWMT minute 14/11/2025, item 6");
            workspace.actions().addNote(id, TODAY.minusMonths(1), "Scoping meeting held", "");

            assertThat(workspace.actions().list().getFirst().notes()).extracting(n -> n.text())
                    .containsExactly("Scoping meeting held", "Draft plan to the Joint SW MTM");
        }
    }

    @Test
    void aNoteSaysWhereItsEvidenceIs() {
        try (Workspace workspace = Dundee.open(dir, TODAY, OFFICE)) {
            long id = workspace.actions().add(action(null, ActionProgress.ON_TRACK), "").id();

            workspace.actions().addNote(id, TODAY, "Plan agreed", " JSWMT minute 14/11/2025, item 6 ");

            assertThat(workspace.actions().list().getFirst().notes()).singleElement()
                    .satisfies(n -> assertThat(n.evidence()).isEqualTo("JSWMT minute 14/11/2025, item 6"));
        }
    }

    @Test
    void aNoteDatedInTheFutureOrWithoutTextIsRefusedAndNothingIsSaved() {
        try (Workspace workspace = Dundee.open(dir, TODAY, OFFICE)) {
            long id = workspace.actions().add(action(null, ActionProgress.ON_TRACK), "").id();

            assertThatThrownBy(() -> workspace.actions().addNote(id, TODAY.plusDays(1), "Planned", ""))
                    .isInstanceOf(InvalidDataException.class).hasMessageContaining("today or earlier");
            assertThatThrownBy(() -> workspace.actions().addNote(id, TODAY, " ", ""))
                    .isInstanceOf(InvalidDataException.class).hasMessageContaining("needs some text");
            assertThat(workspace.actions().list().getFirst().notes()).isEmpty();
        }
    }

    @Test
    void everyChangeIsInTheChangeHistory() {
        try (Workspace workspace = Dundee.open(dir, TODAY, OFFICE)) {
            TrackedAction added = workspace.actions().add(action(TODAY, ActionProgress.NOT_STARTED), "Inspection 2025");
            workspace.actions().update(added.id(), added.version(), action(TODAY, ActionProgress.ON_TRACK));

            assertThat(workspace.history().log(null, null)).filteredOn(e -> e.entity().equals("action"))
                    .extracting(e -> e.field()).contains("added", "progress")
                    .hasSize(2);
        }
    }

    @Test
    void anActionRaisedFromAnOverdueRowIsLedByItsFirstLeadAndDueInFourWeeks() {
        try (Workspace workspace = Dundee.open(dir, TODAY, OFFICE)) {
            MatrixRow row = workspace.matrix().matrix().row(new Ref("F1.6")).orElseThrow();

            TrackedAction raised = workspace.actions().raiseFrom(row, "No evidence for October 2025");

            assertThat(raised.action().source()).isEqualTo(ActionSource.MATRIX_EXCEPTION);
            assertThat(raised.sourceRef()).isEqualTo("F1.6");
            assertThat(raised.action().lead()).isEqualTo("Jane Martin");
            assertThat(raised.action().targetDate()).isEqualTo(TODAY.plusWeeks(4));
            assertThat(raised.action().title()).contains("F1.6", "No evidence for October 2025");
        }
    }

    @Test
    void aSecondActionFromTheSameRowIsRefusedWhileTheFirstIsOpen() {
        try (Workspace workspace = Dundee.open(dir, TODAY, OFFICE)) {
            MatrixRow row = workspace.matrix().matrix().row(new Ref("F1.6")).orElseThrow();
            TrackedAction first = workspace.actions().raiseFrom(row, "Missed");

            assertThatThrownBy(() -> workspace.actions().raiseFrom(row, "Missed"))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("still open");
            workspace.actions().update(first.id(), first.version(), new ImprovementAction(first.action().title(),
                    first.action().source(), first.action().lead(), first.action().targetDate(),
                    ActionProgress.COMPLETE));
            assertThat(workspace.actions().raiseFrom(row, "Missed again").sourceRef()).isEqualTo("F1.6");
        }
    }

    @Test
    void someoneWithoutAnEditingRoleCannotChangeTheTracker() {
        try (Workspace office = Dundee.open(dir, TODAY, OFFICE)) {
            office.actions().add(action(null, ActionProgress.ON_TRACK), "");
        }
        try (Workspace viewer = Dundee.open(dir, TODAY, new Identity("COUNCIL\\visitor"))) {
            assertThatThrownBy(() -> viewer.actions().add(action(null, ActionProgress.ON_TRACK), ""))
                    .isInstanceOf(NotAllowedException.class);
            assertThat(viewer.actions().list()).hasSize(1);
        }
    }
}
