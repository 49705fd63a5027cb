package scot.cswo.assurance.ui.editing;

import java.time.LocalDate;
import java.time.Month;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import scot.cswo.assurance.domain.matrix.FrameworkDetails;
import scot.cswo.assurance.service.matrix.FrameworkField;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DialogService;
import scot.cswo.assurance.ui.FormModel;

/**
 * A framework's name, council, period and tracking start, as its settings, a new period and an
 * import all ask for them.
 */
public abstract class FrameworkDetailsFormModel<T> extends FormModel<FrameworkField, T> {
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty council = new SimpleStringProperty("");
    private final StringProperty period = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> trackingStart = new SimpleObjectProperty<>();

    protected FrameworkDetailsFormModel(AssuranceState state, DialogService dialogs, FrameworkDetails initial) {
        super(state, dialogs, FrameworkField.class);
        name.set(initial.name());
        council.set(initial.council());
        period.set(initial.periodLabel());
        trackingStart.set(initial.trackingStart());
    }

    /** The details as typed, with the year start and grace days the form does not ask for. */
    protected final FrameworkDetails details(Month yearStart, int graceDays) {
        return new FrameworkDetails(name.get(), council.get(), period.get(), trackingStart.get(), yearStart, graceDays);
    }

    public final StringProperty nameProperty() {
        return name;
    }

    public final StringProperty councilProperty() {
        return council;
    }

    public final StringProperty periodProperty() {
        return period;
    }

    public final ObjectProperty<LocalDate> trackingStartProperty() {
        return trackingStart;
    }
}
