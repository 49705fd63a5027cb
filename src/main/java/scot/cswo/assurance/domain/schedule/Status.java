package scot.cswo.assurance.domain.schedule;

import java.util.Arrays;
import java.util.List;

/** Where a mechanism (or an improvement action) stands on a date. Each has a fixed label, always shown with its colour. */
public enum Status {
    OVERDUE("Overdue"),
    DUE_SOON("Due soon"),
    NO_SCHEDULE("No schedule"),
    ON_TRACK("On track"),
    /** A report made to a meeting when there is something to report: never due, never missed. */
    AS_AVAILABLE("As available"),
    EVENT_DRIVEN("Event-driven"),
    COMPLETE("Complete"),
    /** An improvement action with no lead or no target date yet: nothing to be on track for. */
    NOT_SCHEDULED("Not scheduled");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Lower is more urgent: the order of My tasks and of the dashboard. */
    public int urgency() {
        return ordinal();
    }

    /** The statuses a row of the matrix can have, in the dashboard's and the filter's order. */
    public static List<Status> ofTheMatrix() {
        return Arrays.stream(values()).filter(s -> s != NOT_SCHEDULED).toList();
    }
}
