package scot.cswo.assurance.ui.actions;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import scot.cswo.assurance.domain.action.ActionNote;
import scot.cswo.assurance.domain.action.TrackedAction;
import scot.cswo.assurance.service.action.ActionService;
import scot.cswo.assurance.ui.AssuranceState;

/**
 * A progress note on an action, added or corrected with a reason, checked by the action service
 * ({@link scot.cswo.assurance.domain.action.ActionNoteField}).
 */
public final class ActionNoteFormModel {
    private final AssuranceState state;
    private final ActionService actions;
    private final long actionId;
    /** The note being corrected, or null for a new one. */
    private final ActionNote earlier;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty evidence = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");

    private ActionNoteFormModel(AssuranceState state, ActionService actions, long actionId, ActionNote earlier) {
        this.state = state;
        this.actions = actions;
        this.actionId = actionId;
        this.earlier = earlier;
    }

    /** A new note on {@code action}, dated today to start with. */
    public static ActionNoteFormModel add(AssuranceState state, ActionService actions, TrackedAction action) {
        ActionNoteFormModel model = new ActionNoteFormModel(state, actions, action.id(), null);
        model.date.set(state.today());
        return model;
    }

    /** A correction of {@code note}, starting from what it says. */
    public static ActionNoteFormModel correct(AssuranceState state, ActionService actions, ActionNote note) {
        ActionNoteFormModel model = new ActionNoteFormModel(state, actions, 0, note);
        model.date.set(note.date());
        model.text.set(note.text());
        model.evidence.set(note.evidence());
        return model;
    }

    /** The save the fields describe, to run on the database thread. */
    public Callable<TrackedAction> change() {
        LocalDate when = date.get();
        String note = text.get();
        String where = evidence.get();
        if (earlier == null) {
            return () -> actions.addNote(actionId, when, note, where);
        }
        long id = earlier.id();
        String why = reason.get();
        return () -> actions.correctNote(id, when, note, where, why);
    }

    public void save(Consumer<? super TrackedAction> onSaved, Consumer<? super Throwable> onFailure) {
        state.save(change(), onSaved, onFailure);
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** Where the evidence of it is (a minute, a report number, a link). */
    public StringProperty evidenceProperty() {
        return evidence;
    }

    /** Why the note is corrected (corrections only). */
    public StringProperty reasonProperty() {
        return reason;
    }
}
