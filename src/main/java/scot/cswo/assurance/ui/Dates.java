package scot.cswo.assurance.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** Date pickers that show and accept dates as UK users write them (dd/mm/yyyy). */
public final class Dates {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK);
    private static final DateTimeFormatter TYPED =
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT);

    private Dates() {
    }

    public static DatePicker picker(String id, LocalDate initial, String accessibleText) {
        DatePicker picker = new DatePicker(initial);
        picker.setId(id);
        picker.setPromptText("dd/mm/yyyy");
        picker.setAccessibleText(accessibleText);
        picker.getEditor().setPrefColumnCount(9);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : SHOWN.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip(), TYPED);
                } catch (DateTimeParseException e) {
                    // Keep the last good date rather than throwing inside the control.
                    return picker.getValue();
                }
            }
        });
        return picker;
    }
}
