package scot.cswo.assurance.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.testing.Dundee;

/**
 * What the window shares, with no window: a real H2 file holding the Dundee framework (tracked
 * from 1 April 2025), opened on 22 November 2025 as COUNCIL\tester, its administrator, with the
 * database work and its answers run at once on the test's thread.
 */
public final class OpenState implements AutoCloseable {
    public static final LocalDate TODAY = LocalDate.of(2025, 11, 22);

    private final Workspace workspace;
    private final AssuranceState state;
    private final List<Throwable> unexpected = new ArrayList<>();

    public OpenState(Path dir) {
        workspace = Dundee.open(dir, TODAY);
        ZoneId london = ZoneId.of("Europe/London");
        state = new AssuranceState(new BackgroundRunner(Runnable::run, Runnable::run, Runnable::run),
                Clock.fixed(TODAY.atTime(12, 0).atZone(london).toInstant(), london), unexpected::add);
        AssuranceMatrix matrix = workspace.matrix().matrix();
        state.start(workspace.status(), workspace.access(), workspace.matrix(), workspace.status().board(matrix, TODAY),
                workspace.status().yearToDate(matrix, TODAY));
    }

    /** The database, for the test to prepare and to check what was saved. */
    public Workspace workspace() {
        return workspace;
    }

    public AssuranceState state() {
        return state;
    }

    /** The id of the framework on screen. */
    public long frameworkId() {
        return state.boardProperty().get().matrix().framework().id();
    }

    /** Failures no screen handled itself (AssuranceState's last resort). */
    public List<Throwable> unexpected() {
        return unexpected;
    }

    @Override
    public void close() {
        workspace.close();
    }
}
