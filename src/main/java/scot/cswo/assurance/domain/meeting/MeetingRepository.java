package scot.cswo.assurance.domain.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import scot.cswo.assurance.domain.frequency.MeetingSeries;

/** Meeting dates per framework. Each change is one transaction, with its history entry. */
public interface MeetingRepository {

    List<Meeting> list(long frameworkId);

    /** Adds a meeting, or reinstates a cancelled one on the same date. */
    Meeting add(long frameworkId, MeetingSeries series, LocalDate date, String account, Instant at);

    Meeting move(long meetingId, LocalDate to, String account, Instant at);

    Meeting setCancelled(long meetingId, boolean cancelled, String account, Instant at);
}
