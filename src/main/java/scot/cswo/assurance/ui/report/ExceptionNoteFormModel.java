package scot.cswo.assurance.ui.report;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import scot.cswo.assurance.domain.report.ExceptionNote;
import scot.cswo.assurance.domain.report.ReportYear;
import scot.cswo.assurance.service.report.AnnualReportData;
import scot.cswo.assurance.service.report.ReportService;
import scot.cswo.assurance.service.report.ReportService.MissedPeriod;
import scot.cswo.assurance.ui.AssuranceState;

/**
 * Why a mechanism missed a period of the report's year, and the action agreed, checked by the
 * report service ({@link scot.cswo.assurance.service.report.ExceptionNoteField}); for one missed
 * period, or one reason given to several at once (periods of one mechanism, or of several rows),
 * all saved together or none. Saving over a note someone else changed meanwhile is refused.
 */
public final class ExceptionNoteFormModel {
    private final AssuranceState state;
    private final ReportService report;
    private final ReportYear year;
    private final List<AnnualReportData.Exception> missed;
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty action = new SimpleStringProperty("");

    /**
     * Starts from the note already recorded, when every period chosen has that same note (one
     * period, or several explained together before); otherwise from empty fields.
     */
    public ExceptionNoteFormModel(AssuranceState state, ReportService report, ReportYear year,
                                  List<AnnualReportData.Exception> missed) {
        this.state = state;
        this.report = report;
        this.year = year;
        this.missed = List.copyOf(missed);
        ExceptionNote first = this.missed.getFirst().note();
        if (first != null && this.missed.stream().allMatch(e -> e.note() != null
                && e.note().reason().equals(first.reason()) && e.note().action().equals(first.action()))) {
            reason.set(first.reason());
            action.set(first.action());
        }
    }

    /** The save the fields describe, to run on the database thread. */
    public Callable<List<ExceptionNote>> change() {
        List<MissedPeriod> periods = missed.stream().map(e -> new MissedPeriod(e.rows().getFirst().ref(),
                e.period().end(), e.note())).toList();
        String why = reason.get();
        String what = action.get();
        return () -> report.noteExceptions(year, periods, why, what);
    }

    public void save(Consumer<? super List<ExceptionNote>> onSaved, Consumer<? super Throwable> onFailure) {
        state.save(change(), onSaved, onFailure);
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty actionProperty() {
        return action;
    }
}
