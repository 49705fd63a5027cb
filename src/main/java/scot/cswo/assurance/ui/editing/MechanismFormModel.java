package scot.cswo.assurance.ui.editing;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.matrix.StatutoryFunction;
import scot.cswo.assurance.service.matrix.FrameworkEditor.MechanismInput;
import scot.cswo.assurance.service.matrix.FrameworkEditor;
import scot.cswo.assurance.service.matrix.MatrixField;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DialogService;
import scot.cswo.assurance.ui.FormModel;

/**
 * A mechanism's wording, leads and frequency: a change to one under a row (from a date, if the
 * frequency changes), or a new one at the end of a chosen function.
 */
public final class MechanismFormModel extends FormModel<MatrixField, Ref> {
    private final FrameworkEditor editor;
    private final long frameworkId;
    /** The row whose mechanism is changed; null for a new mechanism. */
    private final MatrixRow row;
    private final List<StatutoryFunction> functions;
    private final ObjectProperty<StatutoryFunction> function = new SimpleObjectProperty<>();
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty leads = new SimpleStringProperty("");
    private final StringProperty frequency = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> effectiveFrom = new SimpleObjectProperty<>();
    private final List<String> sharedWith;

    private MechanismFormModel(FrameworkEditor editor, AssuranceState state, DialogService dialogs, MatrixRow row) {
        super(state, dialogs, MatrixField.class);
        this.editor = editor;
        AssuranceMatrix matrix = state.boardProperty().get().matrix();
        this.frameworkId = matrix.framework().id();
        this.row = row;
        this.functions = matrix.functions();
        this.sharedWith = row == null ? List.of() : matrix.rowsOfMechanism(row.mechanism()).stream()
                .map(r -> r.ref().text()).filter(ref -> !ref.equals(row.ref().text())).toList();
    }

    /** Changing the mechanism under {@code row}; a new frequency applies from today unless another date is given. */
    public static MechanismFormModel edit(FrameworkEditor editor, AssuranceState state, DialogService dialogs,
                                          MatrixRow row) {
        MechanismFormModel model = new MechanismFormModel(editor, state, dialogs, row);
        Mechanism mechanism = row.mechanism();
        model.description.set(mechanism.description());
        model.leads.set(mechanism.leadNames());
        model.frequency.set(mechanism.frequency().wording());
        model.effectiveFrom.set(state.today());
        return model;
    }

    /** A new mechanism, under {@code preselected} or else the first function. */
    public static MechanismFormModel add(FrameworkEditor editor, AssuranceState state, DialogService dialogs,
                                         StatutoryFunction preselected) {
        MechanismFormModel model = new MechanismFormModel(editor, state, dialogs, null);
        model.function.set(Functions.orFirst(preselected, model.functions));
        return model;
    }

    @Override
    protected Callable<Ref> change() {
        MechanismInput input = new MechanismInput(description.get(), leads.get(), frequency.get(),
                row == null ? null : effectiveFrom.get());
        if (row == null) {
            int number = Functions.number(function.get());
            return () -> editor.addMechanism(frameworkId, number, input);
        }
        long id = row.mechanism().id();
        int version = row.mechanism().version();
        Ref ref = row.ref();
        return () -> {
            editor.editMechanism(frameworkId, id, version, input);
            return ref;
        };
    }

    /** True for a change to an existing mechanism; false for a new one. */
    public boolean editing() {
        return row != null;
    }

    /** The row being changed, or null for a new mechanism. */
    public MatrixRow row() {
        return row;
    }

    /** The other rows listing the same mechanism, which a change alters too. */
    public List<String> sharedWith() {
        return sharedWith;
    }

    /** The functions a new mechanism may go under. */
    public List<StatutoryFunction> functions() {
        return functions;
    }

    /** True once the frequency typed differs from the mechanism's: only then is a date it applies from asked. */
    public BooleanBinding frequencyChanged() {
        String wording = row == null ? "" : row.mechanism().frequency().wording();
        return Bindings.createBooleanBinding(() -> row != null && !wording.equals(frequency.get()), frequency);
    }

    public ObjectProperty<StatutoryFunction> functionProperty() {
        return function;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty leadsProperty() {
        return leads;
    }

    public StringProperty frequencyProperty() {
        return frequency;
    }

    public ObjectProperty<LocalDate> effectiveFromProperty() {
        return effectiveFrom;
    }
}
