package scot.cswo.assurance.domain.report;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import scot.cswo.assurance.domain.schedule.Period;

/** A financial year as councils name it: 2024-25 runs from 1 April 2024 to 31 March 2025. */
public record ReportYear(int startYear) implements Comparable<ReportYear> {
    private static final Pattern FORM = Pattern.compile("(\\d{4})\\s*[-–/]\\s*(\\d{2}|\\d{4})");

    /** Reads "2024-25" or "2024-2025"; empty if the text is not a financial year. */
    public static Optional<ReportYear> parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        boolean next = m.group(2).length() == 2 ? end == (start + 1) % 100 : end == start + 1;
        return next ? Optional.of(new ReportYear(start)) : Optional.empty();
    }

    /** The financial year containing a date. */
    public static ReportYear containing(LocalDate date, Month yearStart) {
        return new ReportYear(date.getMonthValue() >= yearStart.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public Period period(Month yearStart) {
        LocalDate start = LocalDate.of(startYear, yearStart, 1);
        return new Period(start, start.plusYears(1).minusDays(1));
    }

    /** "2024-25". */
    public String label() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }

    @Override
    public int compareTo(ReportYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
