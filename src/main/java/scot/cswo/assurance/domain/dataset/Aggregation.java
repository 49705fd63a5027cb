package scot.cswo.assurance.domain.dataset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** How a quarterly measure's four quarters make its value for the year. */
public enum Aggregation {
    /** Events counted in each quarter (registrations, referrals): the year is their sum. */
    SUM("Sum of the quarters"),
    /** A position at a date (children on the register): the year is the last quarter's, at 31 March. */
    LAST("Position at year end"),
    /** A level through the year (average caseload): the year is the mean of the quarters. */
    AVERAGE("Average of the quarters");

    private final String label;

    Aggregation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The year's value from the quarters entered so far (quarter number to value). A sum or an
     * average of fewer than four quarters is marked incomplete, as is a year-end position taken
     * from an earlier quarter; no quarters at all give no value.
     */
    public YearValue rollUp(Map<Integer, BigDecimal> quarters) {
        SortedMap<Integer, BigDecimal> entered = new TreeMap<>();
        quarters.forEach((quarter, value) -> {
            if (value != null) {
                entered.put(quarter, value);
            }
        });
        if (entered.isEmpty()) {
            return new YearValue(null, false);
        }
        boolean complete = entered.size() == 4;
        return switch (this) {
            case SUM -> new YearValue(entered.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add), complete);
            case LAST -> new YearValue(entered.get(entered.lastKey()), entered.lastKey() == 4);
            case AVERAGE -> new YearValue(entered.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(entered.size()), 2, RoundingMode.HALF_UP).stripTrailingZeros(), complete);
        };
    }

    /** A year's value and whether all the quarters it needs were there. */
    public record YearValue(BigDecimal value, boolean complete) {
        /** Published with the provisional mark: a value, but not every quarter it needs was entered. */
        public boolean provisional() {
            return value != null && !complete;
        }
    }
}
