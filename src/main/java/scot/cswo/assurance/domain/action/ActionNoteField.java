package scot.cswo.assurance.domain.action;

import scot.cswo.assurance.domain.problem.Field;

/** The inputs of a progress note on an action, which problems with it are about. */
public enum ActionNoteField implements Field {
    DATE,
    NOTE,
    EVIDENCE,
    /** Why a note is corrected or withdrawn. */
    REASON
}
