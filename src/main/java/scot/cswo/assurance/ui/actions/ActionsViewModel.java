package scot.cswo.assurance.ui.actions;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import scot.cswo.assurance.domain.action.ActionNote;
import scot.cswo.assurance.domain.action.TrackedAction;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.service.action.ActionService;
import scot.cswo.assurance.service.action.ActionService.ActionLine;
import scot.cswo.assurance.service.matrix.MatrixService;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DialogService;
import scot.cswo.assurance.ui.Messages;
import scot.cswo.assurance.ui.ReasonFormModel;

/**
 * The action tracker: every improvement action with where it stands today, shown all or open
 * only, and the chosen action's progress notes.
 */
public final class ActionsViewModel {
    /** Which actions the list shows. */
    public enum Shown {
        OPEN, OVERDUE, ALL
    }

    private final AssuranceState state;
    private final ActionService service;
    private final MatrixService matrices;
    private final DialogService dialogs;
    private final ObservableList<ActionLine> all = FXCollections.observableArrayList();
    private final FilteredList<ActionLine> lines = new FilteredList<>(all);
    private final ObjectProperty<Shown> shown = new SimpleObjectProperty<>(Shown.OPEN);
    private final ObjectProperty<ActionLine> selected = new SimpleObjectProperty<>();
    private final ObservableList<String> leads = FXCollections.observableArrayList();

    public ActionsViewModel(AssuranceState state, ActionService service, MatrixService matrices,
                            DialogService dialogs) {
        this.state = state;
        this.service = service;
        this.matrices = matrices;
        this.dialogs = dialogs;
        shown.addListener((obs, old, now) -> filter());
        state.changesProperty().addListener((obs, old, count) -> reload());
        filter();
        reload();
    }

    public ObservableList<ActionLine> lines() {
        return lines;
    }

    public ObjectProperty<Shown> shownProperty() {
        return shown;
    }

    public ObjectProperty<ActionLine> selectedProperty() {
        return selected;
    }

    /** The matrix's leads, offered when an action's lead is chosen (anyone else may be typed). */
    public ObservableList<String> leads() {
        return leads;
    }

    /** Whether the Audit Scotland template has been loaded (it may be loaded once). */
    public boolean hasAuditScotland() {
        return all.stream().anyMatch(l -> ActionService.fromAuditScotland2016(l.tracked()));
    }

    public void reload() {
        state.load(() -> new Loaded(service.lines(), matrices.matrix().leads().stream()
                .map(Lead::name).toList()), loaded -> {
            long keep = selected.get() == null ? -1 : selected.get().tracked().id();
            all.setAll(loaded.lines().stream().sorted(ActionService.MOST_URGENT_FIRST).toList());
            leads.setAll(loaded.leads());
            selected.set(lines.stream().filter(l -> l.tracked().id() == keep).findFirst()
                    .orElse(lines.isEmpty() ? null : lines.getFirst()));
        });
    }

    private record Loaded(List<ActionLine> lines, List<String> leads) {
    }

    private void filter() {
        Shown now = shown.get();
        lines.setPredicate(l -> switch (now) {
            case ALL -> true;
            case OPEN -> !l.tracked().action().progress().closed();
            case OVERDUE -> l.status() == Status.OVERDUE;
        });
    }

    /** The form for adding an action (null) or changing one as read. */
    public ActionFormModel actionForm(TrackedAction existing) {
        return new ActionFormModel(state, service, existing);
    }

    /** The form for a new progress note on {@code action}. */
    public ActionNoteFormModel noteForm(TrackedAction action) {
        return ActionNoteFormModel.add(state, service, action);
    }

    /** The form correcting {@code note}, with a reason. */
    public ActionNoteFormModel noteCorrection(ActionNote note) {
        return ActionNoteFormModel.correct(state, service, note);
    }

    /** The form withdrawing {@code note}, with a reason. */
    public ReasonFormModel<TrackedAction> noteWithdrawal(ActionNote note) {
        return new ReasonFormModel<>(state, why -> service.withdrawNote(note.id(), why));
    }

    /** Adds Audit Scotland's 2016 recommendations and says how many; a refusal is explained. */
    public void addAuditScotland() {
        state.save(() -> service.addAuditScotland2016().size(), added -> {
            reload();
            dialogs.done(Messages.get("actions.auditScotland.title"), Messages.get("actions.auditScotland.done",
                    added));
        }, dialogs::failed);
    }
}
