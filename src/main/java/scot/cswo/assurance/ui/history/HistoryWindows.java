package scot.cswo.assurance.ui.history;

import javafx.stage.Window;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.service.history.HistoryService;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DialogService;
import scot.cswo.assurance.ui.Messages;

/** Opens the change history: the whole log, or one mechanism's. */
public final class HistoryWindows {
    private final AssuranceState state;
    private final HistoryService history;
    private final DialogService dialogs;

    public HistoryWindows(AssuranceState state, HistoryService history, DialogService dialogs) {
        this.state = state;
        this.history = history;
        this.dialogs = dialogs;
    }

    public void all(Window owner) {
        new HistoryView(new HistoryViewModel(state, history, dialogs, null), state.zone()).show(owner, Messages.get("history.title"));
    }

    public void of(Window owner, MatrixRow row) {
        new HistoryView(new HistoryViewModel(state, history, dialogs, row.mechanism().id()), state.zone()).show(owner,
                Messages.get("history.title.mechanism", row.ref().text(), row.mechanism().description()));
    }
}
