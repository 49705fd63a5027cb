package scot.cswo.assurance.domain.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A recorded item of evidence (or a "not applicable" or "nothing to report" record).
 *
 * @param date       the day it happened (not the day it was typed); for "not applicable" a date in the period
 * @param providedBy who carried it out, if not the person recording it
 * @param actingFor  the absent lead a deputy recorded it for, if any
 * @param replacesId the record this one corrects, if it is a correction
 * @param superseded true once corrected or withdrawn; it then no longer counts but stays visible
 * @param withdrawnReason why it was withdrawn, once it is
 * @param correctionReason why this version corrected the one it replaces, if it is a correction
 */
public record Evidence(long id, long mechanismId, EvidenceKind kind, LocalDate date, String note, String reference,
                       String forum, Conclusion conclusion, String providedBy, String actingFor, String recordedBy,
                       Instant recordedAt, Long replacesId, boolean superseded, String withdrawnReason,
                       String correctionReason, List<Attachment> attachments) {

    public Evidence {
        attachments = List.copyOf(attachments);
    }

    /** Counts toward the schedule: current, not withdrawn or replaced. */
    public boolean current() {
        return !superseded;
    }

    /** Withdrawn as recorded in error: it counts for nothing and is listed only when asked for. */
    public boolean withdrawn() {
        return withdrawnReason != null;
    }
}
