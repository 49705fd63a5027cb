package scot.cswo.assurance.domain.frequency;

/**
 * A periodic cadence. Month-based cadences are counted from the start of the financial year; weeks
 * run Monday to Sunday, and fortnights from the Monday of the week tracking starts.
 */
public enum Cadence {
    WEEKLY("Weekly", 0),
    FORTNIGHTLY("Fortnightly", 0),
    MONTHLY("Monthly", 1),
    TWO_MONTHLY("2 monthly", 2),
    QUARTERLY("Quarterly", 3),
    FOUR_MONTHLY("4 monthly", 4),
    TWICE_YEARLY("Twice yearly", 6),
    ANNUALLY("Annually", 12);

    private final String wording;
    private final int months;

    Cadence(String wording, int months) {
        this.wording = wording;
        this.months = months;
    }

    /** The wording used in the framework documents, e.g. "2 monthly". */
    public String wording() {
        return wording;
    }

    /** Length of each period in months; 0 for weekly and fortnightly. */
    public int months() {
        return months;
    }
}
