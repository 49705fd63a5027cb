package scot.cswo.assurance.ui.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.service.matrix.FrameworkEditor.MechanismInput;
import scot.cswo.assurance.service.matrix.MatrixField;
import scot.cswo.assurance.ui.ViewModelTest;

/** The mechanism form, with no window: its checks, each beside its field, and its save on a real database. */
class MechanismFormModelTest extends ViewModelTest {
    private final List<Ref> saved = new ArrayList<>();

    private MechanismFormModel edit(String ref) {
        return MechanismFormModel.edit(open.workspace().editor(), open.state(), open.dialogs(),
                open.row(ref));
    }

    @Test
    void aChangeIsSavedAndTheScreensShowIt() {
        MechanismFormModel form = edit("F1.3");
        form.leadsProperty().set("Diane McCulloch");
        form.save(saved::add);

        assertThat(saved).containsExactly(new Ref("F1.3"));
        assertThat(open.saved("F1.3").mechanism().leadNames()).isEqualTo("Diane McCulloch");
        assertThat(open.row("F1.3").mechanism().leadNames()).isEqualTo("Diane McCulloch");
    }

    @Test
    void aNewMechanismGoesUnderTheChosenFunction() {
        MechanismFormModel form = MechanismFormModel.add(open.workspace().editor(), open.state(),
                open.dialogs(), null);
        form.functionProperty().set(open.matrix().functions().get(1));
        form.descriptionProperty().set("Practice audit");
        form.leadsProperty().set("Jane Martin");
        form.frequencyProperty().set("Annually");
        form.save(saved::add);

        assertThat(saved).hasSize(1);
        assertThat(open.saved(saved.getFirst().text()).function().number())
                .isEqualTo(open.matrix().functions().get(1).number());
    }

    @Test
    void aNewMechanismStartsUnderTheFirstFunctionWhenNoneIsChosen() {
        MechanismFormModel form = MechanismFormModel.add(open.workspace().editor(), open.state(),
                open.dialogs(), null);

        assertThat(form.functionProperty().get()).isEqualTo(open.matrix().functions().getFirst());
    }

    @Test
    void theWordingLeadsAndFrequencyEachHaveTheirMessageAndNothingIsSaved() {
        MechanismFormModel form = edit("F1.5");
        form.descriptionProperty().set(" ");
        form.leadsProperty().set("");
        form.frequencyProperty().set("Termly");
        form.save(saved::add);

        assertThat(form.messages().of(MatrixField.ASSURANCE_MECHANISM).get()).isEqualTo("this cannot be empty.");
        assertThat(form.messages().of(MatrixField.LEAD).get()).startsWith("give at least one lead");
        assertThat(form.messages().of(MatrixField.FREQUENCY).get()).startsWith("not a frequency the app knows.");
        assertThat(form.messages().generalProperty().get()).isNull();
        assertThat(saved).isEmpty();
        assertThat(open.saved("F1.5").mechanism().frequency().wording()).isEqualTo("Quarterly");
    }

    @Test
    void aNewFrequencyWithoutADateAsksForTheDateBesideItsField() {
        MechanismFormModel form = edit("F1.5");
        form.frequencyProperty().set("Monthly");
        form.effectiveFromProperty().set(null);
        form.save(saved::add);

        assertThat(form.messages().of(MatrixField.EFFECTIVE_FROM).get())
                .startsWith("give the date the new frequency applies from");
        assertThat(saved).isEmpty();
    }

    @Test
    void aNewMechanismWithoutAFunctionIsAskedForOneBesideItsField() {
        MechanismFormModel form = MechanismFormModel.add(open.workspace().editor(), open.state(),
                open.dialogs(), null);
        form.functionProperty().set(null);
        form.descriptionProperty().set("Practice audit");
        form.leadsProperty().set("Jane Martin");
        form.frequencyProperty().set("Annually");
        form.save(saved::add);

        assertThat(form.messages().of(MatrixField.FUNCTION).get()).isEqualTo("choose one of the framework's functions.");
    }

    @Test
    void theDateIsAskedOnlyOnceTheFrequencyChanges() {
        MechanismFormModel form = edit("F1.5");
        var changed = form.frequencyChanged();
        assertThat(changed.get()).isFalse();

        form.frequencyProperty().set("Monthly");
        assertThat(changed.get()).isTrue();
    }

    @Test
    void aSaveAfterSomeoneElseChangedTheMechanismIsRefusedAndOffersTheirVersion() {
        MechanismFormModel form = edit("F1.3");
        Mechanism now = open.saved("F1.3").mechanism();
        open.workspace().editor().editMechanism(open.matrix().framework().id(), now.id(), now.version(),
                new MechanismInput("IJB membership", "Jane Martin", "2 monthly", null));
        form.descriptionProperty().set("Membership of the IJB");
        form.save(saved::add);

        assertThat(form.messages().generalProperty().get()).contains("was changed by COUNCIL\\tester");
        assertThat(form.messages().staleProperty().get()).isTrue();
        assertThat(saved).isEmpty();
        assertThat(open.saved("F1.3").mechanism().description()).isEqualTo("IJB membership");
    }

    @Test
    void theMessagesOfAnEarlierSaveAreClearedByTheNext() {
        MechanismFormModel form = edit("F1.3");
        form.leadsProperty().set("");
        form.save(saved::add);
        form.leadsProperty().set("Jane Martin");
        form.save(saved::add);

        assertThat(form.messages().isEmpty()).isTrue();
        assertThat(saved).containsExactly(new Ref("F1.3"));
    }

    @Test
    void aChangeToAMechanismListedTwiceNamesTheOtherRows() {
        var link = new LinkFormModel(open.workspace().editor(), open.state(), open.dialogs(),
                open.row("F1.3"));
        link.functionProperty().set(link.functions().getLast());
        List<Ref> linked = new ArrayList<>();
        link.save(linked::add);

        assertThat(edit("F1.3").sharedWith()).contains(linked.getFirst().text());
    }

    @Test
    void aNewFrequencyAppliesFromTheDateGiven() {
        MechanismFormModel form = edit("F1.5");
        form.frequencyProperty().set("Monthly");
        form.effectiveFromProperty().set(LocalDate.of(2025, 12, 1));
        form.save(saved::add);

        assertThat(open.workspace().history().log(null, null)).anyMatch(e -> e.field().equals("frequency")
                && e.newValue().equals("Monthly from 2025-12-01"));
    }
}
