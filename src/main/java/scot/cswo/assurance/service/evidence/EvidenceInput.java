package scot.cswo.assurance.service.evidence;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import scot.cswo.assurance.domain.evidence.Conclusion;

/**
 * Evidence as the user enters it, before validation.
 *
 * @param date       the day the activity happened
 * @param note       what it was
 * @param reference  minute or report number
 * @param forum      where it was considered (JSWMT, IJB, committee, …)
 * @param providedBy who carried it out, when not the person recording it
 */
public record EvidenceInput(LocalDate date, String note, String reference, String forum, Conclusion conclusion,
                            String providedBy, List<Path> attachments) {

    public EvidenceInput {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
