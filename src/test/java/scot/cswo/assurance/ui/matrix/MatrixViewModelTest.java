package scot.cswo.assurance.ui.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.matrix.StatutoryFunction;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.ui.ModelTest;

/** The matrix screen's filters, with no window, on the Dundee framework as of 22 November 2025. */
class MatrixViewModelTest extends ModelTest {
    private final MatrixViewModel model = new MatrixViewModel();

    @BeforeEach
    void open() {
        model.show(fixture.state().boardProperty().get());
    }

    private List<String> shown() {
        return model.visibleLines().stream().map(l -> l.row().ref().text()).toList();
    }

    @Test
    void everyRowIsShownBeforeAnyFilter() {
        assertThat(shown()).hasSize(fixture.matrix().rows().size());
        assertThat(model.summaryProperty().get()).contains(Integer.toString(fixture.matrix().rows().size()));
    }

    @Test
    void searchShowsRowsHoldingEveryWordTypedInAnyCase() {
        model.searchTextProperty().set("IJB  membership");

        assertThat(shown()).contains("F1.3").allSatisfy(ref -> assertThat(haystack(ref)).contains("ijb", "membership"));
    }

    @Test
    void aFunctionChosenShowsOnlyItsRows() {
        model.functionProperty().set(model.functions().get(2));
        int number = model.functions().get(2).function().number();

        assertThat(shown()).isNotEmpty().allMatch(ref -> ref.startsWith("F" + number + "."));
        assertThat(shown()).hasSize(model.functions().get(2).rows());
    }

    @Test
    void aLeadChosenShowsOnlyTheMechanismsTheyLead() {
        model.leadProperty().set("Jane Martin");

        assertThat(shown()).contains("F1.3").allSatisfy(ref -> assertThat(fixture.row(ref).mechanism().leadNames())
                .contains("Jane Martin"));
    }

    @Test
    void aFrequencyChosenShowsOnlyItsRows() {
        model.frequencyProperty().set("Quarterly");

        assertThat(shown()).contains("F1.5").allSatisfy(ref -> assertThat(fixture.row(ref).mechanism().frequency()
                .wording()).isEqualTo("Quarterly"));
    }

    @Test
    void theDashboardsLinkShowsOnlyOneStatusInOneFunction() {
        StatutoryFunction first = fixture.matrix().functions().getFirst();
        model.searchTextProperty().set("something typed earlier");
        model.showOnly(Status.OVERDUE, first);

        assertThat(model.searchTextProperty().get()).isEmpty();
        assertThat(model.visibleLines()).allMatch(l -> l.status().status() == Status.OVERDUE
                && l.row().function().number() == first.number());
    }

    @Test
    void clearingTheFiltersShowsEveryRowAgain() {
        model.leadProperty().set("Jane Martin");
        model.frequencyProperty().set("Quarterly");
        model.clearFilters();

        assertThat(shown()).hasSize(fixture.matrix().rows().size());
        assertThat(model.functionProperty().get().isAll()).isTrue();
    }

    @Test
    void theSelectedRowStaysSelectedWhenTheStatusesAreRefreshed() {
        model.selectedProperty().set(model.visibleLines().stream().filter(l -> l.row().ref().text().equals("F1.3"))
                .findFirst().orElseThrow());
        fixture.state().refresh();
        model.show(fixture.state().boardProperty().get());

        assertThat(model.selectedProperty().get().row().ref().text()).isEqualTo("F1.3");
        assertThat(model.visibleLines()).contains(model.selectedProperty().get());
    }

    @Test
    void theFunctionChosenStaysChosenWhenTheMatrixIsReloaded() {
        model.functionProperty().set(model.functions().get(2));
        int number = model.functions().get(2).function().number();
        fixture.state().refresh();
        model.show(fixture.state().boardProperty().get());

        assertThat(model.functionProperty().get().function().number()).isEqualTo(number);
    }

    @Test
    void theRowsOfTheSelectedMechanismAreEveryFunctionItServes() {
        model.selectedProperty().set(model.visibleLines().stream().filter(l -> l.row().ref().text().equals("F1.3"))
                .findFirst().orElseThrow());

        assertThat(model.rowsOfSelectedMechanism()).extracting(r -> r.ref().text()).contains("F1.3", "F10.1");
    }

    private String haystack(String ref) {
        var mechanism = fixture.row(ref).mechanism();
        return (ref + " " + mechanism.description() + " " + mechanism.leadNames() + " "
                + mechanism.frequency().wording()).toLowerCase(java.util.Locale.UK);
    }
}
