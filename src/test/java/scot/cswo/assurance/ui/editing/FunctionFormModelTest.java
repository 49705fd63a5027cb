package scot.cswo.assurance.ui.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.matrix.StatutoryFunction;
import scot.cswo.assurance.service.matrix.MatrixField;
import scot.cswo.assurance.ui.ViewModelTest;
import scot.cswo.assurance.ui.editing.FunctionFormModel.Kind;

/** The function forms, with no window: adding, renaming, renumbering and retiring a function. */
class FunctionFormModelTest extends ViewModelTest {
    private final List<Object> saved = new ArrayList<>();

    private FunctionFormModel form(Kind kind, StatutoryFunction preselected) {
        return new FunctionFormModel(kind, open.workspace().editor(), open.state(), open.dialogs(),
                preselected);
    }

    private List<String> titles() {
        return open.workspace().matrix().matrix().functions().stream().map(StatutoryFunction::title).toList();
    }

    @Test
    void aNewFunctionIsOfferedTheNextNumber() {
        int highest = open.matrix().functions().stream().mapToInt(StatutoryFunction::number).max().orElseThrow();

        assertThat(form(Kind.ADD, null).numberProperty().get()).isEqualTo(Integer.toString(highest + 1));
    }

    @Test
    void aNewFunctionIsSavedWithItsTitle() {
        FunctionFormModel form = form(Kind.ADD, null);
        form.titleProperty().set("Secure care");
        form.save(saved::add);

        assertThat(saved).hasSize(1);
        assertThat(titles()).contains("Secure care");
    }

    @Test
    void aNumberThatIsNotANumberIsRefusedBesideTheNumber() {
        FunctionFormModel form = form(Kind.ADD, null);
        form.numberProperty().set("twelve");
        form.titleProperty().set("Secure care");
        form.save(saved::add);

        assertThat(form.messages().of(MatrixField.FUNCTION).get()).isEqualTo("give the function as a number from 1 to 999.");
        assertThat(titles()).doesNotContain("Secure care");
    }

    @Test
    void aBlankTitleIsRefusedBesideTheTitle() {
        FunctionFormModel form = form(Kind.ADD, null);
        form.titleProperty().set("  ");
        form.save(saved::add);

        assertThat(form.messages().of(MatrixField.FUNCTION_TITLE).get()).isEqualTo("this cannot be empty.");
        assertThat(saved).isEmpty();
    }

    @Test
    void renamingStartsFromTheChosenFunctionsTitle() {
        StatutoryFunction second = open.matrix().functions().get(1);
        FunctionFormModel form = form(Kind.RENAME, second);

        assertThat(form.titleProperty().get()).isEqualTo(second.title());
        form.functionProperty().set(open.matrix().functions().getFirst());
        assertThat(form.titleProperty().get()).isEqualTo(open.matrix().functions().getFirst().title());
    }

    @Test
    void aRenameIsSaved() {
        FunctionFormModel form = form(Kind.RENAME, null);
        form.titleProperty().set("Professional advice");
        form.save(saved::add);

        assertThat(titles().getFirst()).isEqualTo("Professional advice");
    }

    @Test
    void retiringStartsOnNoFunctionAndIsRefusedUntilOneIsChosen() {
        FunctionFormModel form = form(Kind.RETIRE, null);
        assertThat(form.functionProperty().get()).isNull();

        form.save(saved::add);

        assertThat(form.messages().of(MatrixField.FUNCTION).get()).isEqualTo("choose one of the framework's functions.");
        assertThat(saved).isEmpty();
    }

    @Test
    void aFunctionIsRetiredFromTheDateGiven() {
        long framework = open.matrix().framework().id();
        open.workspace().editor().addFunction(framework, 11, "Function to retire");
        open.state().refresh();
        StatutoryFunction added = open.matrix().functions().getLast();
        FunctionFormModel form = form(Kind.RETIRE, added);
        form.retireFromProperty().set(LocalDate.of(2025, 12, 11));
        form.save(saved::add);

        assertThat(open.workspace().history().log(null, null)).anyMatch(e -> e.entity().equals("function")
                && e.newValue().equals("retired from 2025-12-11"));
    }
}
