package scot.cswo.assurance.domain.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import scot.cswo.assurance.domain.frequency.MeetingSeries;

/**
 * The council's meeting dates, which every framework's meeting-cycle mechanisms report to. Each
 * change is one transaction, with its history entry.
 */
public interface MeetingRepository {

    List<Meeting> list();

    /** Adds a meeting, or reinstates a cancelled one on the same date. */
    Meeting add(MeetingSeries series, LocalDate date, String account, Instant at);

    Meeting move(long meetingId, LocalDate to, String account, Instant at);

    Meeting setCancelled(long meetingId, boolean cancelled, String account, Instant at);
}
