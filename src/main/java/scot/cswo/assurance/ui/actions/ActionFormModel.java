package scot.cswo.assurance.ui.actions;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import scot.cswo.assurance.domain.action.ActionProgress;
import scot.cswo.assurance.domain.action.ActionSource;
import scot.cswo.assurance.domain.action.ImprovementAction;
import scot.cswo.assurance.domain.action.TrackedAction;
import scot.cswo.assurance.service.action.ActionService;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.Messages;

/**
 * Adding an improvement action or changing one: its description, source, lead, target date and
 * progress, checked by the action itself ({@link scot.cswo.assurance.domain.action.ActionField}).
 * A change to an action someone else changed meanwhile is refused.
 */
public final class ActionFormModel {
    private final AssuranceState state;
    private final ActionService actions;
    /** The action as read, or null when adding one. */
    private final TrackedAction existing;
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<ActionSource> source = new SimpleObjectProperty<>(ActionSource.OTHER);
    private final StringProperty sourceReference = new SimpleStringProperty("");
    private final StringProperty lead = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> target = new SimpleObjectProperty<>();
    private final ObjectProperty<ActionProgress> progress = new SimpleObjectProperty<>(ActionProgress.NOT_STARTED);

    /** @param existing the action to change as read, or null to add one due in three months */
    public ActionFormModel(AssuranceState state, ActionService actions, TrackedAction existing) {
        this.state = state;
        this.actions = actions;
        this.existing = existing;
        if (existing == null) {
            target.set(state.today().plusMonths(3));
        } else {
            ImprovementAction action = existing.action();
            title.set(action.title());
            source.set(action.source());
            sourceReference.set(existing.sourceRef());
            lead.set(action.lead());
            target.set(action.targetDate());
            progress.set(action.progress());
        }
    }

    public boolean adding() {
        return existing == null;
    }

    /** The form's heading: what adding an action means, or the action being changed as it reads. */
    public String heading() {
        return existing == null ? Messages.get("actions.add.header") : existing.action().title();
    }

    /** The save the fields describe, to run on the database thread (where the action checks itself). */
    public Callable<TrackedAction> change() {
        String description = title.get();
        ActionSource from = source.get();
        String sourceRef = sourceReference.get();
        String who = lead.get();
        LocalDate when = target.get();
        ActionProgress where = progress.get();
        if (existing == null) {
            return () -> actions.add(new ImprovementAction(description, from, who, when, where), sourceRef);
        }
        long id = existing.id();
        int version = existing.version();
        return () -> actions.update(id, version, new ImprovementAction(description, from, who, when, where));
    }

    public void save(Consumer<? super TrackedAction> onSaved, Consumer<? super Throwable> onFailure) {
        state.save(change(), onSaved, onFailure);
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<ActionSource> sourceProperty() {
        return source;
    }

    /** The source's own reference (a report's paragraph), given when the action is added. */
    public StringProperty sourceReferenceProperty() {
        return sourceReference;
    }

    public StringProperty leadProperty() {
        return lead;
    }

    public ObjectProperty<LocalDate> targetProperty() {
        return target;
    }

    public ObjectProperty<ActionProgress> progressProperty() {
        return progress;
    }
}
