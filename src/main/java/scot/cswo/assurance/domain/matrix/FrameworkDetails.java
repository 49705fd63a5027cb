package scot.cswo.assurance.domain.matrix;

import java.time.LocalDate;
import java.time.Month;

/** What a new framework is created with. */
public record FrameworkDetails(String name, String council, String periodLabel, LocalDate trackingStart,
                               Month yearStart, int graceDays) {

    public FrameworkDetails withTrackingStart(LocalDate date) {
        return new FrameworkDetails(name, council, periodLabel, date, yearStart, graceDays);
    }
}
