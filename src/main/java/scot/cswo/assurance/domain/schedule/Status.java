package scot.cswo.assurance.domain.schedule;

/** Where a mechanism stands on a date. Each has a fixed label, always shown with its colour. */
public enum Status {
    OVERDUE("Overdue"),
    DUE_SOON("Due soon"),
    NO_SCHEDULE("No schedule"),
    ON_TRACK("On track"),
    EVENT_DRIVEN("Event-driven"),
    COMPLETE("Complete");

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
}
