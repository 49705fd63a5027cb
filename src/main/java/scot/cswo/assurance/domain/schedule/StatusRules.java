package scot.cswo.assurance.domain.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.frequency.Frequency;
import scot.cswo.assurance.domain.frequency.FrequencyTimeline;
import scot.cswo.assurance.domain.frequency.MeetingSeries;

/**
 * The product's contract for statuses (see the user guide, "How statuses are worked out").
 *
 * <p>As of a date D, with C the current period and P the one before it (if it counts):
 * <ol>
 *   <li>C assured: on track.</li>
 *   <li>P not assured and D later than P's end plus the grace days: overdue.</li>
 *   <li>D within the last W days of C (W = min(14, length of C / 4)), or P not assured but still in
 *       its grace days: due soon.</li>
 *   <li>Otherwise: on track.</li>
 * </ol>
 * "As available" reports are never due and never missed: they say what was reported for which
 * meeting; a meeting cycle with no meeting ahead has no schedule; event-driven mechanisms are always
 * event-driven; one-off ones are complete once evidenced, overdue after their target date and due
 * soon in the 14 days before it.
 *
 * <p>Looked back on from the close of a year's or a quarter's last day ({@link #atClose}), nothing is
 * "due soon" any more: a mechanism whose last period ended by then was missed is overdue, any other
 * is on track.
 */
public final class StatusRules {
    static final int ONE_OFF_WARNING_DAYS = 14;
    static final int MAX_WARNING_DAYS = 14;

    private final Schedule schedule;
    private final int graceDays;

    public StatusRules(Schedule schedule, int graceDays) {
        this.schedule = schedule;
        this.graceDays = graceDays;
    }

    public MechanismStatus evaluate(Frequency frequency, EvidenceSummary evidence, LocalDate asOf) {
        return evaluate(FrequencyTimeline.of(frequency), evidence, asOf);
    }

    /** The status under the rule in force on the date; the period before may fall under an earlier rule. */
    public MechanismStatus evaluate(FrequencyTimeline timeline, EvidenceSummary evidence, LocalDate asOf) {
        Frequency frequency = timeline.at(asOf);
        return switch (frequency) {
            case Frequency.EventDriven e -> eventDriven(e, evidence);
            case Frequency.OneOff once -> oneOff(once, evidence.latest(), asOf);
            case Frequency.Periodic p -> scheduled(timeline, frequency, evidence, asOf);
            case Frequency.MeetingCycle m when m.asAvailable() -> asAvailable(m, evidence, asOf);
            case Frequency.MeetingCycle m -> scheduled(timeline, frequency, evidence, asOf);
        };
    }

    /**
     * The meeting series a mechanism reports to on {@code day} when none of its meetings is entered in
     * the year ({@code yearOutcomes} empty): nothing fell due for it. Empty for any other mechanism,
     * including one reporting "as available", which needs no meeting.
     */
    static Optional<MeetingSeries> withoutMeetings(FrequencyTimeline timeline, LocalDate day,
                                                   List<PeriodOutcome> yearOutcomes) {
        return yearOutcomes.isEmpty() && timeline.at(day) instanceof Frequency.MeetingCycle cycle
                && !cycle.asAvailable() ? Optional.of(cycle.series()) : Optional.empty();
    }

