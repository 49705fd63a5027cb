package scot.cswo.assurance.service.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import scot.cswo.assurance.domain.evidence.EvidenceRepository;
import scot.cswo.assurance.domain.frequency.MeetingSeries;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.Framework;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.meeting.Meeting;
import scot.cswo.assurance.domain.meeting.MeetingRepository;
import scot.cswo.assurance.domain.schedule.EvidenceSummary;
import scot.cswo.assurance.domain.schedule.MechanismStatus;
import scot.cswo.assurance.domain.schedule.MeetingCalendar;
import scot.cswo.assurance.domain.schedule.Period;
import scot.cswo.assurance.domain.schedule.PeriodOutcome;
import scot.cswo.assurance.domain.schedule.Schedule;
import scot.cswo.assurance.domain.schedule.StatusBoard;
import scot.cswo.assurance.domain.schedule.StatusRules;
import scot.cswo.assurance.domain.schedule.YearReview;
import scot.cswo.assurance.service.matrix.MatrixService;

/**
 * Statuses and look-backs, computed the same way for the window, the command line and the
 * annual report.
 */
public final class StatusService {
    private final MatrixService matrices;
    private final EvidenceRepository evidence;
    private final MeetingRepository meetings;

    public StatusService(MatrixService matrices, EvidenceRepository evidence, MeetingRepository meetings) {
        this.matrices = matrices;
        this.evidence = evidence;
        this.meetings = meetings;
    }

    /** Every mechanism's status as of a date. */
    public StatusBoard board(LocalDate asOf) {
        return board(matrices.matrix(), asOf);
    }

    public StatusBoard board(AssuranceMatrix matrix, LocalDate asOf) {
        Framework framework = matrix.framework();
        StatusRules rules = new StatusRules(schedule(framework), framework.graceDays());
        Map<Long, EvidenceSummary> summaries = evidence.summaries(framework.id(), asOf);
        Map<Long, MechanismStatus> statuses = new HashMap<>();
        for (Mechanism mechanism : matrix.mechanisms()) {
            statuses.put(mechanism.id(), rules.evaluate(mechanism.frequencies(),
                    summaries.getOrDefault(mechanism.id(), EvidenceSummary.NONE), asOf));
        }
        return new StatusBoard(matrix, asOf, statuses);
    }

    /**
     * The financial year containing {@code asOf}, looked back on from that date: periods count as
     * due once their end (plus the grace days) has passed, or once they are assured.
     */
    public YearReview yearToDate(AssuranceMatrix matrix, LocalDate asOf) {
        Schedule schedule = schedule(matrix.framework());
        Period year = schedule.financialYear(asOf);
        return review(matrix, schedule, year, asOf.minusDays(matrix.framework().graceDays() + 1L), asOf);
    }

    /** A whole financial year as at its last day: every period due in it, assured or missed. */
    public YearReview wholeYear(AssuranceMatrix matrix, Period year, LocalDate asOf) {
        return review(matrix, schedule(matrix.framework()), year, year.end(), asOf);
    }

    public Schedule schedule(Framework framework) {
        Map<MeetingSeries, List<LocalDate>> dates = new EnumMap<>(MeetingSeries.class);
        for (Meeting meeting : meetings.list(framework.id())) {
            if (!meeting.cancelled()) {
                dates.computeIfAbsent(meeting.series(), s -> new ArrayList<>()).add(meeting.date());
            }
        }
        return new Schedule(framework.trackingStart(), framework.yearStart(), new MeetingCalendar(dates));
    }

    private YearReview review(AssuranceMatrix matrix, Schedule schedule, Period year, LocalDate dueBy, LocalDate asOf) {
        Map<Long, List<Period>> periods = new HashMap<>();
        LocalDate earliest = year.start();
        for (Mechanism mechanism : matrix.mechanisms()) {
            List<Period> due = schedule.periodsEndingBetween(mechanism.frequencies(), year.start(),
                    dueBy.isAfter(year.end()) ? year.end() : dueBy);
            periods.put(mechanism.id(), due);
            for (Period period : due) {
                earliest = period.start().isBefore(earliest) ? period.start() : earliest;
            }
        }
        Map<Long, NavigableSet<LocalDate>> dates = evidence.evidenceDates(matrix.framework().id(), earliest, asOf);
        Map<Long, EvidenceSummary> summaries = evidence.summaries(matrix.framework().id(), asOf);
        Map<Long, List<PeriodOutcome>> outcomes = new HashMap<>();
        for (Mechanism mechanism : matrix.mechanisms()) {
            List<Period> due = periods.get(mechanism.id());
            if (due.isEmpty()) {
                continue;
            }
            outcomes.put(mechanism.id(), PeriodOutcome.between(schedule, mechanism.frequencies(),
                    dates.getOrDefault(mechanism.id(), new TreeSet<>()),
                    summaries.getOrDefault(mechanism.id(), EvidenceSummary.NONE).notApplicable(),
                    year.start(), due.getLast().end(), asOf));
        }
        return new YearReview(matrix, year, outcomes);
    }
}
