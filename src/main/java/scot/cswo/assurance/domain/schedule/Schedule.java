package scot.cswo.assurance.domain.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import scot.cswo.assurance.domain.frequency.Cadence;
import scot.cswo.assurance.domain.frequency.Frequency;
import scot.cswo.assurance.domain.frequency.FrequencyTimeline;
import scot.cswo.assurance.domain.frequency.MeetingSeries;

/**
 * Divides time into the periods each frequency must be evidenced for.
 *
 * <p>Periodic frequencies align with the financial year: with an April start, quarters are Apr–Jun,
 * Jul–Sep, Oct–Dec and Jan–Mar, and 2-monthly periods run Apr–May … Dec–Jan, Feb–Mar. Weeks run
 * Monday to Sunday; fortnights are two such weeks, counted from the week the tracking starts in. A
 * meeting-cycle period ends on a meeting and starts the day after the previous one (the first starts
 * at the tracking start). Periods ending before the tracking start do not count.
 */
public final class Schedule {
    private final LocalDate trackingStart;
    private final Month yearStart;
    private final MeetingCalendar meetings;

    public Schedule(LocalDate trackingStart, Month yearStart, MeetingCalendar meetings) {
        this.trackingStart = trackingStart;
        this.yearStart = yearStart;
        this.meetings = meetings;
    }

    public LocalDate trackingStart() {
        return trackingStart;
    }

    /**
     * The period that a status on {@code date} is about: for periodic frequencies the one containing
     * the date; for meeting cycles the one ending at the next meeting on or after it (empty when
     * no such meeting is entered). Empty for event-driven and one-off frequencies.
     */
    public Optional<Period> current(Frequency frequency, LocalDate date) {
        return switch (frequency) {
            case Frequency.Periodic p -> Optional.of(periodic(p.cadence(), date));
            case Frequency.MeetingCycle m -> meetingPeriodEndingOnOrAfter(m.series(), date);
            case Frequency.EventDriven e -> Optional.empty();
            case Frequency.OneOff o -> Optional.empty();
        };
    }

    /**
     * The period just before {@code current} (found under the rule then in force), if there is one and
     * it counts: it ends on or after the tracking start, and within the span of its own rule.
     */
    public Optional<Period> previous(FrequencyTimeline timeline, Frequency currentRule, Period current) {
        LocalDate before = current.start().minusDays(1);
        FrequencyTimeline.Segment segment = timeline.segmentAt(before);
        Optional<Period> candidate = segment.frequency().equals(currentRule) ? previous(currentRule, current)
                : lastPeriodTo(segment.frequency(), before);
        return candidate.filter(p -> segment.covers(p.end())).filter(this::counts);
    }

    /** Every counting period due within [from, to], each under the rule in force on its due date. */
    public List<Period> periodsEndingBetween(FrequencyTimeline timeline, LocalDate from, LocalDate to) {
        List<Period> periods = new ArrayList<>();
        for (FrequencyTimeline.Segment segment : timeline.segments()) {
            for (Period period : periodsEndingBetween(segment.frequency(), from, to)) {
                if (segment.covers(period.end())) {
                    periods.add(period);
                }
            }
        }
        periods.sort(Comparator.comparing(Period::end));
        return periods;
    }

    /** The period just before {@code period}, if there is one and it counts (ends on or after the tracking start). */
    public Optional<Period> previous(Frequency frequency, Period period) {
        Optional<Period> before = switch (frequency) {
            case Frequency.Periodic p -> Optional.of(periodic(p.cadence(), period.start().minusDays(1)));
            case Frequency.MeetingCycle m -> {
                LocalDate meeting = meetings.dates(m.series()).lower(period.end());
                yield meeting == null ? Optional.empty() : Optional.of(meetingPeriod(m.series(), meeting));
            }
            default -> Optional.empty();
        };
        return before.filter(this::counts);
    }

