package scot.cswo.assurance.ui;

import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import scot.cswo.assurance.domain.problem.StoreUnavailableException;
import scot.cswo.assurance.ui.matrix.MatrixView;
import scot.cswo.assurance.ui.matrix.MatrixViewModel;

/** The main window: menus, the matrix screen and a status bar. */
public final class MainWindow {
    private static final Logger LOG = Logger.getLogger(MainWindow.class.getName());

    private final UiContext context;
    private final MatrixViewModel matrixModel = new MatrixViewModel();
    private final MatrixView matrixView = new MatrixView(matrixModel);
    private final Label statusLeft = new Label(Messages.get("startup.opening"));
    private Startup startup;
    private Stage stage;

    public MainWindow(UiContext context) {
        this.context = context;
    }

    public void show(Stage window) {
        this.stage = window;
        BorderPane root = new BorderPane();
        root.setTop(menuBar());
        root.setCenter(matrixView.node());
        root.setBottom(statusBar());

        Scene scene = new Scene(root);
        scene.getStylesheets().add(Objects.requireNonNull(
                MainWindow.class.getResource("cswo.css")).toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                matrixView::focusSearch);

        stage.setTitle(Messages.get("app.title"));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(scene);
        WindowGeometry.restore(stage, context.windowState());
        stage.setOnCloseRequest(e -> WindowGeometry.save(stage, context.windowState()));
        stage.show();

        context.runner().whenDone(context.startup(), this::ready, this::failedToStart);
    }

    private void ready(Startup opened) {
        this.startup = opened;
        matrixModel.show(opened.matrix());
        var framework = opened.matrix().framework();
        statusLeft.setText(Messages.get("status.framework", framework.council().isBlank() ? framework.name()
                : framework.council(), framework.council().isBlank() ? opened.workspace().location()
                : framework.name()));
    }

    private void failedToStart(Throwable error) {
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

    private MenuBar menuBar() {
        MenuItem exit = new MenuItem(Messages.get("menu.file.exit"));
        exit.setOnAction(e -> {
            WindowGeometry.save(stage, context.windowState());
            stage.close();
        });
        MenuItem find = new MenuItem(Messages.get("menu.view.search"));
        find.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        find.setOnAction(e -> matrixView.focusSearch());
        MenuItem clear = new MenuItem(Messages.get("menu.view.clearFilters"));
        clear.setOnAction(e -> matrixModel.clearFilters());
        MenuItem about = new MenuItem(Messages.get("menu.help.about"));
        about.setOnAction(e -> showAbout());
        return new MenuBar(new Menu(Messages.get("menu.file"), null, exit),
                new Menu(Messages.get("menu.view"), null, find, clear),
                new Menu(Messages.get("menu.help"), null, about));
    }

    private HBox statusBar() {
        statusLeft.setId("status-framework");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(8, statusLeft, spring);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }

    private void showAbout() {
        String location = startup == null ? "—" : startup.workspace().location().toString();
        String framework = startup == null ? "—" : startup.matrix().framework().name();
        Alert alert = new Alert(Alert.AlertType.INFORMATION, Messages.get("about.text", location, framework),
                ButtonType.OK);
        alert.initOwner(stage);
        alert.setTitle(Messages.get("about.title"));
        alert.setHeaderText(Messages.get("about.header", context.version()));
        alert.showAndWait();
    }
}
