package scot.cswo.assurance.ui.editing;

import java.util.concurrent.Callable;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.StatutoryFunction;
import scot.cswo.assurance.service.matrix.FrameworkEditor;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DialogService;

/** Moving a row within its function, or a function in the matrix; refs and numbers stay as they are. */
public final class MatrixOrderModel {
    private final FrameworkEditor editor;
    private final AssuranceState state;
    private final DialogService dialogs;

    public MatrixOrderModel(FrameworkEditor editor, AssuranceState state, DialogService dialogs) {
        this.editor = editor;
        this.state = state;
        this.dialogs = dialogs;
    }

    /** Up (-1) or down (+1); a refusal (the top row moved up) is explained in a dialog. */
    public void move(MatrixRow row, int direction) {
        long frameworkId = frameworkId();
        save(() -> {
            editor.move(frameworkId, row.ref(), direction);
            return row;
        });
    }

    /** Up (-1) or down (+1) in the matrix. */
    public void moveFunction(StatutoryFunction function, int direction) {
        long frameworkId = frameworkId();
        save(() -> {
            editor.moveFunction(frameworkId, function.id(), direction);
            return function;
        });
    }

    private long frameworkId() {
        return state.boardProperty().get().matrix().framework().id();
    }

    private void save(Callable<Object> change) {
        state.save(change, moved -> { }, dialogs::failed);
    }
}
