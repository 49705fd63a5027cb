package scot.cswo.assurance.domain.schedule;

import java.util.Arrays;
import java.util.List;
import scot.cswo.assurance.domain.Labelled;

/** Where a mechanism (or an improvement action) stands on a date. Each has a fixed label, always shown with its colour. */
public enum Status implements Labelled {
    OVERDUE,
    DUE_SOON,
    NO_SCHEDULE,
    ON_TRACK,
    /** A report made to a meeting when there is something to report: never due, never missed. */
    AS_AVAILABLE,
    EVENT_DRIVEN,
    COMPLETE,
    /** An improvement action with no lead or no target date yet: nothing to be on track for. */
    NOT_SCHEDULED;

    /** The name in words, but for the hyphen event-driven is written with. */
    @Override
    public String label() {
        return this == EVENT_DRIVEN ? "Event-driven" : Labelled.super.label();
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
