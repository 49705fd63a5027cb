package scot.cswo.assurance.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.DateText;
import scot.cswo.assurance.domain.problem.Field;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;

/**
 * A date field that reads dates as people type them ({@link DateText}) and never holds a date
 * other than the one shown. Text that is not a date stays as typed, the value is left alone, and
 * {@link #problemProperty()} says what is wrong, until the text is put right.
 *
 * <p>DatePicker commits its text when focus leaves it (its converter is asked for the date): the
 * converter answers with the value it already holds when the text is not a date, so nothing
 * changes and the typed text is not replaced. Enter is stopped for text that is not a date, since
 * the picker's skin would otherwise put the last good date back into the field.
 */
public final class DateField extends DatePicker {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final Tooltip problemTip = new Tooltip();

    public DateField(String id, LocalDate initial, String accessibleText) {
        super(initial);
        setId(id);
        setPromptText("dd/mm/yyyy");
        setAccessibleText(accessibleText);
        getEditor().setPrefColumnCount(10);
        setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : DateFormats.display(date);
            }

            @Override
            public LocalDate fromString(String text) {
                Reading read = commit(text);
                return read.isDate() ? read.date() : getValue();
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ENTER && !commit(getEditor().getText()).isDate()) {
                key.consume();
            }
        });
        // Putting the text right clears the message at once; a new one waits until the text is committed.
        getEditor().textProperty().addListener((obs, old, text) -> {
            if (problem.get() != null && reading(text).isDate()) {
                problem.set(null);
            }
        });
        problem.addListener((obs, old, message) -> {
            pseudoClassStateChanged(INVALID, message != null);
            problemTip.setText(message);
            setTooltip(message == null ? null : problemTip);
        });
    }

    /**
     * The date in the field as typed, for a form's Save: null when the field is empty; the form's
     * problem for {@code field} when the text is not a date.
     */
    public LocalDate read(String field) {
        return read(field, null);
    }

    /**
     * The date in the field as typed, for a form's Save: null when the field is empty; a problem
     * with {@code field} when the text is not a date.
     */
    public LocalDate read(Field field) {
        return read(field.label(), field);
    }

    private LocalDate read(String column, Field field) {
        if (!commitTyped()) {
            throw new InvalidDataException(List.of(new Problem(null, 0, column, null, problem.get(), field)));
        }
        return getValue();
    }

    /**
     * Takes the text as typed into the value, for a form's Save; false, with {@link #problemProperty()}
     * saying why, when the text is not a date.
     */
    public boolean commitTyped() {
        Reading read = commit(getEditor().getText());
        if (read.isDate()) {
            setValue(read.date());
        }
        return read.isDate();
    }

    /** What is wrong with the text typed, or null while it is a date (or empty). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Reads the text, setting or clearing the problem. */
    private Reading commit(String text) {
        Reading read = reading(text);
        problem.set(read.isDate() ? null : DateText.notADate(text));
        return read;
    }

    private static Reading reading(String text) {
        if (text == null || text.isBlank()) {
            return new Reading(true, null);
        }
        Optional<LocalDate> date = DateText.read(text);
        return new Reading(date.isPresent(), date.orElse(null));
    }

    /** Text read as a date: {@code isDate} is true for a date and for empty text (a null date). */
    private record Reading(boolean isDate, LocalDate date) {
    }
}
