package scot.cswo.assurance.domain.dataset;

import scot.cswo.assurance.domain.problem.Field;

/** The inputs defining a dataset measure, and a value typed for it, which problems with them are about. */
public enum MeasureField implements Field {
    NAME("Name"),
    UNIT("Unit"),
    STATUTORY_AREA("Statutory area"),
    DEFINITION("Definition"),
    DATA_OWNER("Data owner"),
    COLLECTION("Collection"),
    POLARITY("Polarity"),
    AGGREGATION("Aggregation"),
    COUNTS_PEOPLE("Counts people"),
    BREAKDOWN("Breakdown"),
    /** A value typed or imported for the measure. */
    VALUE("Value");

    private final String label;

    MeasureField(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
