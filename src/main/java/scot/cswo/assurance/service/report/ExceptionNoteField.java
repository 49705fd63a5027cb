package scot.cswo.assurance.service.report;

import scot.cswo.assurance.domain.problem.Field;

/** The inputs of a missed period's note in the annual report, which the service's problems are about. */
public enum ExceptionNoteField implements Field {
    /** Why the period was missed. */
    REASON,
    /** The action agreed. */
    ACTION
}
