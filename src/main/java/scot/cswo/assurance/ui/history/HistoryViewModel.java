package scot.cswo.assurance.ui.history;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import scot.cswo.assurance.domain.history.HistoryEntry;
import scot.cswo.assurance.service.history.HistoryService;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DialogService;
import scot.cswo.assurance.ui.DialogService.FileType;
import scot.cswo.assurance.ui.Messages;

/**
 * The change history as a filterable list: every change since a date (or one mechanism's
 * changes), narrowed as the user types. Read-only: the history cannot be changed.
 */
public final class HistoryViewModel {
    private final AssuranceState state;
    private final HistoryService history;
    private final DialogService dialogs;
    private final Long mechanismId;
    private final ObservableList<HistoryEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<HistoryEntry> shown = new FilteredList<>(entries);
    private final ObjectProperty<LocalDate> since = new SimpleObjectProperty<>();
    private final StringProperty containing = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** @param mechanismId one mechanism's history, or null for the whole log */
    public HistoryViewModel(AssuranceState state, HistoryService history, DialogService dialogs, Long mechanismId) {
        this.state = state;
        this.history = history;
        this.dialogs = dialogs;
        this.mechanismId = mechanismId;
        if (mechanismId == null) {
            since.set(state.today().minusDays(90));
        }
        since.addListener((obs, old, date) -> load());
        containing.addListener((obs, old, text) -> filter());
    }

    public void load() {
        LocalDate from = since.get();
        state.load(() -> mechanismId != null ? history.forMechanism(mechanismId)
                : history.log(from, null), loaded -> {
            entries.setAll(loaded);
            filter();
        });
    }

    private void filter() {
        String wanted = containing.get() == null ? "" : containing.get().strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(e -> wanted.isEmpty() || text(e).contains(wanted));
        message.set(Messages.get("history.count", shown.size(), entries.size()));
    }

    private static String text(HistoryEntry e) {
        return String.join("\n", String.valueOf(e.account()), String.valueOf(e.entity()), String.valueOf(e.subject()),
                String.valueOf(e.field()), String.valueOf(e.oldValue()), String.valueOf(e.newValue()))
                .toLowerCase(Locale.ROOT);
    }

    /** Asks where, then saves the entries shown as CSV for a spreadsheet. */
    public void export() {
        dialogs.fileToSave(Messages.get("history.export.title"), "change-history.csv",
                List.of(FileType.of(Messages.get("files.csv"), "*.csv"))).ifPresent(this::export);
    }

    private void export(Path file) {
        List<HistoryEntry> copy = List.copyOf(shown);
        state.load(() -> {
            history.writeCsv(file, copy);
            return file;
        }, written -> message.set(Messages.get("history.exported", copy.size(), written.toString())),
                dialogs::failed);
    }

    public ObservableList<HistoryEntry> shown() {
        return shown;
    }

    public ObjectProperty<LocalDate> sinceProperty() {
        return since;
    }

    public StringProperty containingProperty() {
        return containing;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public boolean wholeLog() {
        return mechanismId == null;
    }
}
