package scot.cswo.assurance.ui.editing;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import scot.cswo.assurance.domain.matrix.Framework;
import scot.cswo.assurance.domain.matrix.FrameworkDetails;
import scot.cswo.assurance.service.matrix.FrameworkEditor;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DialogService;

/**
 * Copying the matrix to a new framework period, starting by default on the next start of the
 * council's year; the current one is kept read-only for its years. Gives back the new framework's id.
 */
public final class NewPeriodFormModel extends FrameworkDetailsFormModel<Long> {
    private final FrameworkEditor editor;
    private final Framework current;

    public NewPeriodFormModel(FrameworkEditor editor, AssuranceState state, DialogService dialogs) {
        this(editor, state, dialogs, state.boardProperty().get().matrix().framework(), state.today());
    }

    private NewPeriodFormModel(FrameworkEditor editor, AssuranceState state, DialogService dialogs,
                               Framework current, LocalDate today) {
        super(state, dialogs, new FrameworkDetails(current.name(), current.council(), "",
                LocalDate.of(today.getMonthValue() >= current.yearStart().getValue() ? today.getYear() + 1
                        : today.getYear(), current.yearStart(), 1), current.yearStart(), current.graceDays()));
        this.editor = editor;
        this.current = current;
    }

    @Override
    protected Callable<Long> change() {
        FrameworkDetails details = details(current.yearStart(), current.graceDays());
        long id = current.id();
        return () -> editor.copyToNewPeriod(id, details);
    }

    /** The framework in force, which the new period follows. */
    public Framework current() {
        return current;
    }
}
