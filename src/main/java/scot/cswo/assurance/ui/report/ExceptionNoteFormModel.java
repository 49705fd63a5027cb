package scot.cswo.assurance.ui.report;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import scot.cswo.assurance.domain.report.ExceptionNote;
import scot.cswo.assurance.domain.report.ReportYear;
import scot.cswo.assurance.service.report.AnnualReportData;
import scot.cswo.assurance.service.report.ReportService;
import scot.cswo.assurance.ui.AssuranceState;

/**
 * Why a mechanism missed a period of the report's year, and the action agreed, checked by the
 * report service ({@link scot.cswo.assurance.service.report.ExceptionNoteField}). Saving over a
 * note someone else changed meanwhile is refused.
 */
public final class ExceptionNoteFormModel {
    private final AssuranceState state;
    private final ReportService report;
    private final ReportYear year;
    private final AnnualReportData.Exception missed;
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty action = new SimpleStringProperty("");

    /** Starts from the note already recorded for the period, if any. */
    public ExceptionNoteFormModel(AssuranceState state, ReportService report, ReportYear year,
                                  AnnualReportData.Exception missed) {
        this.state = state;
        this.report = report;
        this.year = year;
        this.missed = missed;
        if (missed.note() != null) {
            reason.set(missed.note().reason());
            action.set(missed.note().action());
        }
    }

    /** The save the fields describe, to run on the database thread. */
    public Callable<ExceptionNote> change() {
        var ref = missed.rows().getFirst().ref();
        var periodEnd = missed.period().end();
        var seen = missed.note();
        String why = reason.get();
        String what = action.get();
        return () -> report.noteException(year, ref, periodEnd, why, what, seen);
    }

    public void save(Consumer<? super ExceptionNote> onSaved, Consumer<? super Throwable> onFailure) {
        state.save(change(), onSaved, onFailure);
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty actionProperty() {
        return action;
    }
}
