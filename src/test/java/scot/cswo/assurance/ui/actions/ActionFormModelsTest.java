package scot.cswo.assurance.ui.actions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.action.ActionField;
import scot.cswo.assurance.domain.action.ActionNote;
import scot.cswo.assurance.domain.action.ActionNoteField;
import scot.cswo.assurance.domain.action.ActionProgress;
import scot.cswo.assurance.domain.action.ActionSource;
import scot.cswo.assurance.domain.action.ImprovementAction;
import scot.cswo.assurance.domain.action.TrackedAction;
import scot.cswo.assurance.ui.OpenState;
import scot.cswo.assurance.ui.Outcome;
import scot.cswo.assurance.ui.ViewModelTest;
import scot.cswo.assurance.ui.ReasonFormModel;
import scot.cswo.assurance.ui.RecordingDialogs;

/** An improvement action and its progress notes through their forms' view-models, with no window. */
class ActionFormModelsTest extends ViewModelTest {

    private TrackedAction tracked() {
        return open.workspace().actions().add(new ImprovementAction("Review the use of agency staff",
                ActionSource.OTHER, "Jane Martin", OpenState.TODAY.plusMonths(2), ActionProgress.NOT_STARTED), "");
    }

    private TrackedAction withNote() {
        TrackedAction action = tracked();
        return open.workspace().actions().addNote(action.id(), OpenState.TODAY, "Started the review", "");
    }

    private ActionNoteFormModel note(TrackedAction action) {
        return ActionNoteFormModel.add(open.state(), open.workspace().actions(), action);
    }

    @Test
    void aNewActionIsDueInThreeMonthsToStartWith() {
        ActionFormModel form = new ActionFormModel(open.state(), open.workspace().actions(), null);

        assertThat(form.targetProperty().get()).isEqualTo(OpenState.TODAY.plusMonths(3));
        assertThat(form.adding()).isTrue();
    }

    @Test
    void addingPutsTheActionInTheTracker() {
        ActionFormModel form = new ActionFormModel(open.state(), open.workspace().actions(), null);
        form.titleProperty().set("Audit supervision records");
        form.leadProperty().set("Jane Martin");
        form.sourceReferenceProperty().set("Inspection 2025, rec. 3");

        TrackedAction saved = Outcome.of(form::save).saved();

        assertThat(saved.action().title()).isEqualTo("Audit supervision records");
        assertThat(saved.sourceRef()).isEqualTo("Inspection 2025, rec. 3");
        assertThat(open.workspace().actions().list()).hasSize(1);
    }

    @Test
    void anActionWithNoDescriptionIsRefusedBesideTheAction() {
        ActionFormModel form = new ActionFormModel(open.state(), open.workspace().actions(), null);

        Outcome<TrackedAction> outcome = Outcome.of(form::save);

        assertThat(outcome.problems()).containsOnlyKeys(ActionField.ACTION)
                .containsEntry(ActionField.ACTION, "An action needs a description.");
        assertThat(open.workspace().actions().list()).isEmpty();
    }

    @Test
    void aChangeStartsFromTheActionAsReadAndIsSaved() {
        TrackedAction action = tracked();
        ActionFormModel form = new ActionFormModel(open.state(), open.workspace().actions(), action);
        assertThat(form.leadProperty().get()).isEqualTo("Jane Martin");
        form.progressProperty().set(ActionProgress.COMPLETE);

        assertThat(Outcome.of(form::save).saved().action().progress()).isEqualTo(ActionProgress.COMPLETE);
    }

    @Test
    void aNoteIsAddedToTheAction() {
        TrackedAction action = tracked();
        ActionNoteFormModel form = note(action);
        form.textProperty().set("Met the team managers");

        TrackedAction saved = Outcome.of(form::save).saved();

        assertThat(saved.notes()).extracting(ActionNote::text).contains("Met the team managers");
    }

    @Test
    void aNoteWithNoTextIsRefusedBesideTheNote() {
        Outcome<TrackedAction> outcome = Outcome.of(note(tracked())::save);

        assertThat(outcome.problems()).containsOnlyKeys(ActionNoteField.NOTE)
                .containsEntry(ActionNoteField.NOTE, "A progress note needs some text.");
    }

    @Test
    void aNoteDatedInTheFutureIsRefusedBesideTheDate() {
        ActionNoteFormModel form = note(tracked());
        form.textProperty().set("Met the team managers");
        form.dateProperty().set(OpenState.TODAY.plusDays(1));

        Outcome<TrackedAction> outcome = Outcome.of(form::save);

        assertThat(outcome.problems()).containsOnlyKeys(ActionNoteField.DATE);
    }

    @Test
    void aNoteWithTooLongAnEvidenceIsRefusedBesideTheEvidence() {
        ActionNoteFormModel form = note(tracked());
        form.textProperty().set("Met the team managers");
        form.evidenceProperty().set("x".repeat(501));

        Outcome<TrackedAction> outcome = Outcome.of(form::save);

        assertThat(outcome.problems()).containsOnlyKeys(ActionNoteField.EVIDENCE);
    }

    @Test
    void aNoteCorrectionNotSayingWhyIsRefusedBesideTheReason() {
        ActionNote earlier = withNote().notes().getLast();
        ActionNoteFormModel form = ActionNoteFormModel.correct(open.state(), open.workspace().actions(), earlier);
        assertThat(form.textProperty().get()).isEqualTo("Started the review");

        Outcome<TrackedAction> outcome = Outcome.of(form::save);

        assertThat(outcome.problems()).containsOnlyKeys(ActionNoteField.REASON)
                .containsEntry(ActionNoteField.REASON, "Say why the note is corrected.");
    }

    @Test
    void aNoteWithdrawalNotSayingWhyIsRefusedBesideTheReason() {
        ActionNote earlier = withNote().notes().getLast();
        ReasonFormModel<TrackedAction> form = new ActionsViewModel(open.state(), open.workspace().actions(),
                open.workspace().matrix(), new RecordingDialogs()).noteWithdrawal(earlier);

        Outcome<TrackedAction> outcome = Outcome.of(form::save);

        assertThat(outcome.problems()).containsOnlyKeys(ActionNoteField.REASON)
                .containsEntry(ActionNoteField.REASON, "Say why the note is withdrawn.");
    }
}
