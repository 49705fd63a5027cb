package scot.cswo.assurance.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import scot.cswo.assurance.domain.schedule.Period;

/** Dates as a published report writes them: "31 Mar 2025", which also never breaks at a slash. */
final class ReportDates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private ReportDates() {
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "Apr–Jun 2025" for whole months; otherwise "11 Sep – 10 Dec 2025". */
    static String period(Period period) {
        boolean wholeMonths = period.start().getDayOfMonth() == 1
                && period.end().equals(period.end().withDayOfMonth(period.end().lengthOfMonth()));
        if (wholeMonths) {
            return period.label();
        }
        String start = period.start().getYear() == period.end().getYear() ? DAY_MONTH.format(period.start())
                : DAY.format(period.start());
        return start + " – " + DAY.format(period.end());
    }
}
