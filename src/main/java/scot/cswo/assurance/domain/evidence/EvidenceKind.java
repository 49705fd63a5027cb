package scot.cswo.assurance.domain.evidence;

import java.util.Optional;
import scot.cswo.assurance.domain.frequency.Frequency;

/** What an evidence record says. */
public enum EvidenceKind {
    /** Something happened that assures the mechanism, on its activity date. */
    EVIDENCE,
    /** The period containing the activity date needs no evidence, for the reason given. */
    NOT_APPLICABLE,
    /** An event-driven mechanism's quarterly return: nothing happened in the quarter ending on the date. */
    NOTHING_TO_REPORT;

    /**
     * What may be recorded in place of evidence for a mechanism of this frequency: an event-driven
     * one's quarterly "nothing to report", any scheduled one's "not applicable"; nothing for a one-off.
     */
    public static Optional<EvidenceKind> insteadOfEvidence(Frequency frequency) {
        return switch (frequency) {
            case Frequency.EventDriven e -> Optional.of(NOTHING_TO_REPORT);
            case Frequency.OneOff o -> Optional.empty();
            default -> Optional.of(NOT_APPLICABLE);
        };
    }
}
