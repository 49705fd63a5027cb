package scot.cswo.assurance.service.report;

import scot.cswo.assurance.domain.problem.Field;

/** The inputs of a missed period's note in the annual report, which the service's problems are about. */
public enum ExceptionNoteField implements Field {
    /** Why the period was missed. */
    REASON("Reason"),
    /** The action agreed. */
    ACTION("Action");

    private final String label;

    ExceptionNoteField(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
