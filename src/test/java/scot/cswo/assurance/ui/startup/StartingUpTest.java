package scot.cswo.assurance.ui.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.service.DatabaseChoice;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.WorkspaceOpener;
import scot.cswo.assurance.service.importing.FrameworkTemplates;
import scot.cswo.assurance.ui.BackgroundRunner;
import scot.cswo.assurance.ui.Startup;
import scot.cswo.assurance.ui.UiContext;
import scot.cswo.assurance.ui.UserGuide;
import scot.cswo.assurance.ui.shell.MainWindow;

/**
 * The window appears at once, before its database is open, with the app's name and a sign of life;
 * the matrix fills in once the database is open (issue 18, point 8). The test holds the database
 * back, as a slow upgrade would.
 */
@ExtendWith(ApplicationExtension.class)
class StartingUpTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);

    @TempDir
    static Path dir;
    private final ExecutorService databaseThread = Executors.newSingleThreadExecutor();
    /** The database opening, finished when the test lets it. */
    private final CompletableFuture<Startup> opening = new CompletableFuture<>();
    private Path file;
    private TestApp app;
    private Stage window;

    @Start
    void start(Stage stage) {
        Path folder = dir.resolve(Long.toString(System.nanoTime()));
        file = folder.resolve("assurance.mv.db");
        app = new TestApp(folder.resolve("data"), TODAY);
        window = stage;
        new MainWindow(new UiContext(opening, new BackgroundRunner(databaseThread, databaseThread, Platform::runLater),
                app.clock(), folder.resolve("data/window.properties"), "test", app.connections(), app.restorer(),
                new DatabaseChoice.File(file), app.diagnostics(), new UserGuide(folder.resolve("data/help"))),
                uri -> { }).show(stage);
    }

    @AfterEach
    void close() throws Exception {
        // On the database thread, behind anything the window still has under way there.
        databaseThread.submit(() -> {
            if (opening.isDone()) {
                opening.join().workspace().close();
            }
        }).get();
        databaseThread.shutdown();
    }

    @Test
    void theWindowIsThereAtOnceWithTheAppsNameAndASignOfLifeWhileTheDatabaseOpens(FxRobot robot) {
        assertThat(window.isShowing()).isTrue();
        assertThat(robot.lookup("#starting-name").queryAs(Label.class).getText()).isEqualTo("CSWO Assurance");
        assertThat(robot.lookup("#starting-progress").queryAs(ProgressIndicator.class).isIndeterminate()).isTrue();
        assertThat(robot.lookup("#starting-what").queryAs(Label.class).getText()).isEqualTo("Opening the database…");
        assertThat(robot.lookup(".tab-pane").queryAs(TabPane.class).isDisabled()).isTrue();
    }

    @Test
    void aStartThatTakesLongerSaysTheDatabaseMayBeBeingBroughtUpToDate(FxRobot robot) {
        assertThat(robot.lookup("#starting-slow").query().isVisible()).isFalse();

        waitUntil(() -> robot.lookup("#starting-slow").query().isVisible());
        assertThat(robot.lookup("#starting-slow").queryAs(Label.class).getText())
                .startsWith("If CSWO Assurance has just been updated, the database is being brought up to date.");
    }

    @Test
    void theMatrixFillsInOnceTheDatabaseIsOpenAndTheProgressGoes(FxRobot robot) {
        databaseThread.execute(() -> {
            Workspace workspace = app.opener().open(file, WorkspaceOpener.Mode.CREATE_IF_MISSING);
            workspace.matrix().matrixOrCreate(() -> FrameworkTemplates.dundee(LocalDate.of(2025, 4, 1)));
            var matrix = workspace.matrix().matrix();
            opening.complete(new Startup(workspace, workspace.status().board(matrix, TODAY),
                    workspace.status().yearToDate(matrix, TODAY)));
        });

        waitUntil(() -> robot.lookup("#matrix-table").tryQuery().isPresent());
        assertThat(robot.lookup("#matrix-table").queryAs(TableView.class).getItems()).isNotEmpty();
        assertThat(robot.lookup("#starting").tryQuery().map(Node::isVisible)).isEmpty();
        assertThat(robot.lookup(".tab-pane").queryAs(TabPane.class).isDisabled()).isFalse();
    }
}
