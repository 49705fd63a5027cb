package scot.cswo.assurance.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
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
    private static final Logger LOG = Logger.getLogger(Gui.class.getName());

    private Gui() {
    }

    static void open(AppPaths paths, WorkspaceOpener opener, ConnectionSettings connections, Restorer restorer,
                     Diagnostics diagnostics, Clock clock, String version, DatabaseChoice requested) {
        ExecutorService database = databaseThread();
        CompletableFuture<Startup> startup = opening(opener, clock, requested, database);
        ExecutorService elsewhere = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "cswo-work");
            thread.setDaemon(true);
            return thread;
        });
        CswoApplication.prepare(new UiContext(startup, new BackgroundRunner(database, elsewhere, Platform::runLater),
                clock, paths.windowState(), version, connections, restorer, requested, diagnostics,
                new UserGuide(paths.dataDir().resolve("help"))));
        Application.launch(CswoApplication.class);
        afterTheWindow(startup, database);
    }

    /**
     * Opens the database on its thread (creating it with the Dundee framework on the first start)
     * and reads today's statuses, then takes the day's backup if it is due.
     */
    static CompletableFuture<Startup> opening(WorkspaceOpener opener, Clock clock, DatabaseChoice requested,
                                              ExecutorService database) {
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
        database.execute(() -> startup.thenAccept(Gui::dailyBackup));
        return startup;
    }

    /**
     * The day's backup, taken as soon as the window has opened if none was taken today: a PC signed
     * out, shut down or restarted for updates never closes the window, so the backup on closing is
     * not enough. A failure is logged, and the backup on closing tries again.
     */
    static void dailyBackup(Startup opened) {
        try {
            opened.workspace().backups().ifPresent(BackupService::dailyIfDue);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The daily backup failed", e);
        }
    }

    /**
     * The window is closed: finish any save under way, take the day's backup if still due, release
     * the database and put in place a backup asked for. This is waited for however long it takes (a
     * large restore is never cut short); what fails is logged, and a restore's outcome is shown at
     * the next start.
     */
    static void afterTheWindow(CompletableFuture<Startup> startup, ExecutorService database) {
        Future<?> closing = database.submit(() -> {
            if (startup.isCompletedExceptionally()) {
                return; // Nothing was opened; the window said why.
            }
            Startup opened = startup.join();
            try {
                dailyBackup(opened);
            } finally {
                opened.workspace().close();
            }
        });
        database.shutdown();
        try {
            closing.get();
        } catch (ExecutionException e) {
            LOG.log(Level.SEVERE, "Closing the database failed", e.getCause());
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
