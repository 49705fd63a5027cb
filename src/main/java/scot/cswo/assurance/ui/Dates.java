package scot.cswo.assurance.ui;

import java.time.LocalDate;
import scot.cswo.assurance.domain.dataset.Quarter;

/** Date fields and period names as the screens show them. */
public final class Dates {
    private Dates() {
    }

    /** A date field reading dates as people type them; see {@link DateField}. */
    public static DateField picker(String id, LocalDate initial, String accessibleText) {
        return new DateField(id, initial, accessibleText);
    }

    /** A financial quarter as the screens name it: "2025-Q2 (July to September 2025)". */
    public static String quarter(Quarter q) {
        return Messages.get("dataset.quarter.shown", q.label(), Messages.get("dataset.months." + q.number()),
                Integer.toString(q.end().getYear()));
    }
}
