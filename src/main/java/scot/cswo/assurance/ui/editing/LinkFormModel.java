package scot.cswo.assurance.ui.editing;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.matrix.StatutoryFunction;
import scot.cswo.assurance.service.matrix.FrameworkEditor;
import scot.cswo.assurance.service.matrix.MatrixField;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DialogService;
import scot.cswo.assurance.ui.FormModel;

/** Listing a row's mechanism under another function too; its evidence then counts for both. */
public final class LinkFormModel extends FormModel<MatrixField, Ref> {
    private final FrameworkEditor editor;
    private final long frameworkId;
    private final MatrixRow row;
    /** The functions that do not list the mechanism yet. */
    private final List<StatutoryFunction> others;
    private final ObjectProperty<StatutoryFunction> function = new SimpleObjectProperty<>();

    public LinkFormModel(FrameworkEditor editor, AssuranceState state, DialogService dialogs, MatrixRow row) {
        super(state, dialogs, MatrixField.class);
        this.editor = editor;
        AssuranceMatrix matrix = state.boardProperty().get().matrix();
        this.frameworkId = matrix.framework().id();
        this.row = row;
        List<MatrixRow> listed = matrix.rowsOfMechanism(row.mechanism());
        this.others = matrix.functions().stream()
                .filter(f -> listed.stream().noneMatch(r -> r.function().id() == f.id())).toList();
    }

    @Override
    protected Callable<Ref> change() {
        Ref ref = row.ref();
        int number = Functions.number(function.get());
        return () -> editor.linkMechanism(frameworkId, ref, number);
    }

    public MatrixRow row() {
        return row;
    }

    public List<StatutoryFunction> functions() {
        return others;
    }

    public ObjectProperty<StatutoryFunction> functionProperty() {
        return function;
    }
}
