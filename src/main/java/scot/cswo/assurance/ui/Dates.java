package scot.cswo.assurance.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import scot.cswo.assurance.domain.dataset.Quarter;

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

    /** A financial quarter as the screens name it: "2025-Q2 (July to September 2025)". */
    public static String quarter(Quarter q) {
        return Messages.get("dataset.quarter.shown", q.label(), Messages.get("dataset.months." + q.number()),
                Integer.toString(q.end().getYear()));
    }
}
