package scot.cswo.assurance.service.matrix;

import scot.cswo.assurance.domain.problem.Field;

/** The inputs of the forms that change the matrix, which the framework editor's problems are about. */
public enum MatrixField implements Field {
    FUNCTION("Function"),
    FUNCTION_TITLE("Function title"),
    DESCRIPTION("Assurance mechanism"),
    LEADS("Lead"),
    FREQUENCY("Frequency"),
    EFFECTIVE_FROM("Effective from"),
    /** A retirement's date: only the date field itself finds fault with it (empty means today). */
    RETIRE_FROM("Retire from");

    private final String label;

    MatrixField(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
