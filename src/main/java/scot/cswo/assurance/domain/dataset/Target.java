package scot.cswo.assurance.domain.dataset;

import java.math.BigDecimal;
import scot.cswo.assurance.domain.problem.InvalidDataException;

/**
 * A measure's target for a year and how far short of it still counts as Amber.
 *
 * @param tolerance zero or more, in the measure's own unit
 */
public record Target(BigDecimal value, BigDecimal tolerance) {

    public Target {
        if (value == null) {
            throw new InvalidDataException("A target needs a value.");
        }
        tolerance = tolerance == null ? BigDecimal.ZERO : tolerance;
        if (tolerance.signum() < 0) {
            throw new InvalidDataException("A target's tolerance cannot be negative (it was " + tolerance.toPlainString()
                    + ").");
        }
    }
}
