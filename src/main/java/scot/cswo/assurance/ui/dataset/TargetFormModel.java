package scot.cswo.assurance.ui.dataset;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import scot.cswo.assurance.domain.dataset.Target;
import scot.cswo.assurance.service.dataset.DatasetService;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.dataset.DatasetViewModel.Line;

/**
 * A measure's target and tolerance for the financial year of the quarter shown, checked by the
 * dataset service ({@link scot.cswo.assurance.service.dataset.TargetField}); a blank target removes it.
 */
public final class TargetFormModel {
    private final AssuranceState state;
    private final DatasetService dataset;
    private final long measureId;
    private final int financialYear;
    private final StringProperty target = new SimpleStringProperty("");
    private final StringProperty tolerance = new SimpleStringProperty("");

    /** Starts from the target already set for the line's year, if any. */
    public TargetFormModel(AssuranceState state, DatasetService dataset, Line line) {
        this.state = state;
        this.dataset = dataset;
        this.measureId = line.series().id();
        this.financialYear = line.quarter().financialYear();
        Target current = line.target();
        if (current != null) {
            target.set(current.value().toPlainString());
            tolerance.set(current.tolerance().toPlainString());
        }
    }

    /** The save the fields describe, to run on the database thread. */
    public Callable<Void> change() {
        String value = target.get();
        String within = tolerance.get();
        return () -> {
            dataset.setTarget(measureId, financialYear, value, within);
            return null;
        };
    }

    public void save(Consumer<? super Void> onSaved, Consumer<? super Throwable> onFailure) {
        state.save(change(), onSaved, onFailure);
    }

    public StringProperty targetProperty() {
        return target;
    }

    public StringProperty toleranceProperty() {
        return tolerance;
    }
}
