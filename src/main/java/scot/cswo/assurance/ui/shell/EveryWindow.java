package scot.cswo.assurance.ui.shell;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import scot.cswo.assurance.ui.Theme;

/**
 * What every window of the app gets, forms and dialogs included, without each having to ask: the
 * look in force, plain text input, lists that jump as you type, and buttons in Windows' order. A window is fitted when it
 * is shown (and again if its scene is replaced).
 */
final class EveryWindow {
    private static final List<Consumer<Scene>> FITTINGS = List.of(Theme::fit, PlainTextInput::fit,
            JumpAsYouType::fit, EveryWindow::windowsButtonOrder);
    private static boolean installed;

    private EveryWindow() {
    }

    /** Fits every window the app shows from now on; call on the JavaFX thread. */
    static void fitted() {
        if (installed) {
            return;
        }
        installed = true;
        Window.getWindows().forEach(EveryWindow::watch);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(EveryWindow::watch);
            }
        });
    }

    private static void watch(Window window) {
        if (window.getScene() != null) {
            fit(window.getScene());
        }
        window.sceneProperty().addListener((property, before, scene) -> {
            if (scene != null) {
                fit(scene);
            }
        });
    }

    private static void fit(Scene scene) {
        FITTINGS.forEach(fitting -> fitting.accept(scene));
    }

    /**
     * The action, then Cancel, on the right, as Windows has them, whatever the system (JavaFX puts
     * Cancel first on Linux and macOS, where the tests run). Each button is as wide as its own words:
     * the bar fixes one width for all, measured before the window has its text size, and never
     * measures again, so at a larger text size "Cancel" was cut to "Ca…".
     */
    private static void windowsButtonOrder(Scene scene) {
        scene.getRoot().lookupAll(".button-bar").forEach(node -> {
            if (node instanceof ButtonBar bar) {
                bar.setButtonOrder(ButtonBar.BUTTON_ORDER_WINDOWS);
                bar.getButtons().forEach(button -> {
                    ButtonBar.setButtonUniformSize(button, false);
                    if (button instanceof Region region) {
                        region.setPrefWidth(Region.USE_COMPUTED_SIZE);
                    }
                });
            }
        });
    }
}