    /**
     * The status at the close of {@code day} (a year's or a quarter's end), from the outcomes of the
     * periods of its year: overdue if the last period ended by then was missed, on track otherwise
     * (also when an earlier one was missed, as the reason says). Unscheduled, event-driven, "as
     * available" and one-off mechanisms are judged on that day, with a one-off not yet due on track
     * rather than due soon. A meeting cycle with no meeting in the whole year has no schedule for it.
     */
    public MechanismStatus atClose(FrequencyTimeline timeline, EvidenceSummary evidence, Period year, LocalDate day,
                                   List<PeriodOutcome> yearOutcomes) {
        Optional<MeetingSeries> unmet = withoutMeetings(timeline, day, yearOutcomes);
        if (unmet.isPresent()) {
            // Looked back on, a year with no meeting had nothing due: not "on track" for next year's first meeting.
            return new MechanismStatus(Status.NO_SCHEDULE, null, null, evidence.latest(), "No " + unmet.get().title()
                    + " meeting is entered between " + DateFormats.display(year.start()) + " and "
                    + DateFormats.display(year.end()) + ", so nothing fell due in the year; add the meeting dates if"
                    + " it met.");
        }
        MechanismStatus onLastDay = evaluate(timeline, evidence, day);
        List<PeriodOutcome> outcomes = yearOutcomes.stream().filter(o -> !o.period().end().isAfter(day)).toList();
        if (outcomes.isEmpty()) {
            return onLastDay.status() == Status.DUE_SOON ? new MechanismStatus(Status.ON_TRACK, onLastDay.period(),
                    onLastDay.due(), onLastDay.lastEvidence(), onLastDay.reason()) : onLastDay;
        }
        PeriodOutcome last = outcomes.getLast();
        long missed = outcomes.stream().filter(PeriodOutcome::missed).count();
        String tally = missed == 0 ? "" : " Missed " + missed + " of " + outcomes.size() + " in the year.";
        if (last.missed()) {
            return new MechanismStatus(Status.OVERDUE, last.period(), last.period().end(), evidence.latest(),
                    "No evidence for " + last.period().label() + "; due " + DateFormats.display(last.period().end())
                            + "." + tally);
        }
        String assured = last.evidence() != null
                ? "Evidence for " + last.period().label() + " recorded on " + DateFormats.display(last.evidence()) + "."
                : "Not applicable for " + last.period().label() + ": " + last.notApplicableWhy();
        return new MechanismStatus(Status.ON_TRACK, last.period(), last.period().end(), evidence.latest(),
                assured + tally);
    }

    private MechanismStatus scheduled(FrequencyTimeline timeline, Frequency frequency, EvidenceSummary evidence,
                                      LocalDate asOf) {
        LocalDate last = evidence.latest();
        Optional<Period> found = schedule.current(frequency, asOf);
        if (found.isEmpty()) {
            Frequency.MeetingCycle cycle = (Frequency.MeetingCycle) frequency;
            return new MechanismStatus(Status.NO_SCHEDULE, null, null, last, "No " + cycle.series().title()
                    + " meeting is entered on or after " + DateFormats.display(asOf) + "; add the meeting dates.");
        }
        Period current = found.get();
        if (assured(current, evidence)) {
            return new MechanismStatus(Status.ON_TRACK, current, current.end(), last, assuredReason(current, evidence));
        }
        Optional<Period> previous = schedule.previous(timeline, frequency, current);
        if (previous.isPresent() && !assured(previous.get(), evidence)) {
            Period missed = previous.get();
            LocalDate graceEnds = missed.end().plusDays(graceDays);
            String missing = "No evidence for " + missed.label() + "; due " + DateFormats.display(missed.end());
            if (asOf.isAfter(graceEnds)) {
                return new MechanismStatus(Status.OVERDUE, missed, missed.end(), last, missing + ".");
            }
            return new MechanismStatus(Status.DUE_SOON, missed, missed.end(), last,
                    missing + ", within " + graceDays + " days' grace until " + DateFormats.display(graceEnds) + ".");
        }
        long warningDays = Math.min(MAX_WARNING_DAYS, current.lengthInDays() / 4);
        String due = "Due " + DateFormats.display(current.end()) + " for " + current.label();
        if (ChronoUnit.DAYS.between(asOf, current.end()) < warningDays) {
            return new MechanismStatus(Status.DUE_SOON, current, current.end(), last, due + "; no evidence yet.");
        }
        return new MechanismStatus(Status.ON_TRACK, current, current.end(), last, due + ".");
    }

