package scot.cswo.assurance.service.evidence;

import scot.cswo.assurance.domain.problem.Field;

/** The inputs of the evidence forms and commands, which the service's problems are about. */
public enum EvidenceField implements Field {
    ACTIVITY_DATE,
    WHAT,
    REFERENCE,
    FORUM,
    CONCLUSION,
    CARRIED_OUT_BY,
    ATTACHMENT,
    /** Why a record is corrected or withdrawn, or why a period needs no evidence. */
    REASON,
    /** A date in the period a "not applicable" record covers. */
    PERIOD,
    /** A date in the quarter of a "nothing to report" return. */
    QUARTER,
    REF
}
