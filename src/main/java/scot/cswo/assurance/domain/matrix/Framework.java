package scot.cswo.assurance.domain.matrix;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;

/**
 * A council's CSWO governance framework: the matrix plus the settings the schedule needs.
 *
 * @param trackingStart periods that end before this date are not counted
 * @param yearStart     first month of the financial year (April in Scotland)
 * @param graceDays     days after a period ends before it is flagged overdue
 * @param broughtIn     when it was created or imported
 */
public record Framework(long id, String name, String council, String periodLabel, LocalDate trackingStart,
                        Month yearStart, int graceDays, Instant broughtIn, int version) {

    public FrameworkDetails details() {
        return new FrameworkDetails(name, council, periodLabel, trackingStart, yearStart, graceDays);
    }
}
