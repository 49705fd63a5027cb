package scot.cswo.assurance.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people type them, read the same way by every date field and every command: 15/9/26,
 * 15/09/2026, 15.09.2026, 15 Sep 2026, 15 September 2026 and 2026-09-15. A two-digit year is
 * 2000–2099. Anything else, or a day that does not exist (31/9/26), is not read as a date at all,
 * so a field never holds a date other than the one typed.
 */
public final class DateText {
    /** The earliest and latest years a date may be written in; outside them it is a typing slip. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2099;

    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{2}|\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern WORDS = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]+)\\.?,?\\s+(\\d{2}|\\d{4})");

    private DateText() {
    }

    /** The date the text names, or empty when it names none (blank text included). */
    public static Optional<LocalDate> read(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String typed = text.strip().replace('\u00A0', ' ').toLowerCase(Locale.ROOT);
        Matcher iso = ISO.matcher(typed);
        if (iso.matches()) {
            return date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), iso.group(3));
        }
        Matcher numeric = NUMERIC.matcher(typed);
        if (numeric.matches()) {
            return date(year(numeric.group(4)), Integer.parseInt(numeric.group(3)), numeric.group(1));
        }
        Matcher words = WORDS.matcher(typed);
        if (words.matches()) {
            return month(words.group(2)).flatMap(m -> date(year(words.group(3)), m.getValue(), words.group(1)));
        }
        return Optional.empty();
    }

    /** The sentence for text that is not a date: "31/9/26 is not a date; write it like 15/09/2026." */
    public static String notADate(String text) {
        return (text == null || text.isBlank() ? "That" : text.strip()) + " is not a date; write it like 15/09/2026.";
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + year : year;
    }

    private static Optional<LocalDate> date(int year, int month, String day) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A month by its name or its first three or more letters ("Sep", "Sept", "September"). */
    private static Optional<Month> month(String word) {
        if (word.length() < 3) {
            return Optional.empty();
        }
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(word)) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }
}
