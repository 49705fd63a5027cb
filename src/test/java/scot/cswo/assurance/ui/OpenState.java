package scot.cswo.assurance.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.service.ConnectionSettings;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.WorkspaceOpener;
import scot.cswo.assurance.service.importing.FrameworkTemplates;

/**
 * What the window shares, with no window, for view-model tests: a real H2 file holding the Dundee
 * framework (tracked from 1 April 2025), opened on 22 November 2025 as COUNCIL\tester, its
 * administrator, with the database work and its answers run at once on the test's thread, and the
 * dialogs recorded instead of shown.
 */
public final class OpenState implements AutoCloseable {
    public static final LocalDate TODAY = UiFixture.TODAY;

    private final TestApp app;
    private final Workspace workspace;
    private final AssuranceState state;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<Throwable> unexpected = new ArrayList<>();

    public OpenState(Path dir) {
        app = new TestApp(dir.resolve("data"), TODAY);
        workspace = app.opener().open(dir.resolve("assurance.mv.db"), WorkspaceOpener.Mode.CREATE_IF_MISSING);
        workspace.matrix().matrixOrCreate(() -> FrameworkTemplates.dundee(LocalDate.of(2025, 4, 1)));
        state = new AssuranceState(new BackgroundRunner(Runnable::run, Runnable::run, Runnable::run), app.clock(),
                failure -> {
                    unexpected.add(failure);
                    dialogs.failed(failure);
                });
        AssuranceMatrix matrix = workspace.matrix().matrix();
        state.start(workspace.status(), workspace.access(), workspace.matrix(), workspace.status().board(matrix, TODAY),
                workspace.status().yearToDate(matrix, TODAY));
    }

    /** The database, for the test to prepare and to check what was saved. */
    public Workspace workspace() {
        return workspace;
    }

    /** This PC's choice of database, kept in the fixture's data folder. */
    public ConnectionSettings connections() {
        return app.connections();
    }

    public AssuranceState state() {
        return state;
    }

    public RecordingDialogs dialogs() {
        return dialogs;
    }

    /** The id of the framework on screen. */
    public long frameworkId() {
        return matrix().framework().id();
    }

    /** The matrix as the screens show it now. */
    public AssuranceMatrix matrix() {
        return state.boardProperty().get().matrix();
    }

    /** The row as saved in the database. */
    public MatrixRow saved(String ref) {
        return workspace.matrix().matrix().row(new Ref(ref)).orElseThrow();
    }

    /** The row as the screens show it. */
    public MatrixRow row(String ref) {
        return matrix().row(new Ref(ref)).orElseThrow();
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
