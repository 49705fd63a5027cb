package scot.cswo.assurance.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Stage;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.service.DatabaseChoice;
import scot.cswo.assurance.service.access.Identity;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.WorkspaceOpener;
import scot.cswo.assurance.service.importing.FrameworkTemplates;
import scot.cswo.assurance.ui.shell.MainWindow;

/**
 * Opens the real main window on a fresh database holding the Dundee framework (tracked from
 * 1 April 2025), on 22 November 2025, signed in as COUNCIL\tester.
 */
public final class UiFixture implements AutoCloseable {
    public static final LocalDate TODAY = LocalDate.of(2025, 11, 22);
    private final ExecutorService databaseThread = Executors.newSingleThreadExecutor();
    private final Workspace workspace;
    private final Path windowState;

    public UiFixture(Path dir, Stage stage) {
        this(dir, stage, workspace -> { });
    }

    /** @param before prepares the database (evidence, meetings) before the window opens on it */
    public UiFixture(Path dir, Stage stage, Consumer<Workspace> before) {
        this(dir, stage, before, new Identity("COUNCIL\\tester"));
    }

    /**
     * Signed in as {@code who}. COUNCIL\tester creates the database (so is its administrator) and
     * prepares it; then the window opens as {@code who}.
     */
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private final AtomicReference<Path> chosen = new AtomicReference<>();
    private final AtomicReference<Path> savedAs = new AtomicReference<>();

    public UiFixture(Path dir, Stage stage, Consumer<Workspace> before, Identity who) {
        Path file = dir.resolve("assurance.mv.db");
        try (Workspace setup = new TestApp(dir.resolve("data"), TODAY).opener().open(file,
                WorkspaceOpener.Mode.CREATE_IF_MISSING)) {
            setup.matrix().matrixOrCreate(() -> FrameworkTemplates.dundee(LocalDate.of(2025, 4, 1)));
            setup.dataset().addStarterIfEmpty();
            before.accept(setup);
        }
        TestApp app = new TestApp(dir.resolve("data"), TODAY, who);
        workspace = app.opener().open(file, WorkspaceOpener.Mode.MUST_EXIST);
        var matrix = workspace.matrix().matrix();
        windowState = dir.resolve("data/window.properties");
        var startup = new Startup(workspace, workspace.status().board(matrix, TODAY),
                workspace.status().yearToDate(matrix, TODAY));
        UiContext context = new UiContext(CompletableFuture.completedFuture(startup),
                new BackgroundRunner(databaseThread, databaseThread, Platform::runLater), app.clock(),
                windowState, "test", app.connections(), app.restorer(),
                new DatabaseChoice.File(file), app.diagnostics(), new UserGuide(dir.resolve("data/help")));
        new MainWindow(context, opened::add, owner -> new AnsweredFileChooser(new FxDialogService(owner), chosen,
                savedAs))
                .show(stage);
    }

    /**
     * Writes a framework file, {@code name}, in the columns the guide describes, with these rows under
     * the heading line, and has the next file dialog choose it.
     */
    public Path choosingFrameworkFile(String name, String... rows) throws IOException {
        Path file = Files.createTempDirectory("import").resolve(name);
        Files.writeString(file, "Function,Function title,Assurance mechanism,Lead,Frequency\n"
                + String.join("\n", rows) + "\n");
        choosingFile(file);
        return file;
    }

    /** Answers the window's next open dialogs with {@code file}, as a user choosing it would. */
    public void choosingFile(Path file) {
        chosen.set(file);
    }

    /** Answers the window's next save dialogs with {@code file}, as a user typing its name would. */
    public void savingAs(Path file) {
        savedAs.set(file);
    }

    /** What the window asked the system to open (web pages, files), in order. */
    public List<String> opened() {
        return opened;
    }

    /** Where the window keeps its size, place and text size. */
    public Path windowState() {
        return windowState;
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
