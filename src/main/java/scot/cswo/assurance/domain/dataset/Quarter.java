package scot.cswo.assurance.domain.dataset;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.report.ReportYear;

/**
 * A quarter of a council's financial year (April to March): {@code 2025-Q1} is April to June 2025,
 * {@code 2025-Q4} January to March 2026.
 *
 * @param financialYear the calendar year in which the financial year starts
 * @param number        1 to 4
 */
public record Quarter(int financialYear, int number) implements Comparable<Quarter> {
    private static final Pattern FORM = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    public Quarter {
        if (number < 1 || number > 4) {
            throw new InvalidDataException("A quarter is numbered 1 to 4, not " + number + ".");
        }
    }

    /** Reads "2025-Q1"; anything else is refused with the text that was given. */
    public static Quarter parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new InvalidDataException("A quarter is written like 2025-Q1 (April to June 2025), not \""
                    + text + "\".");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The quarter a date falls in. */
    public static Quarter containing(LocalDate date) {
        int monthsIntoYear = (date.getMonthValue() + 8) % 12;
        return new Quarter(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1, monthsIntoYear / 3 + 1);
    }

    public LocalDate start() {
        return LocalDate.of(financialYear, 4, 1).plusMonths(3L * (number - 1));
    }

    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(financialYear - 1, 4) : new Quarter(financialYear, number - 1);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(financialYear + 1, 1) : new Quarter(financialYear, number + 1);
    }

    /** The financial year's label, as the annual report uses it: 2025-26. */
    public String yearLabel() {
        return new ReportYear(financialYear).label();
    }

    public String label() {
        return financialYear + "-Q" + number;
    }

    /** The quarter as readers name it: "April to June 2025", "January to March 2026". */
    public String months() {
        return MONTH.format(start()) + " to " + MONTH_YEAR.format(end());
    }

    /** The same where room is short, as in a table's column heading: "Apr–Jun 2025". */
    public String shortMonths() {
        return SHORT_MONTH.format(start()) + "–" + SHORT_MONTH_YEAR.format(end());
    }

    @Override
    public int compareTo(Quarter other) {
        return financialYear != other.financialYear ? Integer.compare(financialYear, other.financialYear)
                : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return label();
    }
}
