package scot.cswo.assurance.ui.shell;

import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;
import scot.cswo.assurance.domain.problem.ControlCharacters;

/**
 * Text typed or pasted into any field of any of the app's windows loses its control characters
 * (ControlCharacters): JavaFX drops most C0 ones itself but keeps the C1 range (U+0080 to U+009F),
 * which text copied out of older systems carries. A field is fitted when it first takes the focus,
 * which it must have before anyone can type or paste into it.
 */
final class PlainTextInput {
    private static boolean installed;

    private PlainTextInput() {
    }

    /** Watches every window the app shows from now on; call on the JavaFX thread. */
    static void everywhere() {
        if (installed) {
            return;
        }
        installed = true;
        Window.getWindows().forEach(PlainTextInput::watch);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(PlainTextInput::watch);
            }
        });
    }

    private static void watch(Window window) {
        if (window.getScene() != null) {
            watch(window.getScene());
        }
        window.sceneProperty().addListener((property, before, scene) -> {
            if (scene != null) {
                watch(scene);
            }
        });
    }

    private static void watch(Scene scene) {
        // Tab leaves a multi-line box for the next field, as in any Windows form, rather than typing a tab
        // into it; TextArea moves on only with Ctrl+Tab, so Tab is passed on as that.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.TAB && !key.isControlDown() && !key.isAltDown()
                    && key.getTarget() instanceof TextArea area) {
                key.consume();
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, key.isShiftDown(), true,
                        false, false));
            }
        });
        scene.focusOwnerProperty().addListener((property, before, focused) -> {
            if (focused instanceof TextInputControl field && field.getTextFormatter() == null) {
                field.setTextFormatter(new TextFormatter<>(change -> {
                    if (ControlCharacters.first(change.getText()).isPresent()) {
                        change.setText(ControlCharacters.without(change.getText()));
                    }
                    return change;
                }));
            }
        });
    }
}
