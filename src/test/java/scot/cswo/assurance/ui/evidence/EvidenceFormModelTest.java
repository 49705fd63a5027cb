package scot.cswo.assurance.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.evidence.Conclusion;
import scot.cswo.assurance.domain.evidence.Evidence;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.service.evidence.EvidenceField;
import scot.cswo.assurance.service.evidence.EvidenceInput;
import scot.cswo.assurance.ui.OpenState;
import scot.cswo.assurance.ui.Outcome;
import scot.cswo.assurance.ui.RecordingDialogs;
import scot.cswo.assurance.ui.ViewModelTest;

/** Recording and correcting evidence through the form's view-model, with no window, on a real H2 file. */
class EvidenceFormModelTest extends ViewModelTest {
    private static final Ref IJB = new Ref("F1.3");

    private final RecordingDialogs dialogs = new RecordingDialogs();

    private EvidenceFormModel record() {
        return EvidenceFormModel.record(open.state(), open.workspace().evidence(), dialogs, open.frameworkId(), IJB);
    }

    private Evidence recorded(String note) {
        return open.workspace().evidence().record(open.frameworkId(), IJB, new EvidenceInput(OpenState.TODAY, note,
                "minute 7", null, null, null, List.of()));
    }

    @Test
    void savingRecordsTheEvidenceAsFilledIn() {
        EvidenceFormModel form = record();
        form.noteProperty().set("IJB meeting attended");
        form.referenceProperty().set("IJB minute 19/11/2025");
        form.forumProperty().set("Integration Joint Board");
        form.conclusionProperty().set(Conclusion.values()[0]);
        Outcome<Evidence> outcome = Outcome.of(form::save);

        Evidence saved = open.workspace().evidence().find(outcome.saved().id());
        assertThat(saved.date()).isEqualTo(OpenState.TODAY);
        assertThat(saved.note()).isEqualTo("IJB meeting attended");
        assertThat(saved.reference()).isEqualTo("IJB minute 19/11/2025");
        assertThat(saved.forum()).isEqualTo("Integration Joint Board");
        assertThat(saved.conclusion()).isEqualTo(Conclusion.values()[0]);
    }

    @Test
    void evidenceNotSayingWhatItWasIsRefusedBesideWhatAndNothingIsSaved() {
        EvidenceFormModel form = record();
        Outcome<Evidence> outcome = Outcome.of(form::save);

        assertThat(outcome.problems()).containsOnlyKeys(EvidenceField.WHAT)
                .hasEntrySatisfying(EvidenceField.WHAT, m -> assertThat(m).startsWith("say what the evidence is"));
        assertThat(open.workspace().evidence().list(Optional.empty(), true)).isEmpty();
    }

    @Test
    void aDateInTheFutureIsRefusedBesideTheActivityDate() {
        EvidenceFormModel form = record();
        form.noteProperty().set("IJB meeting attended");
        form.dateProperty().set(OpenState.TODAY.plusDays(1));
        Outcome<Evidence> outcome = Outcome.of(form::save);

        assertThat(outcome.problems()).containsOnlyKeys(EvidenceField.ACTIVITY_DATE)
                .hasEntrySatisfying(EvidenceField.ACTIVITY_DATE, m -> assertThat(m).contains("in the future"));
    }

    @Test
    void noDateIsRefusedBesideTheActivityDate() {
        EvidenceFormModel form = record();
        form.noteProperty().set("IJB meeting attended");
        form.dateProperty().set(null);
        Outcome<Evidence> outcome = Outcome.of(form::save);

        assertThat(outcome.problems()).containsOnlyKeys(EvidenceField.ACTIVITY_DATE)
                .containsEntry(EvidenceField.ACTIVITY_DATE, "give the day the activity happened.");
    }

    @Test
    void eachTooLongFieldIsRefusedBesideItself() {
        EvidenceFormModel form = record();
        form.noteProperty().set("x".repeat(4001));
        form.referenceProperty().set("x".repeat(301));
        form.forumProperty().set("x".repeat(101));
        form.providedByProperty().set("x".repeat(301));
        Outcome<Evidence> outcome = Outcome.of(form::save);

        assertThat(outcome.problems()).containsExactly(
                Map.entry(EvidenceField.WHAT, "keep this under 4,000 characters; attach longer documents."),
                Map.entry(EvidenceField.REFERENCE, "keep this under 300 characters."),
                Map.entry(EvidenceField.FORUM, "keep this under 100 characters."),
                Map.entry(EvidenceField.CARRIED_OUT_BY, "keep this under 300 characters."));
    }

    @Test
    void anAttachmentThatIsNotAReadableFileIsRefusedBesideAttachments() {
        EvidenceFormModel form = record();
        form.noteProperty().set("IJB meeting attended");
        form.attachments().add(dir.resolve("gone.pdf"));
        Outcome<Evidence> outcome = Outcome.of(form::save);

        assertThat(outcome.problems()).containsOnlyKeys(EvidenceField.ATTACHMENT)
                .containsEntry(EvidenceField.ATTACHMENT, "there is no readable file here.");
    }

    @Test
    void attachingAsksForFilesAndListsThoseChosen() throws Exception {
        Path minute = Files.writeString(dir.resolve("minute.txt"), "IJB minute");
        EvidenceFormModel form = record();
        dialogs.answering(List.of(minute));

        form.addAttachments();

        assertThat(dialogs.lines()).containsExactly("open files: Files to attach");
        assertThat(form.attachments()).containsExactly(minute);
    }

    @Test
    void theFormSaysWhereEvidenceOfTheDateTypedCounts() {
        EvidenceFormModel form = record();

        form.dateTextProperty().set("15/8/25");

        assertThat(form.countsProperty().get()).startsWith("Counts for ");
        form.dateTextProperty().set("31/9/25");
        assertThat(form.countsProperty().get()).isEmpty();
    }

    @Test
    void aDateStillToComeIsSaidToBeInTheFutureRatherThanWhereItWouldCount() {
        EvidenceFormModel form = record();

        form.dateTextProperty().set("15/8/35");

        assertThat(form.countsProperty().get()).isEqualTo("This date is in the future: record evidence on or after"
                + " the day it happens.");
    }

    @Test
    void aCorrectionStartsFromTheRecordAndReplacesIt() {
        Evidence earlier = recorded("IJB meeting");
        EvidenceFormModel form = EvidenceFormModel.correct(open.state(), open.workspace().evidence(), dialogs,
                open.frameworkId(), IJB, earlier);
        assertThat(form.noteProperty().get()).isEqualTo("IJB meeting");
        assertThat(form.referenceProperty().get()).isEqualTo("minute 7");
        form.noteProperty().set("IJB meeting, 19 November");
        form.reasonProperty().set("Said which meeting");
        Outcome<Evidence> outcome = Outcome.of(form::save);

        assertThat(outcome.saved().note()).isEqualTo("IJB meeting, 19 November");
        assertThat(outcome.saved().correctionReason()).isEqualTo("Said which meeting");
        assertThat(open.workspace().evidence().find(earlier.id()).current()).isFalse();
    }

    @Test
    void aCorrectionNotSayingWhyIsRefusedBesideTheReason() {
        Evidence earlier = recorded("IJB meeting");
        EvidenceFormModel form = EvidenceFormModel.correct(open.state(), open.workspace().evidence(), dialogs,
                open.frameworkId(), IJB, earlier);
        Outcome<Evidence> outcome = Outcome.of(form::save);

        assertThat(outcome.problems()).containsOnlyKeys(EvidenceField.REASON)
                .containsEntry(EvidenceField.REASON, "say why the record is corrected.");
    }
}
