package scot.cswo.assurance.ui.history;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
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
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().build();
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

    /** What the filter searches: the entry as the table shows it. */
    private static String text(HistoryEntry e) {
        return String.join("\n", String.valueOf(e.account()), what(e), String.valueOf(e.subject()), change(e), was(e),
                now(e)).toLowerCase(Locale.ROOT);
    }

    /** The kind of thing changed, in the screen's words ("Missed period", not "exception_note"). */
    public static String what(HistoryEntry e) {
        return Messages.getOrDefault("history.entity." + e.entity(), words(e.entity()));
    }

    /** What about it changed, in the screen's words; a date in it as dd/MM/yyyy. */
    public static String change(HistoryEntry e) {
        return dates(Messages.getOrDefault("history.field." + e.field(), words(e.field())));
    }

    public static String was(HistoryEntry e) {
        return value(e, e.oldValue());
    }

    public static String now(HistoryEntry e) {
        return value(e, e.newValue());
    }

    /**
     * A value as people read it: dates as dd/MM/yyyy (the history keeps them as stored, 2026-09-15),
     * yes or no for a choice ("Cancelled: No → Yes"), and report text, kept as Markdown, as the words
     * without the marks.
     */
    private static String value(HistoryEntry e, String value) {
        if (value == null) {
            return "";
        }
        return switch (value) {
            case "true" -> Messages.get("history.value.yes");
            case "false" -> Messages.get("history.value.no");
            default -> dates("report_text".equals(e.entity()) ? PLAIN.render(MARKDOWN.parse(value)).strip() : value);
        };
    }

    private static String dates(String text) {
        return ISO_DATE.matcher(text).replaceAll("$3/$2/$1");
    }

    /** A key with no wording of its own ("note date"), as a heading: "Note date". */
    private static String words(String key) {
        if (key == null || key.isEmpty()) {
            return "";
        }
        String words = key.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
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
