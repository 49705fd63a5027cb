package scot.cswo.assurance.domain.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import scot.cswo.assurance.domain.frequency.Frequency;
import scot.cswo.assurance.domain.frequency.MeetingSeries;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.matrix.StatutoryFunction;

/**
 * A financial year looked back on from a date: for each scheduled mechanism every period of the
 * year with its outcome, and each mechanism's status at that date. It is the one computation behind
 * every figure about a year (the dashboard's chart, the annual report's key figures, chart, function
 * tables and exceptions, the quarterly pack and their data files), so they agree.
 *
 * <p>A year in progress counts only what has happened: a period still running or to come is not yet
 * due unless it is already assured. Looked back on from the close of a day that ends a year or a
 * quarter, every period ended by then is final (assured, not applicable or missed) and no status is
 * "due soon". Counts are by matrix row, as the matrix lists them: a mechanism serving two functions
 * counts under each.
 *
 * @param atClose     looked back on from the close of {@code asOf}: periods ended by then are final
 * @param byMechanism every period of the year per scheduled mechanism id (event-driven, one-off and
 *                    "as available" mechanisms have none)
 * @param statuses    each mechanism's status at {@code asOf}; at the close of the year for a closed one
 */
public record YearReview(AssuranceMatrix matrix, Period year, LocalDate asOf, boolean atClose,
                         Map<Long, List<PeriodOutcome>> byMechanism, Map<Long, MechanismStatus> statuses) {

    /** Periods of the year by outcome; {@code due} is every period that has an outcome yet. */
    public record Tally(int assured, int notApplicable, int missed, int notYetDue) {
        static final Tally NONE = new Tally(0, 0, 0, 0);

        public int due() {
            return assured + notApplicable + missed;
        }

        Tally plus(Tally other) {
            return new Tally(assured + other.assured, notApplicable + other.notApplicable, missed + other.missed,
                    notYetDue + other.notYetDue);
        }
    }

    /**
     * Looks back over {@code year} from {@code asOf} (no later than its last day). A year looked back
     * on from its last day is always final.
     *
     * @param atClose       from the close of {@code asOf} (a quarter's end, for its pack), not during it
     * @param evidenceDates current evidence dates per mechanism, from the earliest period's start to {@code asOf}
     * @param summaries     each mechanism's evidence as of {@code asOf}
     */
    public static YearReview of(AssuranceMatrix matrix, Schedule schedule, int graceDays, Period year,
                                LocalDate asOf, boolean atClose, Map<Long, NavigableSet<LocalDate>> evidenceDates,
                                Map<Long, EvidenceSummary> summaries) {
        LocalDate date = asOf.isBefore(year.end()) ? asOf : year.end();
        boolean closed = atClose || date.equals(year.end());
        StatusRules rules = new StatusRules(schedule, graceDays);
        Map<Long, List<PeriodOutcome>> outcomes = new HashMap<>();
        Map<Long, MechanismStatus> statuses = new HashMap<>();
        for (Mechanism mechanism : matrix.mechanisms()) {
            EvidenceSummary summary = summaries.getOrDefault(mechanism.id(), EvidenceSummary.NONE);
            List<PeriodOutcome> periods = reportedAsAvailable(mechanism) ? List.of()
                    : PeriodOutcome.between(schedule, mechanism.frequencies(),
                    evidenceDates.getOrDefault(mechanism.id(), new TreeSet<>()), summary.notApplicable(),
                    year.start(), year.end(), date, graceDays, closed);
            if (!periods.isEmpty()) {
                outcomes.put(mechanism.id(), periods);
            }
            statuses.put(mechanism.id(), closed ? rules.atClose(mechanism.frequencies(), summary, year, date, periods)
                    : rules.evaluate(mechanism.frequencies(), summary, date));
        }
        return new YearReview(matrix, year, date, closed, outcomes, statuses);
    }

    /** The earliest start of the periods ending in {@code year}: where evidence must be read from. */
    public static LocalDate earliestPeriodStart(AssuranceMatrix matrix, Schedule schedule, Period year) {
        LocalDate earliest = year.start();
        for (Mechanism mechanism : matrix.mechanisms()) {
            for (Period period : schedule.periodsEndingBetween(mechanism.frequencies(), year.start(), year.end())) {
                earliest = period.start().isBefore(earliest) ? period.start() : earliest;
            }
        }
        return earliest;
    }

    /** Whether the year has ended at {@code asOf}, so every period of it is final. */
    public boolean yearClosed() {
        return asOf.equals(year.end());
    }

    /** Reports "as available" are never due, so never missed: like event-driven mechanisms, they log reports. */
    public static boolean reportedAsAvailable(Mechanism mechanism) {
        return mechanism.frequency() instanceof Frequency.MeetingCycle cycle && cycle.asAvailable();
    }

    public List<PeriodOutcome> outcomes(MatrixRow row) {
        return outcomes(row.mechanism());
    }

    public List<PeriodOutcome> outcomes(Mechanism mechanism) {
        return byMechanism.getOrDefault(mechanism.id(), List.of());
    }

    public MechanismStatus status(MatrixRow row) {
        return statuses.get(row.mechanism().id());
    }

    /** The statuses at {@code asOf} as a board, for the screens and documents that list them. */
    public StatusBoard position() {
        return new StatusBoard(matrix, asOf, statuses);
    }

    public Tally tally(MatrixRow row) {
        Tally tally = Tally.NONE;
        for (PeriodOutcome outcome : outcomes(row)) {
            tally = tally.plus(switch (outcome.outcome()) {
                case ASSURED -> new Tally(1, 0, 0, 0);
                case NOT_APPLICABLE -> new Tally(0, 1, 0, 0);
                case MISSED -> new Tally(0, 0, 1, 0);
                case NOT_YET_DUE -> new Tally(0, 0, 0, 1);
            });
        }
        return tally;
    }

    /** Per function, in function order: the sum of its rows. */
    public Map<StatutoryFunction, Tally> byFunction() {
        Map<StatutoryFunction, Tally> tallies = new LinkedHashMap<>();
        for (StatutoryFunction function : matrix.functions()) {
            tallies.put(function, matrix.rowsOf(function).stream().map(this::tally).reduce(Tally.NONE, Tally::plus));
        }
        return tallies;
    }

    /** Every row's periods together: the sum of {@link #byFunction()}. */
    public Tally total() {
        return byFunction().values().stream().reduce(Tally.NONE, Tally::plus);
    }

    /**
     * The rows that report to a meeting series with no meeting entered in the year, by series: nothing
     * fell due for them, so the year counts nothing for them either way. Almost always the dates are
     * simply not entered.
     */
    public Map<MeetingSeries, List<MatrixRow>> withoutMeetings() {
        Map<MeetingSeries, List<MatrixRow>> rows = new LinkedHashMap<>();
        for (MatrixRow row : matrix.rows()) {
            StatusRules.withoutMeetings(row.mechanism().frequencies(), asOf, outcomes(row))
                    .ifPresent(series -> rows.computeIfAbsent(series, s -> new ArrayList<>()).add(row));
        }
        return rows;
    }

    /** How many rows have a status at {@code asOf} (a shared mechanism counts on each of its rows). */
    public int rowsWith(Status status) {
        return (int) matrix.rows().stream().filter(r -> status(r).status() == status).count();
    }
}
