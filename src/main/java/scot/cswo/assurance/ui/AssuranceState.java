package scot.cswo.assurance.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.domain.matrix.FrameworkTimeline;
import scot.cswo.assurance.domain.schedule.StatusBoard;
import scot.cswo.assurance.domain.schedule.YearReview;
import scot.cswo.assurance.service.Workspace;

/**
 * What every screen shares: the open workspace, the "as of" date the user is looking at, and the
 * statuses as of that date. Changes are saved on the database thread and the statuses recomputed,
 * so every screen shows the same truth.
 */
public final class AssuranceState {
    private final BackgroundRunner runner;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<StatusBoard> board = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<YearReview> yearToDate = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Role> role = new ReadOnlyObjectWrapper<>(Role.VIEWER);
    private final ReadOnlyObjectWrapper<FrameworkTimeline> frameworks = new ReadOnlyObjectWrapper<>();
    private final Consumer<Throwable> onError;
    private long generation;

    private record Computed(StatusBoard board, YearReview yearToDate, Role role, FrameworkTimeline frameworks) {
    }

    public AssuranceState(BackgroundRunner runner, Clock clock, Consumer<Throwable> onError) {
        this.runner = runner;
        this.clock = clock;
        this.onError = onError;
        asOf.set(LocalDate.now(clock));
        asOf.addListener((obs, old, date) -> {
            if (date != null && workspace.get() != null) {
                refresh();
            }
        });
    }

    /** Takes over the database opened at start-up, with the statuses already worked out. */
    public void start(Startup startup) {
        workspace.set(startup.workspace());
        yearToDate.set(startup.yearToDate());
        board.set(startup.board());
        asOf.set(startup.board().asOf());
        load(() -> startup.workspace().access().role(), role::set);
        load(() -> startup.workspace().matrix().timeline(), frameworks::set);
    }

    /** Recomputes the statuses for the current "as of" date. Late answers to earlier requests are dropped. */
    public void refresh() {
        long request = ++generation;
        Workspace open = workspace.get();
        LocalDate date = asOf.get();
        runner.run(() -> {
            StatusBoard computed = open.status().board(date);
            return new Computed(computed, open.status().yearToDate(computed.matrix(), date), open.access().role(),
                    open.matrix().timeline());
        }, computed -> {
            if (request == generation) {
                role.set(computed.role());
                frameworks.set(computed.frameworks());
                yearToDate.set(computed.yearToDate());
                board.set(computed.board());
            }
        }, onError);
    }

    /** Saves a change on the database thread, then refreshes every screen's statuses. */
    public <T> void save(Callable<T> change, Consumer<? super T> onSaved, Consumer<? super Throwable> onFailure) {
        runner.run(change, saved -> {
            onSaved.accept(saved);
            refresh();
        }, onFailure);
    }

    /** Reads on the database thread without changing anything. */
    public <T> void load(Callable<T> query, Consumer<? super T> onLoaded) {
        runner.run(query, onLoaded, onError);
    }

    /** Reads on the database thread, handling a failure itself. */
    public <T> void load(Callable<T> query, Consumer<? super T> onLoaded, Consumer<? super Throwable> onFailure) {
        runner.run(query, onLoaded, onFailure);
    }

    /** Work that touches no database (a print dialog), off the database thread. */
    public <T> void runElsewhere(Callable<T> work, Consumer<? super T> onDone, Consumer<? super Throwable> onFailure) {
        runner.runElsewhere(work, onDone, onFailure);
    }

    /** The computer's time zone: history is kept in UTC and shown in local time. */
    public ZoneId zone() {
        return clock.getZone();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Workspace workspace() {
        return workspace.get();
    }

    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public ReadOnlyObjectProperty<StatusBoard> boardProperty() {
        return board.getReadOnlyProperty();
    }

    /**
     * The signed-in account's role, so screens offer only what it may do. The services check again:
     * hiding a button is a courtesy, not the control.
     */
    public ReadOnlyObjectProperty<Role> roleProperty() {
        return role.getReadOnlyProperty();
    }

    /** True while the signed-in role is below {@code minimum}: bind a control's disable to it. */
    public BooleanBinding below(Role minimum) {
        return Bindings.createBooleanBinding(() -> !role.get().atLeast(minimum), role);
    }

    /** Which framework is in force when: the one shown, and any prepared to start later. */
    public ReadOnlyObjectProperty<FrameworkTimeline> frameworksProperty() {
        return frameworks.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<YearReview> yearToDateProperty() {
        return yearToDate.getReadOnlyProperty();
    }
}
