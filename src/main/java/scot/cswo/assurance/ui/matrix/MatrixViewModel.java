package scot.cswo.assurance.ui.matrix;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.domain.schedule.StatusBoard;
import scot.cswo.assurance.ui.Messages;
import scot.cswo.assurance.ui.Selection;

/**
 * State of the matrix screen: the rows with their statuses, the filters the user has set (text,
 * function, lead, frequency, status), the rows that pass them and the selected row.
 */
public final class MatrixViewModel {
    private final ObservableList<MatrixLine> lines = FXCollections.observableArrayList();
    private final FilteredList<MatrixLine> visibleLines = new FilteredList<>(lines);
    private final ObservableList<FunctionChoice> functions = FXCollections.observableArrayList();
    private final ObservableList<String> leads = FXCollections.observableArrayList();
    private final ObservableList<String> frequencies = FXCollections.observableArrayList();
    private final ObservableList<Status> statuses = FXCollections.observableArrayList(Status.ofTheMatrix());

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<FunctionChoice> function = new SimpleObjectProperty<>();
    private final ObjectProperty<String> lead = new SimpleObjectProperty<>();
    private final ObjectProperty<String> frequency = new SimpleObjectProperty<>();
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>();
    /** Only these mechanisms' rows (the dashboard's "not chased" line), or null for every mechanism. */
    private final ObjectProperty<NotChasedFilter> notChased = new SimpleObjectProperty<>();
    private final ObjectProperty<MatrixLine> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<StatusBoard> board = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(Messages.get("matrix.loading"));

    /** The overdue mechanisms not chased in the last {@code days} days, as the dashboard counted them. */
    private record NotChasedFilter(Set<Long> mechanismIds, int days) {
    }

    private Map<MatrixRow, String> searchable = new IdentityHashMap<>();
    private AssuranceMatrix shownMatrix;

    public MatrixViewModel() {
        visibleLines.predicateProperty().bind(Bindings.createObjectBinding(this::filter,
                searchText, function, lead, frequency, status, notChased));
        visibleLines.addListener((ListChangeListener<MatrixLine>) change -> updateSummary());
        notChased.addListener((obs, old, now) -> updateSummary());
    }

    /** Shows the matrix with its statuses, keeping the user's filters and selection. */
    public void show(StatusBoard shown) {
        MatrixLine previouslySelected = selected.get();
        board.set(shown);
        // A new date or a reload usually brings the same rows: keep the filters' choices and search text as built.
        if (!shown.matrix().equals(shownMatrix)) {
            showMatrix(shown.matrix());
        }
        List<MatrixLine> updated = shownMatrix.rows().stream().map(r -> new MatrixLine(r, shown.status(r))).toList();
        lines.setAll(updated);
        if (previouslySelected != null) {
            selected.set(updated.stream().filter(l -> l.row().ref().equals(previouslySelected.row().ref()))
                    .findFirst().orElse(null));
        }
        updateSummary();
    }

    private void showMatrix(AssuranceMatrix matrix) {
        shownMatrix = matrix;
        searchable = new IdentityHashMap<>();
        for (MatrixRow row : matrix.rows()) {
            searchable.put(row, haystack(row));
        }
        FunctionChoice chosen = function.get();
        functions.setAll(functionChoices(matrix));
        function.set(chosen == null || chosen.isAll() ? functions.getFirst() : functions.stream()
                .filter(c -> !c.isAll() && c.function().number() == chosen.function().number())
                .findFirst().orElse(functions.getFirst()));
        leads.setAll(matrix.leads().stream().map(Lead::name).toList());
        frequencies.setAll(matrix.rows().stream().map(r -> r.mechanism().frequency().wording())
                .distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList());
    }

    public void clearFilters() {
        searchText.set("");
        function.set(functions.isEmpty() ? null : functions.getFirst());
        lead.set(null);
        frequency.set(null);
        status.set(null);
        notChased.set(null);
    }

    /** Shows only rows with this status (and of this function, if given): the dashboard's links. */
    public void showOnly(Status wanted, StatutoryFunction inFunction) {
        clearFilters();
        status.set(wanted);
        if (inFunction != null) {
            functions.stream().filter(c -> !c.isAll() && c.function().number() == inFunction.number())
                    .findFirst().ifPresent(function::set);
        }
    }

    /** Shows only the overdue rows whose mechanisms are {@code mechanismIds}: the dashboard's "not chased" line. */
    public void showOnlyNotChased(Set<Long> mechanismIds, int days) {
        clearFilters();
        status.set(Status.OVERDUE);
        notChased.set(new NotChasedFilter(Set.copyOf(mechanismIds), days));
    }

    /** Every row of the selected row's mechanism: it serves each of their functions. */
    public List<MatrixRow> rowsOfSelectedMechanism() {
        MatrixLine line = selected.get();
        return line == null || shownMatrix == null ? List.of() : shownMatrix.rowsOfMechanism(line.row().mechanism());
    }

    private Predicate<MatrixLine> filter() {
        String[] words = searchText.get() == null ? new String[0]
                : searchText.get().toLowerCase(Locale.UK).strip().split("\\s+");
        FunctionChoice chosenFunction = function.get();
        String chosenLead = lead.get();
        String chosenFrequency = frequency.get();
        Status chosenStatus = status.get();
        NotChasedFilter quiet = notChased.get();
        return line -> {
            MatrixRow row = line.row();
            if (quiet != null && !quiet.mechanismIds().contains(row.mechanism().id())) {
                return false;
            }
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
            if (chosenStatus != null && (line.status() == null || line.status().status() != chosenStatus)) {
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
        if (shownMatrix != null) {
            NotChasedFilter quiet = notChased.get();
            summary.set(quiet == null ? Messages.get("matrix.summary", visibleLines.size(), lines.size())
                    : Messages.get("matrix.summary.notChased", visibleLines.size(), lines.size(), quiet.days()));
        }
    }

    /** The lines that pass the filters, and the one selected. */
    public Selection<MatrixLine> visibleLines() {
        return new Selection<>(visibleLines, selected);
    }

    /** The functions to filter by ("All functions" first, each with its row count) and the one chosen. */
    public Selection<FunctionChoice> function() {
        return new Selection<>(functions, function);
    }

    public Selection<String> lead() {
        return new Selection<>(leads, lead);
    }

    public Selection<String> frequency() {
        return new Selection<>(frequencies, frequency);
    }

    public Selection<Status> status() {
        return new Selection<>(statuses, status);
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ReadOnlyObjectProperty<StatusBoard> boardProperty() {
        return board.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
