package scot.cswo.assurance.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.stage.Stage;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.WorkspaceOpener;
import scot.cswo.assurance.service.matrix.FrameworkTemplates;

/** Opens the real main window on a fresh database holding the Dundee framework. */
public final class UiFixture implements AutoCloseable {
    private final ExecutorService databaseThread = Executors.newSingleThreadExecutor();
    private final Workspace workspace;

    public UiFixture(Path dir, Stage stage) {
        TestApp app = new TestApp(dir.resolve("data"), LocalDate.of(2025, 11, 22));
        workspace = app.opener().open(dir.resolve("assurance.mv.db"), WorkspaceOpener.Mode.CREATE_IF_MISSING);
        var matrix = workspace.matrix().matrixOrCreate(() -> FrameworkTemplates.dundee(LocalDate.of(2025, 4, 1)));
        UiContext context = new UiContext(CompletableFuture.completedFuture(new Startup(workspace, matrix)),
                new BackgroundRunner(databaseThread, Platform::runLater), dir.resolve("data/window.properties"), "test");
        new MainWindow(context).show(stage);
    }

    public Workspace workspace() {
        return workspace;
    }

    @Override
    public void close() {
        databaseThread.shutdown();
        workspace.close();
    }
}
