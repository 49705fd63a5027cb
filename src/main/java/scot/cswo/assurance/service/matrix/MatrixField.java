package scot.cswo.assurance.service.matrix;

import scot.cswo.assurance.domain.problem.Field;

/** The inputs of the forms that change the matrix, which the framework editor's problems are about. */
public enum MatrixField implements Field {
    FUNCTION,
    FUNCTION_TITLE,
    ASSURANCE_MECHANISM,
    LEAD,
    FREQUENCY,
    EFFECTIVE_FROM,
    /** A retirement's date: only the date field itself finds fault with it (empty means today). */
    RETIRE_FROM
}
