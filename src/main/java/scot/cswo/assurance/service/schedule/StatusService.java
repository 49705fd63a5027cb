package scot.cswo.assurance.service.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
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

    /** Every mechanism's status as of a date, in the framework in force on that date. */
    public StatusBoard board(LocalDate asOf) {
        return board(matrices.matrixOn(asOf), asOf);
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

    /** The financial year containing {@code asOf}, looked back on from that date (see {@link YearReview}). */
    public YearReview yearToDate(AssuranceMatrix matrix, LocalDate asOf) {
        return review(matrix, schedule(matrix.framework()).financialYear(asOf), asOf, false);
    }

    /**
     * A financial year looked back on from {@code asOf}, or from its last day once it is over: the one
     * computation behind every figure about a year.
     *
     * @param atClose from the close of {@code asOf} (the end of a quarter, for its pack): what ended by then is final
     */
    public YearReview review(AssuranceMatrix matrix, Period year, LocalDate asOf, boolean atClose) {
        Schedule schedule = schedule(matrix.framework());
        LocalDate date = asOf.isBefore(year.end()) ? asOf : year.end();
        long framework = matrix.framework().id();
        Map<Long, NavigableSet<LocalDate>> dates = evidence.evidenceDates(framework,
                YearReview.earliestPeriodStart(matrix, schedule, year), date);
        return YearReview.of(matrix, schedule, matrix.framework().graceDays(), year, date, atClose, dates,
                evidence.summaries(framework, date));
    }

    public Schedule schedule(Framework framework) {
        Map<MeetingSeries, List<LocalDate>> dates = new EnumMap<>(MeetingSeries.class);
        for (Meeting meeting : meetings.list()) {
            if (!meeting.cancelled()) {
                dates.computeIfAbsent(meeting.series(), s -> new ArrayList<>()).add(meeting.date());
            }
        }
        return new Schedule(framework.trackingStart(), framework.yearStart(), new MeetingCalendar(dates));
    }
}
