package scot.cswo.assurance.ui.matrix;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.StatutoryFunction;
import scot.cswo.assurance.ui.Messages;

/**
 * State of the matrix screen: the rows, the filters the user has set (text, function, lead,
 * frequency), the rows that pass them and the selected row.
 */
public final class MatrixViewModel {
    private final ObservableList<MatrixRow> rows = FXCollections.observableArrayList();
    private final FilteredList<MatrixRow> visibleRows = new FilteredList<>(rows);
    private final ObservableList<FunctionChoice> functions = FXCollections.observableArrayList();
    private final ObservableList<String> leads = FXCollections.observableArrayList();
    private final ObservableList<String> frequencies = FXCollections.observableArrayList();

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<FunctionChoice> function = new SimpleObjectProperty<>();
    private final ObjectProperty<String> lead = new SimpleObjectProperty<>();
    private final ObjectProperty<String> frequency = new SimpleObjectProperty<>();
    private final ObjectProperty<MatrixRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<AssuranceMatrix> matrix = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(Messages.get("matrix.loading"));

    private Map<MatrixRow, String> searchable = new IdentityHashMap<>();

    public MatrixViewModel() {
        visibleRows.predicateProperty().bind(Bindings.createObjectBinding(this::filter,
                searchText, function, lead, frequency));
        visibleRows.addListener((ListChangeListener<MatrixRow>) change -> updateSummary());
    }

    /** Shows a freshly loaded matrix, keeping the user's filters and selection where possible. */
    public void show(AssuranceMatrix loaded) {
        MatrixRow previouslySelected = selected.get();
        matrix.set(loaded);
        searchable = new IdentityHashMap<>();
        for (MatrixRow row : loaded.rows()) {
            searchable.put(row, haystack(row));
        }
        FunctionChoice chosen = function.get();
        functions.setAll(functionChoices(loaded));
        function.set(chosen == null || chosen.isAll() ? functions.getFirst() : functions.stream()
                .filter(c -> !c.isAll() && c.function().number() == chosen.function().number())
                .findFirst().orElse(functions.getFirst()));
        leads.setAll(loaded.leads().stream().map(Lead::name).toList());
        frequencies.setAll(loaded.rows().stream().map(r -> r.mechanism().frequency().wording())
                .distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList());
        rows.setAll(loaded.rows());
        if (previouslySelected != null) {
            selected.set(loaded.row(previouslySelected.ref()).orElse(null));
        }
        updateSummary();
    }

    public void clearFilters() {
        searchText.set("");
        function.set(functions.isEmpty() ? null : functions.getFirst());
        lead.set(null);
        frequency.set(null);
    }

    /** Other rows of the selected row's mechanism: it serves each of their functions too. */
    public List<MatrixRow> rowsOfSelectedMechanism() {
        MatrixRow row = selected.get();
        return row == null || matrix.get() == null ? List.of() : matrix.get().rowsOfMechanism(row.mechanism());
    }

    private Predicate<MatrixRow> filter() {
        String[] words = searchText.get() == null ? new String[0]
                : searchText.get().toLowerCase(Locale.UK).strip().split("\\s+");
        FunctionChoice chosenFunction = function.get();
        String chosenLead = lead.get();
        String chosenFrequency = frequency.get();
        return row -> {
            if (chosenFunction != null && !chosenFunction.isAll()
                    && row.function().number() != chosenFunction.function().number()) {
                return false;
            }
            if (chosenLead != null && row.mechanism().leads().stream().noneMatch(l -> l.name().equals(chosenLead))) {
                return false;
            }
            if (chosenFrequency != null && !row.mechanism().frequency().wording().equals(chosenFrequency)) {
                return false;
            }
            String text = searchable.getOrDefault(row, "");
            for (String word : words) {
                if (!word.isEmpty() && !text.contains(word)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static String haystack(MatrixRow row) {
        return String.join(" ", row.ref().text(), row.mechanism().description(), row.mechanism().leadNames(),
                row.mechanism().frequency().wording()).toLowerCase(Locale.UK);
    }

    private static List<FunctionChoice> functionChoices(AssuranceMatrix matrix) {
        Map<Integer, Long> counts = matrix.rows().stream()
                .collect(Collectors.groupingBy(r -> r.function().number(), Collectors.counting()));
        List<FunctionChoice> choices = new ArrayList<>();
        choices.add(new FunctionChoice(null, matrix.rows().size()));
        for (StatutoryFunction fn : matrix.functions()) {
            choices.add(new FunctionChoice(fn, counts.getOrDefault(fn.number(), 0L).intValue()));
        }
        return choices;
    }

    private void updateSummary() {
        if (matrix.get() != null) {
            summary.set(Messages.get("matrix.summary", visibleRows.size(), rows.size()));
        }
    }

    public ObservableList<MatrixRow> visibleRows() {
        return visibleRows;
    }

    public ObservableList<FunctionChoice> functions() {
        return functions;
    }

    public ObservableList<String> leads() {
        return leads;
    }

    public ObservableList<String> frequencies() {
        return frequencies;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<FunctionChoice> functionProperty() {
        return function;
    }

    public ObjectProperty<String> leadProperty() {
        return lead;
    }

    public ObjectProperty<String> frequencyProperty() {
        return frequency;
    }

    public ObjectProperty<MatrixRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<AssuranceMatrix> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
