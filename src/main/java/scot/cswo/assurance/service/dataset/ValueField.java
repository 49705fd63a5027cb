package scot.cswo.assurance.service.dataset;

import scot.cswo.assurance.domain.dataset.MeasureSeries;
import scot.cswo.assurance.domain.problem.Field;

/**
 * The value of one measure on the form entering a quarter's values: one field per measure, named
 * by the measure.
 */
public record ValueField(long measureId, String label) implements Field {

    public static ValueField of(MeasureSeries series) {
        return new ValueField(series.id(), series.measure().name());
    }

    /** A field per measure has no constant's name; its label (the measure's name) serves. */
    @Override
    public String name() {
        return label;
    }
}
