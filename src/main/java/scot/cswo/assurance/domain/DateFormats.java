package scot.cswo.assurance.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as UK users read them (31/03/2026). */
public final class DateFormats {
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

    private DateFormats() {
    }

    public static String display(LocalDate date) {
        return DISPLAY.format(date);
    }
}
