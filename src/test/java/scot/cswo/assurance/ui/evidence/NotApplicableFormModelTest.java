package scot.cswo.assurance.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.evidence.Evidence;
import scot.cswo.assurance.domain.evidence.EvidenceKind;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.service.evidence.EvidenceField;
import scot.cswo.assurance.ui.OpenState;
import scot.cswo.assurance.ui.Outcome;
import scot.cswo.assurance.ui.ViewModelTest;

/** Marking a period "not applicable", and correcting such a record, through the form's view-model. */
class NotApplicableFormModelTest extends ViewModelTest {
    /** F1.3 is reported monthly, so every month is a period. */
    private static final Ref IJB = new Ref("F1.3");
    private static final LocalDate AUGUST = LocalDate.of(2025, 8, 14);


    private NotApplicableFormModel mark(LocalDate date, String because) {
        NotApplicableFormModel form = NotApplicableFormModel.mark(open.state(), open.workspace().evidence(),
                open.frameworkId(), IJB, date);
        form.becauseProperty().set(because);
        return form;
    }

    @Test
    void theFormSaysWhichPeriodTheDateTypedMarks() {
        NotApplicableFormModel form = mark(AUGUST, "No IJB meeting");

        form.dateTextProperty().set("14/8/25");
        String august = form.marksProperty().get();
        form.dateTextProperty().set("14/12/25");
        String december = form.marksProperty().get();
        form.dateTextProperty().set("31/9/25");

        assertThat(august).startsWith("Marks ").endsWith(" as needing no evidence.").contains("Aug");
        assertThat(december).startsWith("Marks ").contains("Dec").isNotEqualTo(august);
        assertThat(form.marksProperty().get()).isEmpty();
    }

    @Test
    void markingSavesANotApplicableRecordForThePeriodWithItsReason() {
        NotApplicableFormModel form = mark(AUGUST, "No IJB meeting in August");

        Outcome<Evidence> outcome = Outcome.of(form::save);

        assertThat(outcome.saved().kind()).isEqualTo(EvidenceKind.NOT_APPLICABLE);
        assertThat(outcome.saved().note()).isEqualTo("No IJB meeting in August");
    }

    @Test
    void aMarkNotSayingWhyIsRefusedBesideTheReason() {
        Outcome<Evidence> outcome = Outcome.of(mark(AUGUST, " ")::save);

        assertThat(outcome.problems()).containsOnlyKeys(EvidenceField.REASON)
                .containsEntry(EvidenceField.REASON, "say why this period needs no evidence.");
    }

    @Test
    void aMarkWithNoDateIsRefusedBesideThePeriod() {
        Outcome<Evidence> outcome = Outcome.of(mark(null, "No IJB meeting")::save);

        assertThat(outcome.problems()).containsOnlyKeys(EvidenceField.PERIOD)
                .containsEntry(EvidenceField.PERIOD, "give a date in the period that needs no evidence.");
    }

    @Test
    void aPeriodNotYetStartedIsRefusedBesideThePeriod() {
        Outcome<Evidence> outcome = Outcome.of(mark(OpenState.TODAY.plusMonths(1), "No meeting")::save);

        assertThat(outcome.problems()).containsOnlyKeys(EvidenceField.PERIOD)
                .hasEntrySatisfying(EvidenceField.PERIOD, m -> assertThat(m).startsWith("a period that has not started"));
    }

    @Test
    void aCorrectionStartsFromTheRecordAndReplacesIt() {
        Evidence earlier = Outcome.of(mark(AUGUST, "No meeting")::save).saved();
        NotApplicableFormModel form = NotApplicableFormModel.correct(open.state(), open.workspace().evidence(), earlier);
        assertThat(form.becauseProperty().get()).isEqualTo("No meeting");
        form.becauseProperty().set("The August meeting was cancelled");
        form.reasonProperty().set("Gave the real reason");

        Outcome<Evidence> outcome = Outcome.of(form::save);

        assertThat(outcome.saved().note()).isEqualTo("The August meeting was cancelled");
        assertThat(open.workspace().evidence().find(earlier.id()).current()).isFalse();
    }

    @Test
    void aCorrectionNotSayingWhyThePeriodNeedsNoEvidenceIsRefusedBesideThatFieldNotTheCorrectionsReason() {
        Evidence earlier = Outcome.of(mark(AUGUST, "No meeting")::save).saved();
        NotApplicableFormModel form = NotApplicableFormModel.correct(open.state(), open.workspace().evidence(), earlier);
        form.becauseProperty().set("");
        form.reasonProperty().set("Typed in error");

        Outcome<Evidence> outcome = Outcome.of(form::save);

        assertThat(outcome.problems()).containsOnlyKeys(EvidenceField.WHAT)
                .containsEntry(EvidenceField.WHAT, "say why this period needs no evidence.");
    }

    @Test
    void aCorrectionNotSayingWhyItIsCorrectedIsRefusedBesideTheReason() {
        Evidence earlier = Outcome.of(mark(AUGUST, "No meeting")::save).saved();
        NotApplicableFormModel form = NotApplicableFormModel.correct(open.state(), open.workspace().evidence(), earlier);

        Outcome<Evidence> outcome = Outcome.of(form::save);

        assertThat(outcome.problems()).containsOnlyKeys(EvidenceField.REASON)
                .containsEntry(EvidenceField.REASON, "say why the record is corrected.");
    }
}
