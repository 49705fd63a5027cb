package scot.cswo.assurance.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.access.ConflictException;
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

    /** The year's missed periods, in the report's order (an action not done by its date has none). */
    private List<AnnualReportData.Exception> missedPeriods() {
        return open.workspace().report().data(YEAR, Optional.empty()).exceptions().stream()
                .filter(e -> e.period() != null).toList();
    }

    private ExceptionNoteFormModel form(AnnualReportData.Exception missed) {
        return new ExceptionNoteFormModel(open.state(), open.workspace().report(), YEAR, List.of(missed));
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
    void oneReasonGivenToSeveralMissedPeriodsIsRecordedForEachAsIfGivenOneByOne() {
        List<AnnualReportData.Exception> two = missedPeriods().subList(0, 2);
        int before = open.workspace().history().log(null, null).size();
        ExceptionNoteFormModel form = new ExceptionNoteFormModel(open.state(), open.workspace().report(), YEAR, two);
        form.reasonProperty().set("The service was restructured");
        form.actionProperty().set("New reporting dates agreed");

        Outcome.of(form::save).saved();

        assertThat(missedPeriods().subList(0, 2)).allSatisfy(missed -> assertThat(missed.note()).satisfies(note -> {
            assertThat(note.reason()).isEqualTo("The service was restructured");
            assertThat(note.action()).isEqualTo("New reporting dates agreed");
        }));
        assertThat(open.workspace().history().log(null, null)).hasSize(before + 2);
    }

    @Test
    void whenOneOfSeveralPeriodsWasExplainedMeanwhileByAnotherNoneIsSaved() {
        List<AnnualReportData.Exception> two = missedPeriods().subList(0, 2);
        ExceptionNoteFormModel form = new ExceptionNoteFormModel(open.state(), open.workspace().report(), YEAR, two);
        AnnualReportData.Exception second = two.get(1);
        open.workspace().report().noteException(YEAR, second.rows().getFirst().ref(), second.period().end(),
                "Chair was ill", "", null);
        form.reasonProperty().set("The service was restructured");

        assertThat(Outcome.of(form::save).failure()).isInstanceOf(ConflictException.class);

        assertThat(missedPeriods().getFirst().note()).isNull();
        assertThat(missedPeriods().get(1).note().reason()).isEqualTo("Chair was ill");
    }

    @Test
    void severalPeriodsWithDifferentNotesStartFromEmptyFields() {
        AnnualReportData.Exception first = firstMissed();
        ExceptionNoteFormModel one = form(first);
        one.reasonProperty().set("The chair was ill");
        Outcome.of(one::save).saved();

        ExceptionNoteFormModel both = new ExceptionNoteFormModel(open.state(), open.workspace().report(), YEAR,
                missedPeriods().subList(0, 2));

        assertThat(both.reasonProperty().get()).isEmpty();
    }

    @Test
    void aNoteNotSayingWhyIsRefusedBesideTheReason() {
        ExceptionNoteFormModel form = form(firstMissed());
        form.actionProperty().set("Rescheduled");

        Outcome<List<ExceptionNote>> outcome = Outcome.of(form::save);

        assertThat(outcome.problems()).containsOnlyKeys(ExceptionNoteField.REASON)
                .containsEntry(ExceptionNoteField.REASON, "say why the period was missed.");
        assertThat(firstMissed().note()).isNull();
    }

    @Test
    void anActionLongerThanTheReportHoldsIsRefusedBesideTheAction() {
        ExceptionNoteFormModel form = form(firstMissed());
        form.reasonProperty().set("The chair was ill");
        form.actionProperty().set("x".repeat(2001));

        Outcome<List<ExceptionNote>> outcome = Outcome.of(form::save);

        assertThat(outcome.problems()).containsOnlyKeys(ExceptionNoteField.ACTION)
                .containsEntry(ExceptionNoteField.ACTION, "keep this under 2,000 characters.");
    }
}
