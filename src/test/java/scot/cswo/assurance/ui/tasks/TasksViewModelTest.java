package scot.cswo.assurance.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.ui.RecordingDialogs;
import scot.cswo.assurance.ui.ViewModelTest;

/** My tasks' view-model: who the user is among the leads and their tasks, with no window. */
class TasksViewModelTest extends ViewModelTest {
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private TasksViewModel model;

    @BeforeEach
    void prepare() {
        model = new TasksViewModel(open.state(), open.workspace().tasks(), open.workspace().status(),
                open.workspace().actions(), open.workspace().chases(), dialogs);
    }

    private Lead lead(String name) {
        return model.leads().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void anAccountNotYetLinkedToALeadHasNoTasks() {
        assertThat(model.meProperty().get()).isNull();
        assertThat(model.accountProperty().get()).isEqualTo("COUNCIL\\tester");
        assertThat(model.tasks()).isEmpty();
    }

    @Test
    void claimingALeadShowsTheirTasks() {
        model.claim(lead("Jane Martin"));

        assertThat(model.meProperty().get().name()).isEqualTo("Jane Martin");
        assertThat(model.tasks()).isNotEmpty()
                .allSatisfy(t -> assertThat(t.mechanism().leads()).extracting(Lead::name).contains("Jane Martin"));
    }

    @Test
    void aSecondClaimIsRefusedAndTheUserIsToldWhy() {
        model.claim(lead("Jane Martin"));

        model.claim(lead("Kathryn Sharp"));

        assertThat(dialogs.failures()).singleElement().isInstanceOf(RefusedException.class)
                .satisfies(refused -> assertThat(refused.getMessage()).contains("already linked to Jane Martin"));
        assertThat(model.meProperty().get().name()).isEqualTo("Jane Martin");
    }

    @Test
    void theAwayFormIsForTheSignedInLead() {
        model.claim(lead("Jane Martin"));

        assertThat(model.absenceForm().lead().name()).isEqualTo("Jane Martin");
    }

    @Test
    void theNamesToChooseFromAreInAlphabeticalOrderWhateverTheirCapitals() {
        assertThat(model.leads()).extracting(Lead::name).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER)
                .contains("ASP Independent Convenor");
    }
}
