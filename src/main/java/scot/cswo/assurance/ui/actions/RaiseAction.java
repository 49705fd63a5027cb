package scot.cswo.assurance.ui.actions;

import javafx.stage.Window;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.ui.Alerts;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.Messages;

/**
 * One click from an exception (an overdue row of the matrix, a missed period in the report) to an
 * improvement action in its lead's My tasks, saying who leads it and when it is due.
 */
public final class RaiseAction {

    private RaiseAction() {
    }

    /** @param why what went wrong, which becomes part of the action ("No evidence for Jan–Mar 2025") */
    public static void from(AssuranceState state, Window owner, MatrixRow row, String why) {
        state.save(() -> state.workspace().actions().raiseFrom(row, why),
                raised -> Alerts.done(owner, Messages.get("detail.raiseAction.title"),
                        Messages.get("detail.raiseAction.done", row.ref().text(), raised.action().lead().isEmpty()
                                ? Messages.get("detail.raiseAction.noLead") : raised.action().lead(),
                                DateFormats.display(raised.action().targetDate()))),
                failure -> Alerts.failed(owner, failure));
    }
}
