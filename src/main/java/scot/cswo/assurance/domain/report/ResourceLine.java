package scot.cswo.assurance.domain.report;

import java.math.BigDecimal;

/**
 * One line of the report's Resources table: a service's budget and outturn for the year, in
 * thousands of pounds. The variance is worked out here and nowhere else.
 */
public record ResourceLine(String service, BigDecimal budget, BigDecimal outturn) {

    /** Outturn less budget: positive when the service spent more than its budget. */
    public BigDecimal variance() {
        return outturn.subtract(budget);
    }
}
