package scot.cswo.assurance.ui.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.ui.UserSteps.press;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
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
import scot.cswo.assurance.ui.shell.MainWindow;
import scot.cswo.assurance.ui.Startup;
import scot.cswo.assurance.ui.UiContext;
import scot.cswo.assurance.ui.UserGuide;

/** The window finds its database damaged, offers the newest backup, and puts it in place. */
@ExtendWith(ApplicationExtension.class)
class DamagedDatabaseTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);

    @TempDir
    static Path dir;
    private final ExecutorService databaseThread = Executors.newSingleThreadExecutor();
    private Path file;
    private TestApp app;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = dir.resolve(Long.toString(System.nanoTime()));
        file = folder.resolve("assurance.mv.db");
        app = new TestApp(folder.resolve("data"), TODAY);
        try (Workspace workspace = app.opener().open(file, WorkspaceOpener.Mode.CREATE_IF_MISSING)) {
            workspace.matrix().matrixOrCreate(() -> FrameworkTemplates.dundee(LocalDate.of(2025, 4, 1)));
            workspace.backups().orElseThrow().backupNow();
        }
        byte[] damaged = Files.readAllBytes(file);
        Arrays.fill(damaged, 0, 8192, (byte) 0x5a);
        Files.write(file, damaged);

        CompletableFuture<Startup> startup = CompletableFuture.supplyAsync(() -> {
            Workspace workspace = app.opener().open(file, WorkspaceOpener.Mode.MUST_EXIST);
            var matrix = workspace.matrix().matrix();
            return new Startup(workspace, workspace.status().board(matrix, TODAY),
                    workspace.status().yearToDate(matrix, TODAY));
        }, databaseThread);
        new MainWindow(new UiContext(startup, new BackgroundRunner(databaseThread, databaseThread, Platform::runLater),
                app.clock(), folder.resolve("data/window.properties"), "test", app.connections(), app.restorer(),
                new DatabaseChoice.File(file), app.diagnostics(), new UserGuide(folder.resolve("data/help"))),
                uri -> { }).show(stage);
    }

    @AfterEach
    void close() {
        databaseThread.shutdown();
    }

    @Test
    void theNewestBackupIsOfferedAndPutInPlaceKeepingTheDamagedFile(FxRobot robot) throws IOException {
        waitUntil(() -> robot.lookup("#confirm-alert").tryQuery().isPresent());
        press(robot, "Restore the backup");
        waitUntil(() -> robot.lookup("#done-alert").tryQuery().isPresent());
        press(robot, "OK");

        try (Workspace restored = app.opener().open(file, WorkspaceOpener.Mode.MUST_EXIST)) {
            assertThat(restored.matrix().matrix().rows()).hasSize(49);
        }
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("assurance-replaced-") && name.endsWith(".mv.db"));
        }
    }
}