    /**
     * A report to a meeting "as available": what was reported for which meeting, or, neutrally, that
     * nothing was. There is nothing to be due or overdue for.
     */
    private MechanismStatus asAvailable(Frequency.MeetingCycle cycle, EvidenceSummary evidence, LocalDate asOf) {
        LocalDate last = evidence.latest();
        Optional<Period> coming = schedule.current(cycle, asOf);
        Optional<Period> held = schedule.endedBefore(cycle, asOf);
        String series = cycle.series().title();
        if (coming.isEmpty() && held.isEmpty()) {
            return new MechanismStatus(Status.NO_SCHEDULE, null, null, last, "No " + series
                    + " meeting is entered on or after " + DateFormats.display(asOf) + "; add the meeting dates.");
        }
        String next = coming.map(p -> " Next meeting " + DateFormats.display(p.end()) + ".").orElse("");
        if (coming.isPresent() && last != null && coming.get().contains(last)) {
            return new MechanismStatus(Status.AS_AVAILABLE, coming.get(), null, last, "Reported on "
                    + DateFormats.display(last) + " for the " + series + " meeting of "
                    + DateFormats.display(coming.get().end()) + ".");
        }
        if (held.isPresent()) {
            Period meeting = held.get();
            String what = last != null && meeting.contains(last)
                    ? "Reported on " + DateFormats.display(last) + " for the " + series + " meeting of "
                    + DateFormats.display(meeting.end()) + "."
                    : "No report to the " + series + " meeting of " + DateFormats.display(meeting.end())
                    + " (reported as available).";
            return new MechanismStatus(Status.AS_AVAILABLE, meeting, null, last, what + next);
        }
        return new MechanismStatus(Status.AS_AVAILABLE, coming.get(), null, last, "Reported as available; the next "
                + series + " meeting is on " + DateFormats.display(coming.get().end()) + ".");
    }

    private static boolean assured(Period period, EvidenceSummary evidence) {
        LocalDate last = evidence.latest();
        // The latest evidence on or before D is the only candidate for C, and for P once C is unassured.
        boolean evidenced = last != null && period.contains(last);
        return evidenced || evidence.notApplicableFor(period).isPresent();
    }

    private static String assuredReason(Period period, EvidenceSummary evidence) {
        LocalDate last = evidence.latest();
        if (last != null && period.contains(last)) {
            return "Evidence for " + period.label() + " recorded on " + DateFormats.display(last) + ".";
        }
        return "Not applicable for " + period.label() + ": " + evidence.notApplicableFor(period).orElseThrow().reason();
    }

    private static MechanismStatus eventDriven(Frequency.EventDriven frequency, EvidenceSummary evidence) {
        String occurrences = evidence.occurrences() == 0 ? "no occurrences logged"
                : evidence.occurrences() + (evidence.occurrences() == 1 ? " occurrence" : " occurrences") + " logged"
                + evidence.latestEvidence().map(d -> ", last " + DateFormats.display(d)).orElse("");
        String returns = evidence.nothingToReport().isEmpty() ? ""
                : "; " + evidence.nothingToReport().size() + " \"nothing to report\" "
                + (evidence.nothingToReport().size() == 1 ? "return" : "returns");
        return new MechanismStatus(Status.EVENT_DRIVEN, null, null, evidence.latest(),
                frequency.wording() + ": " + occurrences + returns + ".");
    }

    private static MechanismStatus oneOff(Frequency.OneOff once, LocalDate last, LocalDate asOf) {
        LocalDate target = once.target();
        if (last != null) {
            return new MechanismStatus(Status.COMPLETE, null, target, last, "Completed on " + DateFormats.display(last)
                    + " (target " + DateFormats.display(target) + ").");
        }
        if (asOf.isAfter(target)) {
            return new MechanismStatus(Status.OVERDUE, null, target, null, "Not yet done; the target date was "
                    + DateFormats.display(target) + ".");
        }
        Status status = ChronoUnit.DAYS.between(asOf, target) < ONE_OFF_WARNING_DAYS ? Status.DUE_SOON : Status.ON_TRACK;
        return new MechanismStatus(status, null, target, null,
                "Due once, by " + DateFormats.display(target) + ".");
    }
}
