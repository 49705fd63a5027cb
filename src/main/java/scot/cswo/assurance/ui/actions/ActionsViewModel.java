package scot.cswo.assurance.ui.actions;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import scot.cswo.assurance.domain.action.ActionNote;
import scot.cswo.assurance.domain.action.ImprovementAction;
import scot.cswo.assurance.domain.action.TrackedAction;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.service.action.ActionService;
import scot.cswo.assurance.service.action.ActionService.ActionLine;
import scot.cswo.assurance.service.matrix.MatrixService;
import scot.cswo.assurance.ui.AssuranceState;

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
    private final ObservableList<ActionLine> all = FXCollections.observableArrayList();
    private final FilteredList<ActionLine> lines = new FilteredList<>(all);
    private final ObjectProperty<Shown> shown = new SimpleObjectProperty<>(Shown.OPEN);
    private final ObjectProperty<ActionLine> selected = new SimpleObjectProperty<>();
    private final ObservableList<String> leads = FXCollections.observableArrayList();

    public ActionsViewModel(AssuranceState state, ActionService service, MatrixService matrices) {
        this.state = state;
        this.service = service;
        this.matrices = matrices;
        shown.addListener((obs, old, now) -> filter());
        state.boardProperty().addListener((obs, old, board) -> reload());
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

    public LocalDate today() {
        return state.today();
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

    /** Adding an action, for a form to run on the database thread. */
    public Callable<TrackedAction> add(ImprovementAction action, String sourceRef) {
        return () -> service.add(action, sourceRef);
    }

    /** Saving a change to an action as read, refused if someone changed it since. */
    public Callable<TrackedAction> update(TrackedAction read, ImprovementAction changed) {
        return () -> service.update(read.id(), read.version(), changed);
    }

    public Callable<TrackedAction> addNote(TrackedAction action, LocalDate date, String text, String evidence) {
        return () -> service.addNote(action.id(), date, text, evidence);
    }

    public Callable<TrackedAction> correctNote(ActionNote note, LocalDate date, String text, String evidence,
                                               String reason) {
        return () -> service.correctNote(note.id(), date, text, evidence, reason);
    }

    public Callable<TrackedAction> withdrawNote(ActionNote note, String reason) {
        return () -> service.withdrawNote(note.id(), reason);
    }

    public void addAuditScotland(Consumer<Integer> onAdded, Consumer<Throwable> onFailure) {
        state.save(() -> service.addAuditScotland2016().size(), added -> {
            reload();
            onAdded.accept(added);
        }, onFailure);
    }
}
