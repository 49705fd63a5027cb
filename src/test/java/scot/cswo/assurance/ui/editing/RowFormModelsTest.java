package scot.cswo.assurance.ui.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.service.matrix.MatrixField;
import scot.cswo.assurance.ui.ModelFixture;
import scot.cswo.assurance.ui.ModelTest;

/** Linking, retiring and moving a row, with no window. */
class RowFormModelsTest extends ModelTest {
    private final List<Ref> saved = new ArrayList<>();

    private LinkFormModel link(String ref) {
        return new LinkFormModel(fixture.workspace().editor(), fixture.state(), fixture.dialogs(), fixture.row(ref));
    }

    @Test
    void aLinkOffersOnlyTheFunctionsThatDoNotListTheMechanism() {
        MatrixRow row = fixture.row("F1.3");

        assertThat(link("F1.3").functions()).isNotEmpty().noneMatch(f -> f.id() == row.function().id());
    }

    @Test
    void aLinkedMechanismIsListedUnderTheChosenFunction() {
        LinkFormModel form = link("F1.3");
        form.functionProperty().set(form.functions().getFirst());
        form.save(saved::add);

        assertThat(saved).hasSize(1);
        assertThat(fixture.saved(saved.getFirst().text()).mechanism().id())
                .isEqualTo(fixture.saved("F1.3").mechanism().id());
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
        RetireRowFormModel form = new RetireRowFormModel(fixture.workspace().editor(), fixture.state(),
                fixture.dialogs(), fixture.row("F3.1"));
        assertThat(form.fromProperty().get()).isEqualTo(ModelFixture.TODAY);
        form.fromProperty().set(LocalDate.of(2025, 12, 11));
        form.save(saved::add);

        assertThat(fixture.workspace().history().log(null, null)).anyMatch(e -> e.newValue() != null
                && e.newValue().equals("retired from 2025-12-11"));
    }

    @Test
    void aRowMovedDownChangesPlacesWithTheNextAndKeepsItsRef() {
        List<String> before = refsOfFunctionOne();
        new MatrixOrderModel(fixture.workspace().editor(), fixture.state(), fixture.dialogs())
                .move(fixture.row(before.getFirst()), 1);

        assertThat(refsOfFunctionOne().subList(0, 2)).containsExactly(before.get(1), before.getFirst());
        assertThat(fixture.dialogs().shown()).isEmpty();
    }

    private List<String> refsOfFunctionOne() {
        return fixture.matrix().rows().stream().filter(r -> r.function().number() == 1).map(r -> r.ref().text())
                .toList();
    }
}
