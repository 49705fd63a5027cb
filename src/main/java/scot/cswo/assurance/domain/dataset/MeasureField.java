package scot.cswo.assurance.domain.dataset;

import scot.cswo.assurance.domain.problem.Field;

/** The inputs defining a dataset measure, and a value typed for it, which problems with them are about. */
public enum MeasureField implements Field {
    NAME,
    UNIT,
    STATUTORY_AREA,
    DEFINITION,
    DATA_OWNER,
    COLLECTION,
    POLARITY,
    AGGREGATION,
    COUNTS_PEOPLE,
    BREAKDOWN,
    /** A value typed or imported for the measure. */
    VALUE
}
