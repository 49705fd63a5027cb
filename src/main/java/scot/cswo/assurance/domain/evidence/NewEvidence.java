package scot.cswo.assurance.domain.evidence;

import java.time.LocalDate;
import java.util.List;

/** An evidence record about to be saved, already validated by the service. */
public record NewEvidence(long mechanismId, EvidenceKind kind, LocalDate date, String note, String reference,
                          String forum, Conclusion conclusion, String providedBy, Long actingForLeadId,
                          List<Attachment> attachments) {

    public NewEvidence {
        attachments = List.copyOf(attachments);
    }
}
