package scot.cswo.assurance.ui.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.service.matrix.MatrixField;
import scot.cswo.assurance.ui.OpenState;
import scot.cswo.assurance.ui.ViewModelTest;

/** Linking, retiring and moving a row, with no window. */
class RowFormModelsTest extends ViewModelTest {
    private final List<Ref> saved = new ArrayList<>();

    private LinkFormModel link(String ref) {
        return new LinkFormModel(open.workspace().editor(), open.state(), open.dialogs(), open.row(ref));
    }

    @Test
    void aLinkOffersOnlyTheFunctionsThatDoNotListTheMechanism() {
        MatrixRow row = open.row("F1.3");

        assertThat(link("F1.3").functions()).isNotEmpty().noneMatch(f -> f.id() == row.function().id());
    }

    @Test
    void aLinkedMechanismIsListedUnderTheChosenFunction() {
        LinkFormModel form = link("F1.3");
        form.functionProperty().set(form.functions().getFirst());
        form.save(saved::add);

        assertThat(saved).hasSize(1);
        assertThat(open.saved(saved.getFirst().text()).mechanism().id())
                .isEqualTo(open.saved("F1.3").mechanism().id());
    }

    @Test
    void aLinkWithoutAFunctionIsRefusedBesideTheFunction() {
        LinkFormModel form = link("F1.3");
        form.save(saved::add);

        assertThat(form.messages().of(MatrixField.FUNCTION).get()).isEqualTo("choose one of the framework's functions.");
        assertThat(saved).isEmpty();
    }

    @Test
    void aRowIsRetiredFromTheDateGiven() {
        RetireRowFormModel form = new RetireRowFormModel(open.workspace().editor(), open.state(),
                open.dialogs(), open.row("F3.1"));
        assertThat(form.fromProperty().get()).isEqualTo(OpenState.TODAY);
        form.fromProperty().set(LocalDate.of(2025, 12, 11));
        form.save(saved::add);

        assertThat(open.workspace().history().log(null, null)).anyMatch(e -> e.newValue() != null
                && e.newValue().equals("retired from 2025-12-11"));
    }

    @Test
    void aRowMovedDownChangesPlacesWithTheNextAndKeepsItsRef() {
        List<String> before = refsOfFunctionOne();
        new MatrixOrderModel(open.workspace().editor(), open.state(), open.dialogs())
                .move(open.row(before.getFirst()), 1);

        assertThat(refsOfFunctionOne().subList(0, 2)).containsExactly(before.get(1), before.getFirst());
        assertThat(open.dialogs().shown()).isEmpty();
    }

    private List<String> refsOfFunctionOne() {
        return open.matrix().rows().stream().filter(r -> r.function().number() == 1).map(r -> r.ref().text())
                .toList();
    }
}
