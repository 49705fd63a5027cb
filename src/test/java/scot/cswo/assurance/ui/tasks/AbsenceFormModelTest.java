package scot.cswo.assurance.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.lead.Absence;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.service.tasks.AbsenceField;
import scot.cswo.assurance.ui.OpenState;
import scot.cswo.assurance.ui.Outcome;
import scot.cswo.assurance.ui.ViewModelTest;

/** "I will be away…": the dates and deputy through the form's view-model. */
class AbsenceFormModelTest extends ViewModelTest {

    private Lead lead(String name) {
        return open.workspace().tasks().leads().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    private AbsenceFormModel awayForm() {
        return new AbsenceFormModel(open.state(), open.workspace().tasks(), lead("John Cooper"),
                open.workspace().tasks().leads());
    }

    @Test
    void theFormStartsTodayForAWeek() {
        AbsenceFormModel form = awayForm();

        assertThat(form.fromProperty().get()).isEqualTo(OpenState.TODAY);
        assertThat(form.toProperty().get()).isEqualTo(OpenState.TODAY.plusDays(7));
    }

    @Test
    void everyLeadButTheOneAwayMayCover() {
        AbsenceFormModel form = awayForm();

        assertThat(form.deputies()).extracting(Lead::name).doesNotContain("John Cooper").contains("Gillian Milne")
                .hasSize(open.workspace().tasks().leads().size() - 1);
    }

    @Test
    void savingMarksTheLeadAwayWithTheirDeputy() {
        AbsenceFormModel form = awayForm();
        form.deputyProperty().set(lead("Gillian Milne"));

        Absence saved = Outcome.of(form::save).saved();

        assertThat(open.workspace().tasks().absences()).singleElement().satisfies(a -> {
            assertThat(a.lead().name()).isEqualTo("John Cooper");
            assertThat(a.deputy().name()).isEqualTo("Gillian Milne");
            assertThat(a.to()).isEqualTo(OpenState.TODAY.plusDays(7));
        });
        assertThat(saved.deputy().name()).isEqualTo("Gillian Milne");
    }

    @Test
    void noFirstDayIsRefusedBesideTheFirstDay() {
        AbsenceFormModel form = awayForm();
        form.deputyProperty().set(lead("Gillian Milne"));
        form.fromProperty().set(null);

        Outcome<Absence> outcome = Outcome.of(form::save);

        assertThat(outcome.problems()).containsOnlyKeys(AbsenceField.FIRST_DAY)
                .containsEntry(AbsenceField.FIRST_DAY, "give the first day away.");
    }

    @Test
    void noLastDayIsRefusedBesideTheLastDay() {
        AbsenceFormModel form = awayForm();
        form.deputyProperty().set(lead("Gillian Milne"));
        form.toProperty().set(null);

        Outcome<Absence> outcome = Outcome.of(form::save);

        assertThat(outcome.problems()).containsOnlyKeys(AbsenceField.LAST_DAY)
                .containsEntry(AbsenceField.LAST_DAY, "give the last day away.");
    }

    @Test
    void aLastDayBeforeTheFirstIsRefusedBesideTheLastDay() {
        AbsenceFormModel form = awayForm();
        form.deputyProperty().set(lead("Gillian Milne"));
        form.toProperty().set(OpenState.TODAY.minusDays(1));

        Outcome<Absence> outcome = Outcome.of(form::save);

        assertThat(outcome.problems()).containsOnlyKeys(AbsenceField.LAST_DAY)
                .containsEntry(AbsenceField.LAST_DAY, "the last day is before the first.");
    }

    @Test
    void noDeputyIsRefusedBesideTheDeputyAndNoAbsenceIsSaved() {
        Outcome<Absence> outcome = Outcome.of(awayForm()::save);

        assertThat(outcome.problems()).containsOnlyKeys(AbsenceField.DEPUTY)
                .containsEntry(AbsenceField.DEPUTY, "choose who covers while they are away.");
        assertThat(open.workspace().tasks().absences()).isEmpty();
    }
}
