package scot.cswo.assurance.domain.action;

import scot.cswo.assurance.domain.problem.Field;

/** The inputs of an improvement action, which problems with it are about. */
public enum ActionField implements Field {
    ACTION,
    SOURCE,
    SOURCE_REFERENCE,
    LEAD,
    TARGET_DATE,
    PROGRESS
}
