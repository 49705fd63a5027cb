package scot.cswo.assurance.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.domain.matrix.FrameworkTimeline;
import scot.cswo.assurance.domain.schedule.StatusBoard;
import scot.cswo.assurance.domain.schedule.YearReview;
import scot.cswo.assurance.service.access.Access;
import scot.cswo.assurance.service.matrix.MatrixService;
import scot.cswo.assurance.service.schedule.StatusService;

/**
 * What every screen shares: the "as of" date the user is looking at, and the
 * statuses as of that date. Changes are saved on the database thread and the statuses recomputed,
 * so every screen shows the same truth.
 */
public final class AssuranceState {
    private final BackgroundRunner runner;
    private final Clock clock;
    /** The services the shared statuses come from, once the database is open. */
    private StatusService statuses;
    private Access access;
    private MatrixService matrices;
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<StatusBoard> board = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper changes = new ReadOnlyLongWrapper();
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
            if (date != null && statuses != null) {
                recompute();
            }
        });
    }

    /**
     * Takes over the database opened at start-up, with the statuses already worked out: the services
     * the shared statuses come from, and no more.
     */
    public void start(StatusService statuses, Access access, MatrixService matrices, StatusBoard board,
                      YearReview yearToDate) {
        this.statuses = statuses;
        this.access = access;
        this.matrices = matrices;
        this.yearToDate.set(yearToDate);
        this.board.set(board);
        asOf.set(board.asOf());
        load(access::role, role::set);
        load(matrices::timeline, frameworks::set);
    }

    /**
     * After a change to the data (a save here, or Refresh for others' changes on a shared server):
     * every screen reloads what it shows, and the statuses are recomputed.
     */
    public void refresh() {
        changes.set(changes.get() + 1);
        recompute();
    }

    /** Recomputes the statuses for the current "as of" date. Late answers to earlier requests are dropped. */
    private void recompute() {
        long request = ++generation;
        LocalDate date = asOf.get();
        runner.run(() -> {
            StatusBoard computed = statuses.board(date);
            return new Computed(computed, statuses.yearToDate(computed.matrix(), date), access.role(),
                    matrices.timeline());
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


    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    /**
     * "Showing 01/03/2027, not today" while the date shown is not today, so no screen is taken for
     * today's position by mistake; empty when it is today.
     */
    public StringBinding notTodayNotice() {
        return Bindings.createStringBinding(() -> asOf.get() == null || asOf.get().equals(today()) ? ""
                : Messages.get("asOf.notToday", DateFormats.display(asOf.get())), asOf);
    }

    /** Every screen back to today's position. */
    public void backToToday() {
        asOf.set(today());
    }

    public ReadOnlyObjectProperty<StatusBoard> boardProperty() {
        return board.getReadOnlyProperty();
    }

    /**
     * Counts the changes to the data since the window opened. A screen that does not depend on the
     * "as of" date (actions, the dataset) reloads on this, not on every new date.
     */
    public ReadOnlyLongProperty changesProperty() {
        return changes.getReadOnlyProperty();
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
