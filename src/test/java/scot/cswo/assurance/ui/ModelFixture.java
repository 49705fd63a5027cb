package scot.cswo.assurance.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.service.ConnectionSettings;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.WorkspaceOpener;
import scot.cswo.assurance.service.importing.FrameworkTemplates;

/**
 * For view-model tests, with no window: a real H2 file holding the Dundee framework (tracked from
 * 1 April 2025) on 22 November 2025, its administrator COUNCIL\tester, and the screens' shared state
 * with every database job run at once on the calling thread.
 */
public final class ModelFixture implements AutoCloseable {
    public static final LocalDate TODAY = UiFixture.TODAY;

    private final TestApp app;
    private final Workspace workspace;
    private final AssuranceState state;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    public ModelFixture(Path dir) {
        app = new TestApp(dir.resolve("data"), TODAY);
        workspace = app.opener().open(dir.resolve("assurance.mv.db"), WorkspaceOpener.Mode.CREATE_IF_MISSING);
        workspace.matrix().matrixOrCreate(() -> FrameworkTemplates.dundee(LocalDate.of(2025, 4, 1)));
        state = new AssuranceState(new BackgroundRunner(Runnable::run, Runnable::run, Runnable::run), app.clock(),
                dialogs::failed);
        AssuranceMatrix matrix = workspace.matrix().matrix();
        state.start(workspace.status(), workspace.access(), workspace.matrix(), workspace.status().board(matrix, TODAY),
                workspace.status().yearToDate(matrix, TODAY));
    }

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

    @Override
    public void close() {
        workspace.close();
    }
}
