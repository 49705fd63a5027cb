package scot.cswo.assurance.ui.shell;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.domain.matrix.Framework;
import scot.cswo.assurance.domain.matrix.FrameworkTimeline;
import scot.cswo.assurance.domain.matrix.StatutoryFunction;
import scot.cswo.assurance.domain.problem.DamagedStoreException;
import scot.cswo.assurance.domain.problem.StoreUnavailableException;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.service.DatabaseChoice;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.ui.actions.ActionForm;
import scot.cswo.assurance.ui.actions.ActionRaiser;
import scot.cswo.assurance.ui.actions.ActionsView;
import scot.cswo.assurance.ui.actions.ActionsViewModel;
import scot.cswo.assurance.ui.chase.ChaseDialog;
import scot.cswo.assurance.ui.dashboard.DashboardView;
import scot.cswo.assurance.ui.dashboard.DashboardViewModel;
import scot.cswo.assurance.ui.dataset.DatasetView;
import scot.cswo.assurance.ui.dataset.DatasetViewModel;
import scot.cswo.assurance.ui.editing.BackupsDialog;
import scot.cswo.assurance.ui.editing.ConnectionForms;
import scot.cswo.assurance.ui.editing.FrameworkForms;
import scot.cswo.assurance.ui.editing.ImportExport;
import scot.cswo.assurance.ui.editing.ImportExportModel;
import scot.cswo.assurance.ui.editing.MechanismForms;
import scot.cswo.assurance.ui.evidence.EvidenceForms;
import scot.cswo.assurance.ui.evidence.EvidenceList;
import scot.cswo.assurance.ui.history.HistoryWindows;
import scot.cswo.assurance.ui.matrix.MatrixView;
import scot.cswo.assurance.ui.matrix.MatrixViewModel;
import scot.cswo.assurance.ui.meetings.MeetingsView;
import scot.cswo.assurance.ui.meetings.MeetingsViewModel;
import scot.cswo.assurance.ui.report.QuarterlyReviewDialogs;
import scot.cswo.assurance.ui.report.ReportView;
import scot.cswo.assurance.ui.report.ReportViewModel;
import scot.cswo.assurance.ui.tasks.TasksView;
import scot.cswo.assurance.ui.tasks.TasksViewModel;
import scot.cswo.assurance.ui.Alerts;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.Browser;
import scot.cswo.assurance.ui.DialogService;
import scot.cswo.assurance.ui.FxDialogService;
import scot.cswo.assurance.ui.Messages;
import scot.cswo.assurance.ui.Startup;
import scot.cswo.assurance.ui.Styles;
import scot.cswo.assurance.ui.Theme;
import scot.cswo.assurance.ui.UiContext;

/**
 * The main window: menus, the screens as tabs (each built the first time it is opened) and a
 * status bar.
 */
public final class MainWindow {
    private static final Logger LOG = Logger.getLogger(MainWindow.class.getName());
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final UiContext context;
    private final AssuranceState state;
    private final DialogService dialogs;
    private final MatrixViewModel matrixModel = new MatrixViewModel();
    /** Built once the database is open, with the services they need. */
    private MechanismForms edits;
    private FrameworkForms framework;
    private ImportExport files;
    private ConnectionForms connection;
    private BackupsDialog backups;
    private EvidenceForms evidenceForms;
    private HistoryWindows history;
    private ActionRaiser raiser;
    private QuarterlyReviewDialogs quarterly;
    private MatrixView matrixView;
    private TasksView tasksView;
    private ChaseDialog chase;
    /** The open database, for the diagnostics zip and About. */
    private Workspace workspace;
    private final TabPane tabs = new TabPane();
    private final Tab matrixTab = new Tab(Messages.get("tab.matrix"));
    private final Label statusLeft = new Label(Messages.get("startup.opening"));
    /** The app's name and a progress indicator while the database opens. */
    private StartingUp startingUp;
    /** A framework prepared to start later, if any. */
    private final Label statusRight = new Label();
    private ReportView reportView;
    private final Browser browser;
    private Theme theme;
    private Stage stage;

    /**
     * @param browser opens a web page or file in the user's default program (the JavaFX host
     *                services in the app; a recorder in tests)
     */
    public MainWindow(UiContext context, Browser browser) {
        this(context, browser, FxDialogService::new);
    }

    /**
     * @param dialogs the dialogs every screen uses, given the window in front to own them: the app's
     *                own; in tests, ones that answer the operating system's file chooser, which a
     *                robot cannot drive
     */
    public MainWindow(UiContext context, Browser browser, Function<Supplier<Window>, DialogService> dialogs) {
        this.context = context;
        this.browser = browser;
        this.dialogs = dialogs.apply(this::front);
        this.state = new AssuranceState(context.runner(), context.clock(), this::unexpected);
        state.boardProperty().addListener((obs, old, board) -> matrixModel.show(board));
    }

