package scot.cswo.assurance.domain.chase;

import scot.cswo.assurance.domain.frequency.Frequency;
import scot.cswo.assurance.domain.schedule.MechanismStatus;

/** What counts as evidence for a mechanism, in the words a lead is sent: one sentence per kind of frequency. */
public final class EvidenceWanted {

    private EvidenceWanted() {
    }

    public static String of(Frequency frequency, MechanismStatus status) {
        String period = status.period() == null ? "the period" : status.period().label();
        return switch (frequency) {
            case Frequency.Periodic p -> "A record that it took place in " + period
                    + " (such as the report, minutes or return, dated in that period), or, if it was not needed"
                    + " then, a note saying why.";
            case Frequency.MeetingCycle m -> "The report made to " + m.series().title() + " for " + period
                    + ", dated on or before the meeting.";
            case Frequency.EventDriven e -> "A record of each occasion as it happens, or a \"nothing to report\""
                    + " return for the quarter.";
            case Frequency.OneOff o -> "A record that it was done, dated on or before the target date.";
        };
    }

    /** For an overdue improvement action. */
    public static final String FOR_ACTION = "A progress note saying what has been done, or a new target date agreed"
            + " with the office.";
}
