package scot.cswo.assurance.domain.schedule;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import scot.cswo.assurance.domain.DateFormats;

/** A stretch of days, both ends included, for which a mechanism must be evidenced. */
public record Period(LocalDate start, LocalDate end) {
    // Locale.ENGLISH rather than UK: CLDR's en-GB abbreviates September as "Sept".
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter FULL_MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    public Period {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("A period cannot end (" + end + ") before it starts (" + start + ")");
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    public long lengthInDays() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /**
     * How users name the period: "Apr–Jun 2025", "Dec 2025–Jan 2026", "March 2026", or for a week or
     * a meeting cycle its dates.
     */
    public String label() {
        boolean wholeMonths = start.getDayOfMonth() == 1 && end.equals(end.withDayOfMonth(end.lengthOfMonth()));
        if (!wholeMonths) {
            return DateFormats.display(start) + "–" + DateFormats.display(end);
        }
        if (start.getYear() == end.getYear() && start.getMonth() == end.getMonth()) {
            return FULL_MONTH_YEAR.format(start);
        }
        if (start.getYear() == end.getYear()) {
            return MONTH.format(start) + "–" + MONTH_YEAR.format(end);
        }
        return MONTH_YEAR.format(start) + "–" + MONTH_YEAR.format(end);
    }

    @Override
    public String toString() {
        return start + ".." + end;
    }
}
