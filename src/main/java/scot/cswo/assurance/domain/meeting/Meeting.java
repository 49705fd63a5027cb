package scot.cswo.assurance.domain.meeting;

import java.time.LocalDate;
import scot.cswo.assurance.domain.frequency.MeetingSeries;

/** A meeting in one of the series that meeting-cycle mechanisms report to. */
public record Meeting(long id, MeetingSeries series, LocalDate date, boolean cancelled) {
}
