package scot.cswo.assurance.domain.dataset;

import java.math.BigDecimal;
import scot.cswo.assurance.domain.Labelled;

/**
 * A measure's value against its target for the year: Green on or better than target, Amber worse
 * but within the tolerance, Red beyond it. The label is always shown with the colour, so the rating
 * never depends on seeing colour.
 */
public enum Rag implements Labelled {
    GREEN,
    AMBER,
    RED,
    /** Context-only measures, measures without a target, and periods without a value. */
    NOT_RATED;

    /** Rates {@code value} against {@code target}; either may be null (then not rated). */
    public static Rag of(Polarity polarity, Target target, BigDecimal value) {
        if (polarity == Polarity.CONTEXT_ONLY || target == null || value == null) {
            return NOT_RATED;
        }
        // How far the value falls short of the target in the measure's bad direction (negative: better).
        BigDecimal shortfall = polarity == Polarity.HIGHER_IS_BETTER ? target.value().subtract(value)
                : value.subtract(target.value());
        if (shortfall.signum() <= 0) {
            return GREEN;
        }
        return shortfall.compareTo(target.tolerance()) <= 0 ? AMBER : RED;
    }
}
