package scot.cswo.assurance.domain.dataset;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The dataset's storage. Each change is one transaction with its history entries. */
public interface DatasetRepository {

    /** Whether there are no measures at all (checked at every start, so without reading them). */
    boolean isEmpty();

    /** Every measure in the order it was added, with its values and targets. */
    List<MeasureSeries> dataset();

    /** Adds measures after the existing ones; refused if a name is taken. */
    List<MeasureSeries> addMeasures(List<Measure> measures, String account, Instant at);

    /**
     * Saves a measure's changed definition if nobody has changed it since {@code expectedVersion};
     * refused if the name is taken by another measure.
     */
    MeasureSeries updateMeasure(long id, int expectedVersion, Measure changed, String account, Instant at);

    /**
     * Saves values (a null value clears one) all or nothing. Each change says what its value was
     * when read; if anyone has changed one since, nothing is saved.
     */
    void saveValues(List<ValueChange> changes, String account, Instant at);

    /** Sets (or with null, clears) a measure's target for a financial year. */
    void saveTarget(long measureId, int financialYear, Target target, String account, Instant at);

    /** The small-number threshold for published output. */
    int threshold();

    void saveThreshold(int threshold, String account, Instant at);

    /**
     * A value to save.
     *
     * @param expected the value as read (null: there was none)
     * @param value    the new value (null: clear it)
     */
    record ValueChange(long measureId, DataPeriod period, BigDecimal expected, BigDecimal value) {
    }
}
