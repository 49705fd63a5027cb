package scot.cswo.assurance.ui.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.chase.NotChased;
import scot.cswo.assurance.domain.dataset.DatasetCoverage;
import scot.cswo.assurance.domain.dataset.MeasureSeries;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.domain.dataset.Rag;
import scot.cswo.assurance.domain.matrix.StatutoryFunction;
import scot.cswo.assurance.domain.report.ReportYear;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.domain.schedule.StatusBoard;
import scot.cswo.assurance.domain.schedule.YearReview;
import scot.cswo.assurance.service.action.ActionService;
import scot.cswo.assurance.service.action.ActionService.ActionLine;
import scot.cswo.assurance.service.chase.ChaseService;
import scot.cswo.assurance.service.dataset.DatasetService;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DialogService;
import scot.cswo.assurance.ui.Messages;

/** The dashboard's figures, recomputed whenever the statuses change. */
public final class DashboardViewModel {
    /** The spells offered for "not chased lately": one to eight weeks, and a quarter. */
    private static final List<Integer> QUIET_DAY_CHOICES = List.of(7, 14, 21, 28, 42, 56, 90);
    private final ObservableList<StatusCount> totals = FXCollections.observableArrayList();
    private final ObservableList<FunctionCounts> byFunction = FXCollections.observableArrayList();
    private final ObservableList<OverdueLine> overdue = FXCollections.observableArrayList();
    private final ObservableList<YearFigures> year = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper yearHeading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper actionsSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper datasetSummary = new ReadOnlyStringWrapper("");
    private final AssuranceState state;
    private final ActionService actions;
    private final DatasetService dataset;
    private final ChaseService chases;
    private final DialogService dialogs;
    private final ReadOnlyStringWrapper notChasedSummary = new ReadOnlyStringWrapper("");
    private Set<Long> notChased = Set.of();
    private int quietDays = NotChased.DEFAULT_DAYS;

    /** How many rows have a status. */
    public record StatusCount(Status status, int count) {
    }

    /** Status counts of one function. */
    public record FunctionCounts(StatutoryFunction function, Map<Status, Integer> counts) {
    }

    /**
     * An overdue row: who leads it (their names as in the matrix, or "No lead"), when it was due, by how
     * many days it is overdue on the date shown, and why.
     */
    public record OverdueLine(String ref, String mechanism, String leads, LocalDate due, long daysOverdue,
                              String reason) {
    }

    /** Assured and missed periods of one function (or the total) this financial year so far. */
    public record YearFigures(String function, int assured, int missed) {
        public int due() {
            return assured + missed;
        }
    }

    public DashboardViewModel(AssuranceState state, ActionService actions, DatasetService dataset,
                              ChaseService chases, DialogService dialogs) {
        this.state = state;
        this.actions = actions;
        this.dataset = dataset;
        this.chases = chases;
        this.dialogs = dialogs;
        state.boardProperty().addListener((obs, old, board) -> {
            show(board, state.yearToDateProperty().get());
            beyondTheMatrix();
            notChasedLately(board);
        });
        if (state.boardProperty().get() != null) {
            show(state.boardProperty().get(), state.yearToDateProperty().get());
            beyondTheMatrix();
            notChasedLately(state.boardProperty().get());
        }
    }

    private record Quiet(int days, Set<Long> mechanisms) {
    }

    /** "3 overdue mechanisms not chased in the last 14 days", counted on the board's date. */
    private void notChasedLately(StatusBoard board) {
        state.load(() -> {
            int days = chases.quietDays();
            return new Quiet(days, chases.overdueNotChased(board, days));
        }, quiet -> {
            notChased = quiet.mechanisms();
            quietDays = quiet.days();
            notChasedSummary.set(Messages.get("dashboard.notChased", notChased.size(), quietDays));
        });
    }

    /** Asks how many days without a chase count as "not chased", and keeps the answer for everyone. */
    public void changeQuietDays() {
        List<Integer> choices = new ArrayList<>(QUIET_DAY_CHOICES);
        if (!choices.contains(quietDays)) {
            choices.add(quietDays);
            choices.sort(null);
        }
        dialogs.choose(Messages.get("dashboard.notChased.title"), Messages.get("dashboard.notChased.header"),
                Messages.get("dashboard.notChased.label"), quietDays, choices)
                .ifPresent(days -> state.save(() -> chases.saveQuietDays(days), saved -> { }, dialogs::failed));
    }

    /** The overdue mechanisms the "not chased" line counts, for the matrix it opens. */
    public Set<Long> notChased() {
        return notChased;
    }

    public int quietDays() {
        return quietDays;
    }

    /** "3 overdue mechanisms not chased in the last 14 days." */
    public ReadOnlyStringProperty notChasedSummaryProperty() {
        return notChasedSummary.getReadOnlyProperty();
    }

