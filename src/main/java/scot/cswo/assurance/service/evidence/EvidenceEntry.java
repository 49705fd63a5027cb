package scot.cswo.assurance.service.evidence;

import java.util.List;
import scot.cswo.assurance.domain.evidence.Evidence;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.matrix.Ref;

/** An evidence record with the mechanism it is for and every ref that mechanism appears under. */
public record EvidenceEntry(Evidence evidence, Mechanism mechanism, List<Ref> refs) {
}
