package scot.cswo.assurance.ui.actions;

import java.util.List;
import java.util.function.Consumer;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.service.action.ActionService;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DialogService;
import scot.cswo.assurance.ui.Messages;

/**
 * One click from an exception (an overdue row of the matrix, a missed period in the report) to an
 * improvement action in its lead's My tasks, saying who leads it and when it is due.
 */
public final class ActionRaiser {
    private final AssuranceState state;
    private final ActionService actions;
    private final DialogService dialogs;
    private final Consumer<ActionFormModel> openAction;

    /** @param openAction opens the Edit action form on an action already open */
    public ActionRaiser(AssuranceState state, ActionService actions, DialogService dialogs,
                        Consumer<ActionFormModel> openAction) {
        this.state = state;
        this.actions = actions;
        this.dialogs = dialogs;
        this.openAction = openAction;
    }

    /**
     * Raises an action, or, when one raised from the row is still open, opens that one to be updated:
     * a second action for the same gap would only split its notes.
     *
     * @param why what went wrong, which becomes part of the action ("No evidence for Jan–Mar 2025")
     */
    public void raise(MatrixRow row, String why) {
        state.load(() -> actions.openRaisedFrom(row), open -> open.ifPresentOrElse(
                action -> openAction.accept(new ActionFormModel(state, actions, action)), () -> raiseNew(row, why)));
    }

    /** The matrix's leads, offered when the action's lead is changed. */
    public List<String> leads() {
        return state.boardProperty().get().matrix().leads().stream().map(Lead::name).toList();
    }

    private void raiseNew(MatrixRow row, String why) {
        state.save(() -> actions.raiseFrom(row, why),
                raised -> dialogs.done(Messages.get("detail.raiseAction.title"),
                        Messages.get("detail.raiseAction.done", row.ref().text(), raised.action().lead().isEmpty()
                                ? Messages.get("detail.raiseAction.noLead") : raised.action().lead(),
                                DateFormats.display(raised.action().targetDate()))),
                dialogs::failed);
    }
}
