package scot.cswo.assurance.ui.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.matrix.StatutoryFunction;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.ui.OpenState;
import scot.cswo.assurance.ui.ViewModelTest;

/** The matrix screen's filters, with no window, on the Dundee framework as of 22 November 2025. */
class MatrixViewModelTest extends ViewModelTest {
    private final MatrixViewModel model = new MatrixViewModel();

    @BeforeEach
    void open() {
        model.show(open.state().boardProperty().get());
    }

    private List<String> shown() {
        return model.visibleLines().items().stream().map(l -> l.row().ref().text()).toList();
    }

    @Test
    void everyRowIsShownBeforeAnyFilter() {
        assertThat(shown()).hasSize(open.matrix().rows().size());
        assertThat(model.summaryProperty().get()).contains(Integer.toString(open.matrix().rows().size()));
    }

    @Test
    void searchShowsRowsHoldingEveryWordTypedInAnyCase() {
        model.searchTextProperty().set("IJB  membership");

        assertThat(shown()).contains("F1.3").allSatisfy(ref -> assertThat(haystack(ref)).contains("ijb", "membership"));
    }

    @Test
    void aFunctionChosenShowsOnlyItsRows() {
        model.function().chosen().set(model.function().items().get(2));
        int number = model.function().items().get(2).function().number();

        assertThat(shown()).isNotEmpty().allMatch(ref -> ref.startsWith("F" + number + "."));
        assertThat(shown()).hasSize(model.function().items().get(2).rows());
    }

    @Test
    void aLeadChosenShowsOnlyTheMechanismsTheyLead() {
        model.lead().chosen().set("Jane Martin");

        assertThat(shown()).contains("F1.3").allSatisfy(ref -> assertThat(open.row(ref).mechanism().leadNames())
                .contains("Jane Martin"));
    }

    @Test
    void aFrequencyChosenShowsOnlyItsRows() {
        model.frequency().chosen().set("Quarterly");

        assertThat(shown()).contains("F1.5").allSatisfy(ref -> assertThat(open.row(ref).mechanism().frequency()
                .wording()).isEqualTo("Quarterly"));
    }

    @Test
    void theDashboardsLinkShowsOnlyOneStatusInOneFunction() {
        StatutoryFunction first = open.matrix().functions().getFirst();
        model.searchTextProperty().set("something typed earlier");
        model.showOnly(Status.OVERDUE, first);

        assertThat(model.searchTextProperty().get()).isEmpty();
        assertThat(model.visibleLines().items()).allMatch(l -> l.status().status() == Status.OVERDUE
                && l.row().function().number() == first.number());
    }

    @Test
    void clearingTheFiltersShowsEveryRowAgain() {
        model.lead().chosen().set("Jane Martin");
        model.frequency().chosen().set("Quarterly");
        model.clearFilters();

        assertThat(shown()).hasSize(open.matrix().rows().size());
        assertThat(model.function().chosen().get().isAll()).isTrue();
    }

    @Test
    void theSelectedRowStaysSelectedWhenTheStatusesAreRefreshed() {
        model.visibleLines().chosen().set(model.visibleLines().items().stream()
                .filter(l -> l.row().ref().text().equals("F1.3")).findFirst().orElseThrow());
        open.state().refresh();
        model.show(open.state().boardProperty().get());

        assertThat(model.visibleLines().chosen().get().row().ref().text()).isEqualTo("F1.3");
        assertThat(model.visibleLines().items()).contains(model.visibleLines().chosen().get());
    }

    @Test
    void theFunctionChosenStaysChosenWhenTheMatrixIsReloaded() {
        model.function().chosen().set(model.function().items().get(2));
        int number = model.function().items().get(2).function().number();
        open.state().refresh();
        model.show(open.state().boardProperty().get());

        assertThat(model.function().chosen().get().function().number()).isEqualTo(number);
    }

    @Test
    void aNewDateWithTheSameRowsLeavesTheFilterChoicesAsTheyWere() {
        List<ListChangeListener.Change<?>> rebuilt = new ArrayList<>();
        model.function().items().addListener((ListChangeListener<FunctionChoice>) rebuilt::add);
        model.lead().items().addListener((ListChangeListener<String>) rebuilt::add);

        open.state().asOfProperty().set(OpenState.TODAY.minusDays(10));
        model.show(open.state().boardProperty().get());

        assertThat(rebuilt).isEmpty();
        assertThat(model.boardProperty().get().asOf()).isEqualTo(OpenState.TODAY.minusDays(10));
    }

    @Test
    void aRenamedFunctionIsOfferedByItsNewTitle() {
        StatutoryFunction first = open.matrix().functions().getFirst();
        open.workspace().editor().renameFunction(open.frameworkId(), first.id(), first.version(),
                "Professional advice to the council");
        open.state().refresh();
        model.show(open.state().boardProperty().get());

        assertThat(model.function().items()).anyMatch(c -> !c.isAll()
                && c.function().title().equals("Professional advice to the council"));
    }

    @Test
    void theRowsOfTheSelectedMechanismAreEveryFunctionItServes() {
        model.visibleLines().chosen().set(model.visibleLines().items().stream()
                .filter(l -> l.row().ref().text().equals("F1.3")).findFirst().orElseThrow());

        assertThat(model.rowsOfSelectedMechanism()).extracting(r -> r.ref().text()).contains("F1.3", "F10.1");
    }

    private String haystack(String ref) {
        var mechanism = open.row(ref).mechanism();
        return (ref + " " + mechanism.description() + " " + mechanism.leadNames() + " "
                + mechanism.frequency().wording()).toLowerCase(java.util.Locale.UK);
    }
}