    public void show(Stage window) {
        this.stage = window;
        // The one place the look is chosen, for the app and for the tests that open this window.
        theme = Theme.follow(Platform.getPreferences());
        EveryWindow.fitted();
        // Every screen but the matrix is built when first opened, which is after the database is open.
        tabs.getTabs().addAll(matrixTab,
                lazyTab("tab.tasks", "tab-tasks", () -> {
                    tasksView = new TasksView(new TasksViewModel(state, workspace.tasks(), workspace.status(),
                            workspace.actions(), workspace.chases(), dialogs), state, evidenceForms, chase);
                    return tasksView.node();
                }),
                lazyTab("tab.dashboard", "tab-dashboard", () -> new DashboardView(new DashboardViewModel(state,
                        workspace.actions(), workspace.dataset(), workspace.chases(), dialogs), state.asOfProperty(),
                        this::showInMatrix, this::openScreen, state.below(Role.EDITOR), this::showNotChased,
                        mechanisms -> chase.show(stage, state.boardProperty().get().asOf(), mechanisms, null, false))
                        .node()),
                lazyTab("tab.meetings", "tab-meetings", () -> new MeetingsView(new MeetingsViewModel(state,
                        workspace.meetings(), dialogs)).node()),
                lazyTab("tab.report", "tab-report", () -> {
                    reportView = new ReportView(new ReportViewModel(state, workspace.report(), dialogs), state, raiser);
                    return reportView.node();
                }),
                lazyTab("tab.dataset", "tab-dataset", () -> new DatasetView(new DatasetViewModel(state,
                        workspace.dataset(), dialogs), state).node()),
                lazyTab("tab.actions", "tab-actions", () -> new ActionsView(new ActionsViewModel(state,
                        workspace.actions(), workspace.matrix(), dialogs), state).node()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        matrixTab.setId("tab-matrix");
        tabs.setDisable(true);

        BorderPane root = new BorderPane();
        root.setTop(new VBox(menuBar(), notTodayBanner()));
        // The frame appears at once; the matrix fills in once the database is open.
        startingUp = new StartingUp();
        root.setCenter(new StackPane(tabs, startingUp.node()));
        root.setBottom(statusBar());

        Scene scene = new Scene(root);
        Theme.fit(scene);
        scene.getStylesheets().add(Styles.sheet());
        // Ctrl+S saves on the screen that has something to save: the report's narratives.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
            if (reportView != null && tabs.getSelectionModel().getSelectedItem().getId().equals("tab-report")) {
                reportView.save();
            }
        });

        // F2 edits the selected mechanism, as in Windows; the table would otherwise take it for cell editing.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F2 && matrixTab.isSelected() && !tabs.isDisabled()
                    && !EvidenceList.ownsF2(scene.getFocusOwner())
                    && state.roleProperty().get().atLeast(Role.EDITOR)
                    && matrixModel.visibleLines().chosen().get() != null) {
                e.consume();
                edits.editMechanism(stage, matrixModel.visibleLines().chosen().get().row(), saved -> { });
            }
        });
        stage.setTitle(Messages.get("app.title"));
        stage.getIcons().setAll(Styles.icons());
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        stage.setScene(scene);
        WindowGeometry.restore(stage, context.windowState());
        stage.setOnCloseRequest(e -> WindowGeometry.save(stage, matrixView, context.windowState()));
        stage.show();

        context.runner().whenDone(context.startup(), this::ready, this::failedToStart);
    }

    /** A tab whose screen is built the first time it is opened, so start-up builds only the matrix. */
    private Tab lazyTab(String key, String id, Supplier<Node> content) {
        Tab tab = new Tab(Messages.get(key));
        tab.setId(id);
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
        return tab;
    }

    private void openScreen(String tabId) {
        tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    private void showInMatrix(Status status, StatutoryFunction function) {
        matrixModel.showOnly(status, function);
        tabs.getSelectionModel().select(matrixTab);
    }

    /** The dashboard's "not chased" line: its overdue rows in the matrix. */
    private void showNotChased(Set<Long> mechanisms, int days) {
        matrixModel.showOnlyNotChased(mechanisms, days);
        tabs.getSelectionModel().select(matrixTab);
    }

    /**
     * The database is open: the one place the window takes the workspace and hands each screen and
     * form the services it needs.
     */
    private void ready(Startup opened) {
        workspace = opened.workspace();
        edits = new MechanismForms(workspace.editor(), state, dialogs);
        framework = new FrameworkForms(workspace.editor(), state, dialogs);
        files = new ImportExport(new ImportExportModel(workspace.imports(), workspace.export(), workspace.calendar(),
                workspace.tasks(), state, dialogs), dialogs);
        connection = new ConnectionForms(context.connections(), (url, user, password) -> context.connections()
                .copyToServer(opened.workspace(), url, user, password), workspace.where(), state, dialogs);
        backups = new BackupsDialog(workspace.backups(), state, dialogs, this::exit);
        evidenceForms = new EvidenceForms(state, workspace.evidence(), dialogs);
        history = new HistoryWindows(state, workspace.history());
        raiser = new ActionRaiser(state, workspace.actions(), dialogs, action -> ActionForm.show(front(), state, action,
                raiser.leads(), saved -> { }));
        quarterly = new QuarterlyReviewDialogs(state, workspace.report(), dialogs);
        chase = new ChaseDialog(state, workspace.chases(), dialogs, browser);
        matrixView = new MatrixView(matrixModel, state, evidenceForms, edits, history, raiser, chase);
        WindowGeometry.restore(matrixView, context.windowState());
        matrixTab.setContent(matrixView.node());
        startingUp.done();
        state.boardProperty().addListener((obs, old, board) -> showFramework());
        state.frameworksProperty().addListener((obs, old, frameworks) -> showFramework());
        state.start(workspace.status(), workspace.access(), workspace.matrix(), opened.board(), opened.yearToDate());
        tabs.setDisable(false);
        showFramework();
        BenchHooks.matrixShown(stage.getScene(), matrixModel.visibleLines().items(), tabs.getTabs());
        opened.workspace().notice().ifPresent(notice -> Alerts.done(stage, Messages.get("startup.recovered.title"),
                notice));
    }

    /**
     * The title and the status bar name the framework in force on the date shown, and any framework
     * prepared to start later ("From 01/04/2027: …, imported 04/12/2026").
     */
    private void showFramework() {
        if (state.boardProperty().get() == null) {
            return;
        }
        Framework framework = state.boardProperty().get().matrix().framework();
        String shown = Messages.get("status.inForce", framework.name(), DateFormats.display(framework.trackingStart()));
        stage.setTitle(Messages.get("app.title.framework", framework.name()));
        FrameworkTimeline timeline = state.frameworksProperty().get();
        String later = timeline == null ? "" : timeline.startingAfter(state.today()).stream()
                .filter(f -> f.id() != framework.id())
                .map(f -> Messages.get("status.upcoming", DateFormats.display(f.trackingStart()), f.name(),
                        f.periodLabel(), DateFormats.display(LocalDate.ofInstant(f.broughtIn(), state.zone()))))
                .collect(Collectors.joining("  ·  "));
        statusLeft.setText(framework.council().isBlank() ? shown : Messages.get("status.framework",
                framework.council(), shown));
        statusLeft.setTooltip(new Tooltip(statusLeft.getText()));
        statusRight.setText(later);
        statusRight.setTooltip(later.isEmpty() ? null : new Tooltip(later + "\n" + Messages.get("status.upcoming.how")));
    }

    private void failedToStart(Throwable error) {
        startingUp.done();
        if (error instanceof DamagedStoreException damaged && context.database() instanceof DatabaseChoice.File file
                && offerRestore(damaged, file)) {
            return;
        }
        String message = error instanceof StoreUnavailableException unavailable ? unavailable.getMessage()
                : Messages.get("startup.unexpected", error.toString());
        if (!(error instanceof StoreUnavailableException)) {
            LOG.log(Level.SEVERE, "Start-up failed", error);
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.CLOSE);
        alert.initOwner(stage);
        alert.setTitle(Messages.get("startup.failed.title"));
        alert.setHeaderText(Messages.get("startup.failed.header"));
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setId("startup-error");
        alert.showAndWait();
        stage.close();
    }

    /** A damaged database with a backup: offer to put the newest backup in place. True if handled. */
    private boolean offerRestore(DamagedStoreException damaged, DatabaseChoice.File file) {
        var backups = context.restorer().backupsOf(file);
        if (backups.isEmpty()) {
            return false;
        }
        var newest = backups.getFirst();
        String when = WHEN.format(newest.takenAt());
        if (!Alerts.confirm(stage, Messages.get("startup.failed.title"), Messages.get("startup.restore.offer",
                damaged.getMessage(), when), Messages.get("startup.restore.yes"))) {
            stage.close();
            return true;
        }
        context.runner().run(() -> context.restorer().restore(file, newest.file()), restored -> {
            Alerts.done(stage, Messages.get("startup.failed.title"), Messages.get("startup.restore.done", when,
                    restored.contents().framework(), restored.movedAside().map(Object::toString).orElse("—")));
            stage.close();
        }, failure -> {
            Alerts.failed(stage, failure);
            stage.close();
        });
        return true;
    }

    /** The zip IT asks for: logs, versions and counts, never evidence text. */
    private void exportDiagnostics() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("cswo-assurance-diagnostics.zip");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("files.zip.any"), "*.zip"));
        var file = chooser.showSaveDialog(stage);
        if (file != null) {
            state.load(() -> {
                context.diagnostics().write(file.toPath(), workspace);
                return file;
            }, written -> Alerts.done(stage, Messages.get("diagnostics.title"), Messages.get("diagnostics.done",
                    written.toString())), failure -> Alerts.failed(stage, failure));
        }
    }

    /** The window in front (a form over the main window), which a dialog then belongs to. */
    private Window front() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(stage);
    }

    /** Closes the window, remembering where it was; the database is then closed behind it. */
    private void exit() {
        WindowGeometry.save(stage, matrixView, context.windowState());
        stage.close();
    }

    private void unexpected(Throwable error) {
        Alerts.failed(stage, error);
    }

    private MenuBar menuBar() {
        MenuItem exit = new MenuItem(Messages.get("menu.file.exit"));
        exit.setOnAction(e -> exit());
        MenuItem find = new MenuItem(Messages.get("menu.view.search"));
        find.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        find.setOnAction(e -> {
            tabs.getSelectionModel().select(matrixTab);
            if (matrixView != null) {
                matrixView.focusSearch();
            }
        });
        MenuItem clear = new MenuItem(Messages.get("menu.view.clearFilters"));
        clear.setOnAction(e -> matrixModel.clearFilters());
        MenuItem today = new MenuItem(Messages.get("menu.view.today"));
        today.setOnAction(e -> state.backToToday());
        MenuItem refresh = new MenuItem(Messages.get("menu.view.refresh"));
        refresh.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        refresh.setOnAction(e -> state.refresh());
        MenuItem about = new MenuItem(Messages.get("menu.help.about"));
        about.setOnAction(e -> showAbout());
        MenuItem guide = new MenuItem(Messages.get("menu.help.guide"));
        guide.setId("menu-help-guide");
        guide.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        guide.setOnAction(e -> openUserGuide());
        Menu view = new Menu(Messages.get("menu.view"));
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            Tab tab = tabs.getTabs().get(i);
            MenuItem screen = new MenuItem(tab.getText());
            screen.setAccelerator(new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(i + 1)),
                    KeyCombination.SHORTCUT_DOWN));
            screen.setOnAction(e -> tabs.getSelectionModel().select(tab));
            view.getItems().add(screen);
        }
        view.getItems().addAll(new SeparatorMenuItem(), find, clear, today, refresh, new SeparatorMenuItem(),
                TextSizeMenu.of(theme, context.windowState()));
        Menu file = new Menu(Messages.get("menu.file"), null,
                item("menu.file.import", null, Role.ADMINISTRATOR, () -> files.importFramework(stage)),
                item("menu.file.export", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), Role.VIEWER,
                        () -> files.export()),
                item("menu.file.calendar", null, Role.VIEWER, () -> files.calendar()),
                new SeparatorMenuItem(),
                item("menu.file.print", new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), Role.VIEWER,
                        this::printReport),
                item("menu.file.qbr", null, Role.VIEWER, () -> quarterly.write(stage)),
                new SeparatorMenuItem(),
                item("menu.file.backups", null, Role.VIEWER, () -> backups.show(stage)),
                item("menu.file.connection", null, Role.VIEWER, () -> connection.choose(stage)),
                item("menu.file.copyToServer", null, Role.ADMINISTRATOR, () -> connection.copyToServer(stage)),
                new SeparatorMenuItem(), exit);
        MenuItem diagnostics = new MenuItem(Messages.get("menu.help.diagnostics"));
        diagnostics.setOnAction(e -> exportDiagnostics());
        return new MenuBar(file, view, matrixMenu(), frameworkMenu(),
                new Menu(Messages.get("menu.help"), null, guide, diagnostics, new SeparatorMenuItem(), about));
    }

    /** Changing the matrix: editors. */
    private Menu matrixMenu() {
        return new Menu(Messages.get("menu.matrix"), null,
                item("menu.matrix.addMechanism", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                        Role.EDITOR, () -> edits.addMechanism(stage, selectedFunction(), added -> { })),
                item("menu.matrix.editMechanism", new KeyCodeCombination(KeyCode.F2), Role.EDITOR, () -> {
                    var line = matrixModel.visibleLines().chosen().get();
                    if (line != null) {
                        edits.editMechanism(stage, line.row(), saved -> { });
                    }
                }),
                item("menu.matrix.chase", new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), Role.EDITOR,
                        this::chase),
                new SeparatorMenuItem(),
                item("menu.matrix.addFunction", null, Role.EDITOR, () -> edits.addFunction(stage)),
                item("menu.matrix.renameFunction", null, Role.EDITOR, () -> edits.renameFunction(stage,
                        selectedFunction())),
                item("menu.matrix.renumber", null, Role.EDITOR, () -> edits.renumber(stage, selectedFunction())),
                item("menu.matrix.retireFunction", null, Role.EDITOR, () -> edits.retireFunction(stage,
                        selectedFunction())));
    }

    /** The framework as a whole: administrators, and the history for everyone. */
    private Menu frameworkMenu() {
        return new Menu(Messages.get("menu.framework"), null,
                item("menu.framework.leads", null, Role.ADMINISTRATOR, () -> framework.leads(stage)),
                item("menu.framework.roles", null, Role.ADMINISTRATOR,
                        () -> framework.roles(stage, workspace.access())),
                item("menu.framework.settings", null, Role.ADMINISTRATOR, () -> framework.settings(stage)),
                item("menu.framework.newPeriod", null, Role.ADMINISTRATOR, () -> framework.newPeriod(stage)),
                new SeparatorMenuItem(),
                item("menu.framework.history", new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN),
                        Role.VIEWER, () -> history.all(stage)));
    }

    private MenuItem item(String key, KeyCombination accelerator, Role minimum, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setId(key.replace('.', '-'));
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.disableProperty().bind(state.below(minimum).or(tabs.disableProperty()));
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Ctrl+L: chases the leads of the tasks My tasks shows, or of the rows the matrix shows. */
    private void chase() {
        Tab shown = tabs.getSelectionModel().getSelectedItem();
        if (tasksView != null && "tab-tasks".equals(shown.getId())) {
            tasksView.chase();
            return;
        }
        tabs.getSelectionModel().select(matrixTab);
        matrixView.chaseShown();
    }

    /** The function the matrix is showing, if the user picked one; else none. */
    private StatutoryFunction selectedFunction() {
        var choice = matrixModel.function().chosen().get();
        return choice == null || choice.isAll() ? null : choice.function();
    }

    /** Above every screen while the date shown is not today, with the way back. */
    private HBox notTodayBanner() {
        Label notice = new Label();
        notice.setId("not-today-notice");
        notice.textProperty().bind(state.notTodayNotice());
        notice.setWrapText(true);
        Button back = new Button(Messages.get("asOf.backToToday"));
        back.setId("not-today-back");
        back.setOnAction(e -> state.backToToday());
        HBox banner = new HBox(12, notice, back);
        banner.setId("not-today");
        banner.getStyleClass().add("notice");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setPadding(new Insets(6, 14, 6, 14));
        banner.visibleProperty().bind(notice.textProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private HBox statusBar() {
        statusLeft.setId("status-framework");
        statusRight.setId("status-upcoming");
        // The framework shown gives way to nothing; the note of one to come shortens first.
        statusLeft.setMinWidth(Region.USE_PREF_SIZE);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(8, statusLeft, spring, statusRight);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }

    /** Ctrl+P: the annual report goes to the printer from its own screen, where its year is chosen. */
    private void printReport() {
        Tab report = tabs.getTabs().stream().filter(t -> "tab-report".equals(t.getId())).findFirst().orElseThrow();
        tabs.getSelectionModel().select(report);
        reportView.print();
    }

    /** F1: the user guide shipped with this version, opened in the browser. */
    private void openUserGuide() {
        state.runElsewhere(context.userGuide()::write, page -> browser.open(page.toUri().toString()),
                this::unexpected);
    }

    private void showAbout() {
        var board = state.boardProperty().get();
        Alert alert = new Alert(Alert.AlertType.INFORMATION, Messages.get("about.text",
                workspace == null ? "—" : workspace.where(),
                board == null ? "—" : board.matrix().framework().name()), ButtonType.OK);
        alert.initOwner(stage);
        alert.setTitle(Messages.get("about.title"));
        alert.setHeaderText(Messages.get("about.header", context.version()));
        alert.showAndWait();
    }
}
