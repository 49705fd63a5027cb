package scot.cswo.assurance.domain.action;

import scot.cswo.assurance.domain.problem.Field;

/** The inputs of a progress note on an action, which problems with it are about. */
public enum ActionNoteField implements Field {
    DATE("Date"),
    NOTE("Note"),
    EVIDENCE("Evidence"),
    /** Why a note is corrected or withdrawn. */
    REASON("Reason");

    private final String label;

    ActionNoteField(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
