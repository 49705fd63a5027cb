package scot.cswo.assurance.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import scot.cswo.assurance.service.ConnectionSettings;
import scot.cswo.assurance.service.DatabaseChoice;
import scot.cswo.assurance.service.Diagnostics;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.WorkspaceOpener;
import scot.cswo.assurance.service.backup.BackupService;
import scot.cswo.assurance.service.Restorer;
import scot.cswo.assurance.service.importing.FrameworkTemplates;
import scot.cswo.assurance.ui.BackgroundRunner;
import scot.cswo.assurance.ui.shell.CswoApplication;
import scot.cswo.assurance.ui.Startup;
import scot.cswo.assurance.ui.UiContext;
import scot.cswo.assurance.ui.UserGuide;

/** Starts the desktop window. The database opens on its own thread while JavaFX starts. */
final class Gui {

    private Gui() {
    }

    static void open(AppPaths paths, WorkspaceOpener opener, ConnectionSettings connections, Restorer restorer,
                     Diagnostics diagnostics, Clock clock, String version, DatabaseChoice requested) {
        ExecutorService database = databaseThread();
        CompletableFuture<Startup> startup = CompletableFuture.supplyAsync(() -> {
            LocalDate today = LocalDate.now(clock);
            // The first start creates the database with the Dundee framework, whole before it is in place.
            Workspace workspace = opener.create(requested, created -> {
                created.matrix().matrixOrCreate(() -> FrameworkTemplates.dundee(today));
                created.dataset().addStarterIfEmpty();
            });
            try {
                var matrix = workspace.matrix().matrix();
                var board = workspace.status().board(matrix, today);
                return new Startup(workspace, board, workspace.status().yearToDate(matrix, today));
            } catch (RuntimeException e) {
                workspace.close();
                throw e;
            }
        }, database);
        ExecutorService elsewhere = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "cswo-work");
            thread.setDaemon(true);
            return thread;
        });
        CswoApplication.prepare(new UiContext(startup, new BackgroundRunner(database, elsewhere, Platform::runLater),
                clock, paths.windowState(), version, connections, restorer, requested, diagnostics,
                new UserGuide(paths.dataDir().resolve("help"))));
        Application.launch(CswoApplication.class);
        // The window is closed: finish any save under way, take the day's backup, then release the database.
        database.execute(() -> startup.thenAccept(opened -> {
            try {
                opened.workspace().backups().ifPresent(BackupService::dailyIfDue);
            } catch (RuntimeException e) {
                Logger.getLogger(Gui.class.getName()).log(Level.WARNING, "The daily backup failed", e);
            } finally {
                opened.workspace().close();
            }
        }));
        database.shutdown();
        try {
            database.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The one thread that touches the database in the desktop app. Nothing interrupts it. */
    static ExecutorService databaseThread() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "cswo-database");
            thread.setDaemon(false);
            return thread;
        });
    }
}
