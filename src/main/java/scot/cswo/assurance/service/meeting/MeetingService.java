package scot.cswo.assurance.service.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.frequency.MeetingSeries;
import scot.cswo.assurance.domain.meeting.Meeting;
import scot.cswo.assurance.domain.meeting.MeetingRepository;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.service.access.Identity;
import scot.cswo.assurance.service.access.Access;

/** Keeping the meeting series that meeting-cycle mechanisms report to. */
public final class MeetingService {
    private final MeetingRepository meetings;
    private static final String CHANGE = "change meeting dates";
    private final Access access;
    private final Identity identity;
    private final Clock clock;

    public MeetingService(MeetingRepository meetings, Access access, Clock clock) {
        this.meetings = meetings;
        this.access = access;
        this.identity = access.identity();
        this.clock = clock;
    }

    /** Every meeting, cancelled ones included, by series then date. */
    public List<Meeting> list() {
        return meetings.list();
    }

    public Meeting add(MeetingSeries series, LocalDate date) {
        access.require(Role.EDITOR, CHANGE);
        return meetings.add(series, date, identity.account(), clock.instant());
    }

    public Meeting move(MeetingSeries series, LocalDate from, LocalDate to) {
        access.require(Role.EDITOR, CHANGE);
        return meetings.move(find(series, from).id(), to, identity.account(), clock.instant());
    }

    public Meeting cancel(MeetingSeries series, LocalDate date) {
        access.require(Role.EDITOR, CHANGE);
        Meeting meeting = find(series, date);
        if (meeting.cancelled()) {
            throw new RefusedException("The " + series.title() + " meeting on " + DateFormats.display(date)
                    + " is already cancelled.");
        }
        return meetings.setCancelled(meeting.id(), true, identity.account(), clock.instant());
    }

    public Meeting reinstate(MeetingSeries series, LocalDate date) {
        access.require(Role.EDITOR, CHANGE);
        return meetings.setCancelled(find(series, date).id(), false, identity.account(), clock.instant());
    }

    private Meeting find(MeetingSeries series, LocalDate date) {
        return list().stream().filter(m -> m.series() == series && m.date().equals(date)).findFirst()
                .orElseThrow(() -> new RefusedException("There is no " + series.title() + " meeting on "
                        + DateFormats.display(date) + "."));
    }
}
