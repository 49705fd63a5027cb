package scot.cswo.assurance.ui.history;

import javafx.stage.Window;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.service.history.HistoryService;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.FxDialogService;
import scot.cswo.assurance.ui.Messages;

/** Opens the change history: the whole log, or one mechanism's. */
public final class HistoryWindows {
    private final AssuranceState state;
    private final HistoryService history;

    public HistoryWindows(AssuranceState state, HistoryService history) {
        this.state = state;
        this.history = history;
    }

    public void all(Window owner) {
        show(owner, null, Messages.get("history.title"));
    }

    public void of(Window owner, MatrixRow row) {
        show(owner, row.mechanism().id(), Messages.get("history.title.mechanism", row.ref().text(),
                row.mechanism().description()));
    }

    /** The history window's own dialogs (the export's file chooser) belong to it, not to the main window. */
    private void show(Window owner, Long mechanismId, String title) {
        HistoryView view = new HistoryView(state.zone());
        view.show(new HistoryViewModel(state, history, new FxDialogService(view::window), mechanismId), owner, title);
    }
}