    /** The last period of a rule that ended before {@code date} (for meeting cycles, the last meeting's before it). */
    public Optional<Period> endedBefore(Frequency frequency, LocalDate date) {
        return lastPeriodTo(frequency, date.minusDays(1)).filter(p -> p.end().isBefore(date)).filter(this::counts);
    }

    /** The period of a rule that ends on or before a date and contains it (periodic), or the last meeting's. */
    private Optional<Period> lastPeriodTo(Frequency frequency, LocalDate date) {
        return switch (frequency) {
            case Frequency.Periodic p -> Optional.of(periodic(p.cadence(), date));
            case Frequency.MeetingCycle m -> {
                LocalDate meeting = meetings.dates(m.series()).floor(date);
                yield meeting == null ? Optional.empty() : Optional.of(meetingPeriod(m.series(), meeting));
            }
            default -> Optional.empty();
        };
    }

    /** Every counting period that ends within [from, to], in order. */
    public List<Period> periodsEndingBetween(Frequency frequency, LocalDate from, LocalDate to) {
        List<Period> periods = new ArrayList<>();
        switch (frequency) {
            case Frequency.Periodic p -> {
                Period period = periodic(p.cadence(), from);
                if (period.end().isBefore(from)) {
                    period = periodic(p.cadence(), period.end().plusDays(1));
                }
                while (!period.end().isAfter(to)) {
                    if (counts(period)) {
                        periods.add(period);
                    }
                    period = periodic(p.cadence(), period.end().plusDays(1));
                }
            }
            case Frequency.MeetingCycle m -> {
                for (LocalDate meeting : meetings.dates(m.series()).subSet(from, true, to, true)) {
                    Period period = meetingPeriod(m.series(), meeting);
                    if (counts(period)) {
                        periods.add(period);
                    }
                }
            }
            default -> {
                // Event-driven and one-off mechanisms have no periods.
            }
        }
        return periods;
    }

    /** The financial year containing {@code date}, e.g. 1 April 2025 to 31 March 2026. */
    public Period financialYear(LocalDate date) {
        return periodic(Cadence.ANNUALLY, date);
    }

    private boolean counts(Period period) {
        return !period.end().isBefore(trackingStart);
    }

    private Period periodic(Cadence cadence, LocalDate date) {
        if (cadence == Cadence.WEEKLY) {
            LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new Period(monday, monday.plusDays(6));
        }
        if (cadence == Cadence.FORTNIGHTLY) {
            // Fortnights have no calendar of their own: they run from the week tracking starts.
            LocalDate first = trackingStart.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate start = first.plusDays(Math.floorDiv(ChronoUnit.DAYS.between(first, date), 14) * 14);
            return new Period(start, start.plusDays(13));
        }
        // Months since a fixed year start, rounded down to a whole number of periods.
        YearMonth anchor = YearMonth.of(2000, yearStart);
        long months = YearMonth.from(date).getYear() * 12L + date.getMonthValue() - 1
                - (anchor.getYear() * 12L + anchor.getMonthValue() - 1);
        long first = Math.floorDiv(months, cadence.months()) * cadence.months();
        YearMonth startMonth = anchor.plusMonths(first);
        LocalDate start = startMonth.atDay(1);
        return new Period(start, startMonth.plusMonths(cadence.months() - 1L).atEndOfMonth());
    }

    private Optional<Period> meetingPeriodEndingOnOrAfter(MeetingSeries series, LocalDate date) {
        LocalDate meeting = meetings.dates(series).ceiling(date);
        return meeting == null ? Optional.empty() : Optional.of(meetingPeriod(series, meeting));
    }

    private Period meetingPeriod(MeetingSeries series, LocalDate meeting) {
        NavigableSet<LocalDate> dates = meetings.dates(series);
        LocalDate previous = dates.lower(meeting);
        LocalDate start = previous != null ? previous.plusDays(1) : trackingStart;
        return new Period(start.isAfter(meeting) ? meeting : start, meeting);
    }
}
