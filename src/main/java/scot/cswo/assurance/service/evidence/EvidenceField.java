package scot.cswo.assurance.service.evidence;

import scot.cswo.assurance.domain.problem.Field;

/** The inputs of the evidence forms and commands, which the service's problems are about. */
public enum EvidenceField implements Field {
    DATE("Activity date"),
    NOTE("What"),
    REFERENCE("Reference"),
    FORUM("Forum"),
    CONCLUSION("Conclusion"),
    PROVIDED_BY("Carried out by"),
    ATTACHMENT("Attachment"),
    /** Why a record is corrected or withdrawn, or why a period needs no evidence. */
    REASON("Reason"),
    /** A date in the period a "not applicable" record covers. */
    PERIOD("Period"),
    /** A date in the quarter of a "nothing to report" return. */
    QUARTER("Quarter"),
    REF("Ref");

    private final String label;

    EvidenceField(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
