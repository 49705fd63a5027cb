package scot.cswo.assurance.domain.dataset;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import scot.cswo.assurance.domain.dataset.Aggregation.YearValue;

/**
 * A measure with the values entered for it and its targets by financial year: what the dataset
 * screen, the quarterly review and the annual report read.
 *
 * @param values  by period; quarters for quarterly measures, whole years for annual ones
 * @param targets by financial year (the calendar year it starts in)
 * @param version the measure's definition as read, for refusing a change made on an out-of-date copy
 */
public record MeasureSeries(long id, Measure measure, SortedMap<DataPeriod, BigDecimal> values,
                            Map<Integer, Target> targets, int version) {

    public MeasureSeries {
        values = new TreeMap<>(values);
        targets = Map.copyOf(targets);
    }

    /** Whether two values (either may be null) are the same number, whatever their scale: 41 and 41.00. */
    public static boolean sameValue(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** The period this measure's value for a quarter is entered against: the quarter, or its year if annual. */
    public DataPeriod periodIn(Quarter quarter) {
        return measure.collection() == CollectionFrequency.ANNUAL ? DataPeriod.year(quarter.financialYear())
                : DataPeriod.of(quarter);
    }

    /** The value entered for a period, or null. */
    public BigDecimal value(DataPeriod period) {
        return values.get(period);
    }

    public Target target(int financialYear) {
        return targets.get(financialYear);
    }

    /** The year's value: an annual measure's own, or the quarters rolled up by the measure's aggregation. */
    public YearValue year(int financialYear) {
        if (measure.collection() == CollectionFrequency.ANNUAL) {
            BigDecimal value = value(DataPeriod.year(financialYear));
            return new YearValue(value, value != null);
        }
        return yearToDate(new Quarter(financialYear, 4));
    }

    /**
     * The year so far at the end of a quarter: the sum, the latest position or the mean of the
     * quarters up to it, marked incomplete if one of them is missing.
     */
    public YearValue yearToDate(Quarter upTo) {
        Map<Integer, BigDecimal> quarters = new HashMap<>();
        for (int q = 1; q <= upTo.number(); q++) {
            quarters.put(q, value(new DataPeriod(upTo.financialYear(), q)));
        }
        YearValue rolled = measure.aggregation().rollUp(quarters);
        long entered = quarters.values().stream().filter(v -> v != null).count();
        boolean complete = measure.aggregation() == Aggregation.LAST ? quarters.get(upTo.number()) != null
                : entered == upTo.number();
        return new YearValue(rolled.value(), rolled.value() != null && complete);
    }

    /** The year's rating against its target. */
    public Rag rag(int financialYear) {
        return Rag.of(measure.polarity(), target(financialYear), year(financialYear).value());
    }

    /**
     * The rating at the end of a quarter. A total for the year is compared pro rata (after two
     * quarters, with half the year's target); a position or an average with the target itself.
     */
    public Rag rag(Quarter quarter) {
        if (measure.collection() == CollectionFrequency.ANNUAL) {
            return rag(quarter.financialYear());
        }
        Target target = target(quarter.financialYear());
        if (target != null && measure.aggregation() == Aggregation.SUM) {
            BigDecimal share = BigDecimal.valueOf(quarter.number()).divide(BigDecimal.valueOf(4));
            target = new Target(target.value().multiply(share), target.tolerance().multiply(share));
        }
        return Rag.of(measure.polarity(), target, ratedValue(quarter));
    }

    /** The figure {@link #rag(Quarter)} rates: the year's for an annual measure, else the year so far; or null. */
    public BigDecimal ratedValue(Quarter quarter) {
        return measure.collection() == CollectionFrequency.ANNUAL ? year(quarter.financialYear()).value()
                : yearToDate(quarter).value();
    }
}
