package scot.cswo.assurance.ui.actions;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import scot.cswo.assurance.domain.action.ActionNote;
import scot.cswo.assurance.domain.action.TrackedAction;
import scot.cswo.assurance.service.action.ActionService;
import scot.cswo.assurance.ui.AssuranceState;

/** Withdrawing a progress note recorded in error, saying why ({@code REASON}). */
public final class NoteWithdrawFormModel {
    private final AssuranceState state;
    private final ActionService actions;
    private final long noteId;
    private final StringProperty reason = new SimpleStringProperty("");

    public NoteWithdrawFormModel(AssuranceState state, ActionService actions, ActionNote note) {
        this.state = state;
        this.actions = actions;
        this.noteId = note.id();
    }

    /** The save the fields describe, to run on the database thread. */
    public Callable<TrackedAction> change() {
        String why = reason.get();
        return () -> actions.withdrawNote(noteId, why);
    }

    public void save(Consumer<? super TrackedAction> onSaved, Consumer<? super Throwable> onFailure) {
        state.save(change(), onSaved, onFailure);
    }

    public StringProperty reasonProperty() {
        return reason;
    }
}
