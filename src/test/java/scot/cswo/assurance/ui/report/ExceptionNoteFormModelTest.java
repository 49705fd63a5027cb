package scot.cswo.assurance.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.report.ExceptionNote;
import scot.cswo.assurance.domain.report.ReportYear;
import scot.cswo.assurance.service.report.AnnualReportData;
import scot.cswo.assurance.service.report.ExceptionNoteField;
import scot.cswo.assurance.ui.Outcome;
import scot.cswo.assurance.ui.ViewModelTest;

/** Why a period of the report's year was missed, and the action agreed, through the form's view-model. */
class ExceptionNoteFormModelTest extends ViewModelTest {
    private static final ReportYear YEAR = new ReportYear(2025);


    private AnnualReportData.Exception firstMissed() {
        return open.workspace().report().data(YEAR, Optional.empty()).exceptions().stream()
                .filter(e -> e.period() != null).findFirst().orElseThrow();
    }

    private ExceptionNoteFormModel form(AnnualReportData.Exception missed) {
        return new ExceptionNoteFormModel(open.state(), open.workspace().report(), YEAR, missed);
    }

    @Test
    void savingRecordsTheReasonAndActionInTheReport() {
        AnnualReportData.Exception missed = firstMissed();
        ExceptionNoteFormModel form = form(missed);
        form.reasonProperty().set("The chair was ill");
        form.actionProperty().set("Rescheduled for December");

        Outcome.of(form::save).saved();

        assertThat(firstMissed().note()).satisfies(note -> {
            assertThat(note.reason()).isEqualTo("The chair was ill");
            assertThat(note.action()).isEqualTo("Rescheduled for December");
        });
    }

    @Test
    void theFormStartsFromTheNoteAlreadyRecorded() {
        ExceptionNoteFormModel first = form(firstMissed());
        first.reasonProperty().set("The chair was ill");
        Outcome.of(first::save).saved();

        ExceptionNoteFormModel again = form(firstMissed());

        assertThat(again.reasonProperty().get()).isEqualTo("The chair was ill");
    }

    @Test
    void aNoteNotSayingWhyIsRefusedBesideTheReason() {
        ExceptionNoteFormModel form = form(firstMissed());
        form.actionProperty().set("Rescheduled");

        Outcome<ExceptionNote> outcome = Outcome.of(form::save);

        assertThat(outcome.problems()).containsOnlyKeys(ExceptionNoteField.REASON)
                .containsEntry(ExceptionNoteField.REASON, "say why the period was missed.");
        assertThat(firstMissed().note()).isNull();
    }

    @Test
    void anActionLongerThanTheReportHoldsIsRefusedBesideTheAction() {
        ExceptionNoteFormModel form = form(firstMissed());
        form.reasonProperty().set("The chair was ill");
        form.actionProperty().set("x".repeat(2001));

        Outcome<ExceptionNote> outcome = Outcome.of(form::save);

        assertThat(outcome.problems()).containsOnlyKeys(ExceptionNoteField.ACTION)
                .containsEntry(ExceptionNoteField.ACTION, "keep this under 2,000 characters.");
    }
}
