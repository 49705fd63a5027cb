package scot.cswo.assurance.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.matrix.StatutoryFunction;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.domain.schedule.StatusBoard;
import scot.cswo.assurance.domain.schedule.YearReview;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.Messages;

/** The dashboard's figures, recomputed whenever the statuses change. */
public final class DashboardViewModel {
    private final ObservableList<StatusCount> totals = FXCollections.observableArrayList();
    private final ObservableList<FunctionCounts> byFunction = FXCollections.observableArrayList();
    private final ObservableList<OverdueLine> overdue = FXCollections.observableArrayList();
    private final ObservableList<YearFigures> year = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper yearHeading = new ReadOnlyStringWrapper("");

    /** How many rows have a status. */
    public record StatusCount(Status status, int count) {
    }

    /** Status counts of one function. */
    public record FunctionCounts(StatutoryFunction function, Map<Status, Integer> counts) {
    }

    /** An overdue row and why. */
    public record OverdueLine(String ref, String mechanism, String reason) {
    }

    /** Assured and missed periods of one function (or the total) this financial year so far. */
    public record YearFigures(String function, int assured, int missed) {
        public int due() {
            return assured + missed;
        }
    }

    public DashboardViewModel(AssuranceState state) {
        state.boardProperty().addListener((obs, old, board) -> show(board, state.yearToDateProperty().get()));
        if (state.boardProperty().get() != null) {
            show(state.boardProperty().get(), state.yearToDateProperty().get());
        }
    }

    void show(StatusBoard board, YearReview review) {
        Map<Status, Integer> counts = board.counts();
        List<StatusCount> shown = new ArrayList<>();
        for (Status status : Status.values()) {
            shown.add(new StatusCount(status, counts.get(status)));
        }
        totals.setAll(shown);
        byFunction.setAll(board.matrix().functions().stream().map(f -> new FunctionCounts(f, board.counts(f))).toList());
        overdue.setAll(board.byUrgency(board.matrix().rows()).stream()
                .filter(r -> board.status(r).status() == Status.OVERDUE)
                .map(r -> new OverdueLine(r.ref().text(), r.mechanism().description(), board.status(r).reason()))
                .toList());
        if (review != null) {
            List<YearFigures> figures = new ArrayList<>();
            review.byFunction().forEach((function, tally) ->
                    figures.add(new YearFigures("F" + function.number(), tally.assured(), tally.missed())));
            YearReview.Tally total = review.total();
            figures.add(new YearFigures(Messages.get("dashboard.chart.total"), total.assured(), total.missed()));
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
