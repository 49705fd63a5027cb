package scot.cswo.assurance.ui.editing;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.service.matrix.FrameworkEditor;
import scot.cswo.assurance.service.matrix.MatrixField;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DialogService;
import scot.cswo.assurance.ui.FormModel;

/** Taking a row out of the matrix from a date (today unless another is given). */
public final class RetireRowFormModel extends FormModel<MatrixField, Ref> {
    private final FrameworkEditor editor;
    private final long frameworkId;
    private final MatrixRow row;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();

    public RetireRowFormModel(FrameworkEditor editor, AssuranceState state, DialogService dialogs, MatrixRow row) {
        super(state, dialogs, MatrixField.class);
        this.editor = editor;
        this.frameworkId = state.boardProperty().get().matrix().framework().id();
        this.row = row;
        from.set(state.today());
    }

    @Override
    protected Callable<Ref> change() {
        Ref ref = row.ref();
        LocalDate on = from.get();
        return () -> {
            editor.retire(frameworkId, ref, on);
            return ref;
        };
    }

    public MatrixRow row() {
        return row;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }
}
