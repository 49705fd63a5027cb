package scot.cswo.assurance.ui.tasks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import scot.cswo.assurance.domain.lead.Absence;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.schedule.StatusBoard;
import scot.cswo.assurance.domain.tasks.Task;
import scot.cswo.assurance.service.action.ActionService;
import scot.cswo.assurance.service.action.ActionService.ActionLine;
import scot.cswo.assurance.service.chase.ChaseService;
import scot.cswo.assurance.service.schedule.StatusService;
import scot.cswo.assurance.service.tasks.TaskService;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DialogService;

/**
 * My tasks: who the signed-in user is among the leads, their tasks most urgent first (their own and
 * any they cover for absent leads), the improvement actions they lead, and their absences.
 */
public final class TasksViewModel {
    private final AssuranceState state;
    private final TaskService service;
    private final StatusService statuses;
    private final ActionService improvementActions;
    private final DialogService dialogs;
    private final ChaseService chases;
    /** Each task's mechanism's latest chase, as its row says it. */
    private Map<Long, String> chased = Map.of();
    private final ReadOnlyObjectWrapper<Lead> me = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> account = new ReadOnlyObjectWrapper<>("");
    private final ObservableList<Lead> leads = FXCollections.observableArrayList();
    private final ObservableList<Task> tasks = FXCollections.observableArrayList();
    private final ObservableList<Absence> absences = FXCollections.observableArrayList();
    private final ObservableList<ActionLine> actions = FXCollections.observableArrayList();
    private final ObjectProperty<Task> selected = new SimpleObjectProperty<>();

    private record Loaded(String account, Optional<Lead> me, List<Lead> leads, List<Task> tasks, List<Absence> absences,
                          List<ActionLine> actions, Map<Long, String> chased) {
    }

    public TasksViewModel(AssuranceState state, TaskService service, StatusService statuses,
                          ActionService improvementActions, ChaseService chases, DialogService dialogs) {
        this.chases = chases;
        this.state = state;
        this.service = service;
        this.statuses = statuses;
        this.improvementActions = improvementActions;
        this.dialogs = dialogs;
        // Every recomputed board, even one equal to the last (evidence for an earlier period changes no
        // status), may come with changed evidence: reload on each.
        state.boardProperty().addListener(o -> reload(state.boardProperty().get()));
        if (state.boardProperty().get() != null) {
            reload(state.boardProperty().get());
        }
    }

    private void reload(StatusBoard board) {
        if (board == null) {
            return;
        }
        state.load(() -> {
            // Tasks are about today, whatever date the matrix is being looked at.
            StatusBoard today = board.asOf().equals(state.today()) ? board
                    : statuses.board(board.matrix(), state.today());
            Optional<Lead> me = service.me();
            return new Loaded(service.identity().account(), me, service.leads(), service.myTasks(today),
                    service.absences(), me.map(l -> improvementActions.openFor(l.name())).orElse(List.of()),
                    chases.latestByMechanism().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                            e -> e.getValue().phrase(state.zone()))));
        }, loaded -> {
            chased = loaded.chased();
            Task previously = selected.get();
            account.set(loaded.account());
            me.set(loaded.me().orElse(null));
            leads.setAll(loaded.leads());
            tasks.setAll(loaded.tasks());
            actions.setAll(loaded.actions());
            absences.setAll(loaded.absences().stream().filter(a -> !a.to().isBefore(state.today())).toList());
            if (previously != null) {
                tasks.stream().filter(t -> t.mechanism().id() == previously.mechanism().id()).findFirst()
                        .ifPresent(selected::set);
            }
        });
    }

    /** "Chased 02/12/2026 by …" for the task's mechanism, or empty if it has not been chased. */
    public Optional<String> chased(Task task) {
        return Optional.ofNullable(chased.get(task.mechanism().id()));
    }

    /** The mechanisms of the tasks shown, which Chase… chases their leads for. */
    public List<Long> mechanismsShown() {
        return tasks.stream().map(t -> t.mechanism().id()).distinct().toList();
    }

    /** "I am …": links the signed-in account to a lead; a refusal is explained. */
    public void claim(Lead lead) {
        state.save(() -> service.claim(lead.id()), claimed -> { }, dialogs::failed);
    }

    /** The form for marking the signed-in lead away. */
    public AbsenceFormModel absenceForm() {
        return new AbsenceFormModel(state, service, me.get(), List.copyOf(leads));
    }

    /** Absences that concern the signed-in lead: their own, and those they cover. */
    public List<Absence> myAbsences() {
        Lead lead = me.get();
        return lead == null ? List.of() : absences.stream()
                .filter(a -> a.lead().id() == lead.id() || a.deputy().id() == lead.id()).toList();
    }

    public ReadOnlyObjectProperty<Lead> meProperty() {
        return me.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> accountProperty() {
        return account.getReadOnlyProperty();
    }

    public ObservableList<Lead> leads() {
        return leads;
    }

    public ObservableList<Task> tasks() {
        return tasks;
    }

    /** The open improvement actions the signed-in lead leads, most urgent first. */
    public ObservableList<ActionLine> actions() {
        return actions;
    }

    public ObservableList<Absence> absences() {
        return absences;
    }

    public ObjectProperty<Task> selectedProperty() {
        return selected;
    }
}
