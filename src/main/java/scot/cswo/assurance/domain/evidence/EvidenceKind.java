package scot.cswo.assurance.domain.evidence;

/** What an evidence record says. */
public enum EvidenceKind {
    /** Something happened that assures the mechanism, on its activity date. */
    EVIDENCE,
    /** The period containing the activity date needs no evidence, for the reason given. */
    NOT_APPLICABLE,
    /** An event-driven mechanism's quarterly return: nothing happened in the quarter ending on the date. */
    NOTHING_TO_REPORT
}
