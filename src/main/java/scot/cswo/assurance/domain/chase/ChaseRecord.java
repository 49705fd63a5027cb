package scot.cswo.assurance.domain.chase;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import scot.cswo.assurance.domain.DateFormats;

/**
 * A chase as it was made: who made it, to whom, when, how, and the items it listed.
 *
 * @param leadName the lead's name now
 * @param by       the account that made it
 */
public record ChaseRecord(long id, long leadId, String leadName, String address, Instant at, String by, How how,
                          List<ChaseItem> items) {

    public ChaseRecord {
        items = List.copyOf(items);
    }

    /** Sent through the relay, or written as a draft for the office's own mail program to send. */
    public enum How { SENT, DRAFT }

    /** What a row shows: "Chased 02/12/2026 by COUNCIL\jsmith", or "Chase drafted …" for a draft. */
    public String phrase(ZoneId zone) {
        return (how == How.SENT ? "Chased " : "Chase drafted ") + DateFormats.display(at.atZone(zone).toLocalDate())
                + " by " + by;
    }
}