    /** What the action tracker and the dataset say at a glance: "2 overdue, 1 due soon"; "1 Red, 2 Amber". */
    private void beyondTheMatrix() {
        // The dashboard follows As of: the quarter last ended on that date, not today.
        Quarter quarter = Quarter.containing(state.asOfProperty().get()).previous();
        state.load(() -> {
            Map<Status, Long> open = actions.lines().stream()
                    .filter(l -> !l.tracked().action().progress().closed())
                    .collect(Collectors.groupingBy(ActionLine::status, () -> new EnumMap<>(Status.class),
                            Collectors.counting()));
            List<MeasureSeries> measures = dataset.dataset();
            Map<Rag, Long> ratings = measures.stream().map(s -> s.rag(quarter))
                    .filter(r -> r != Rag.NOT_RATED)
                    .collect(Collectors.groupingBy(r -> r, () -> new EnumMap<>(Rag.class), Collectors.counting()));
            return new Beyond(open, quarter, ratings, DatasetCoverage.of(measures, quarter));
        }, beyond -> {
            long open = beyond.actions().values().stream().mapToLong(Long::longValue).sum();
            actionsSummary.set(open == 0 ? Messages.get("dashboard.actions.none") : Messages.get("dashboard.actions",
                    open, beyond.actions().getOrDefault(Status.OVERDUE, 0L),
                    beyond.actions().getOrDefault(Status.DUE_SOON, 0L),
                    beyond.actions().getOrDefault(Status.NOT_SCHEDULED, 0L)));
            datasetSummary.set(datasetLine(beyond));
        });
    }

    /** The dataset's ratings for the last quarter ended, or what is missing for it to be rated and where to add it. */
    private static String datasetLine(Beyond beyond) {
        String quarter = beyond.quarter().label();
        String year = new ReportYear(beyond.quarter().financialYear()).label();
        DatasetCoverage coverage = beyond.coverage();
        if (coverage.measures() == 0) {
            return Messages.get("dashboard.dataset.noMeasures");
        }
        if (coverage.withFigures() == 0) {
            return Messages.get("dashboard.dataset.noFigures", quarter);
        }
        if (coverage.rated() == 0) {
            return Messages.get("dashboard.dataset.noTargets", quarter, year);
        }
        String rated = Messages.get("dashboard.dataset", quarter, beyond.ratings().getOrDefault(Rag.RED, 0L),
                beyond.ratings().getOrDefault(Rag.AMBER, 0L), beyond.ratings().getOrDefault(Rag.GREEN, 0L));
        return coverage.figuresWithoutTarget() == 0 ? rated : rated + " " + Messages.get("dashboard.dataset.someNoTarget",
                coverage.figuresWithoutTarget(), year);
    }

    private record Beyond(Map<Status, Long> actions, Quarter quarter, Map<Rag, Long> ratings,
                          DatasetCoverage coverage) {
    }

    /** "3 open improvement actions: 1 overdue, 1 due soon, 1 with no lead or target date yet." */
    public ReadOnlyStringProperty actionsSummaryProperty() {
        return actionsSummary.getReadOnlyProperty();
    }

    /** "Dataset 2025-Q2: 1 Red, 2 Amber, 3 Green." */
    public ReadOnlyStringProperty datasetSummaryProperty() {
        return datasetSummary.getReadOnlyProperty();
    }

    void show(StatusBoard board, YearReview review) {
        Map<Status, Integer> counts = board.counts();
        List<StatusCount> shown = new ArrayList<>();
        for (Status status : Status.ofTheMatrix()) {
            shown.add(new StatusCount(status, counts.get(status)));
        }
        totals.setAll(shown);
        byFunction.setAll(board.matrix().functions().stream().map(f -> new FunctionCounts(f, board.counts(f))).toList());
        overdue.setAll(board.byUrgency(board.matrix().rows()).stream()
                .filter(r -> board.status(r).status() == Status.OVERDUE)
                .map(r -> new OverdueLine(r.ref().text(), r.mechanism().description(),
                        r.mechanism().leads().isEmpty() ? Messages.get("dashboard.overdue.noLead")
                                : r.mechanism().leadNames(), board.status(r).due(),
                        board.status(r).daysOverdue(board.asOf()), board.status(r).reason()))
                .toList());
        if (review != null) {
            List<YearFigures> figures = new ArrayList<>();
            review.byFunction().forEach((function, tally) ->
                    figures.add(new YearFigures("F" + function.number(), tally.assured() + tally.notApplicable(),
                            tally.missed())));
            YearReview.Tally total = review.total();
            figures.add(new YearFigures(Messages.get("dashboard.chart.total"), total.assured() + total.notApplicable(),
                    total.missed()));
            year.setAll(figures);
            yearHeading.set(Messages.get("dashboard.chart.heading", review.year().start().getYear() + "-"
                    + String.format("%02d", review.year().end().getYear() % 100), DateFormats.display(board.asOf())));
        }
    }

    public ObservableList<StatusCount> totals() {
        return totals;
    }

    public ObservableList<FunctionCounts> byFunction() {
        return byFunction;
    }

    public ObservableList<OverdueLine> overdue() {
        return overdue;
    }

    /** One line per function, then the total. */
    public ObservableList<YearFigures> year() {
        return year;
    }

    public ReadOnlyStringProperty yearHeadingProperty() {
        return yearHeading.getReadOnlyProperty();
    }
}
