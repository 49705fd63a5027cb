package scot.cswo.assurance.ui.shell;

import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import scot.cswo.assurance.domain.problem.ControlCharacters;

/**
 * Text typed or pasted into any field of any of the app's windows loses its control characters
 * (ControlCharacters): JavaFX drops most C0 ones itself but keeps the C1 range (U+0080 to U+009F),
 * which text copied out of older systems carries. A field is fitted when it first takes the focus,
 * which it must have before anyone can type or paste into it. Installed on every window by {@link EveryWindow}.
 */
final class PlainTextInput {
    private PlainTextInput() {
    }

    /** Fits a window's scene (see {@link EveryWindow}). */
    static void fit(Scene scene) {
        // Tab leaves a multi-line box for the next field, as in any Windows form, rather than typing a tab
        // into it; TextArea moves on only with Ctrl+Tab, so Tab is passed on as that. Ctrl+Tab typed by the
        // user is how a tab goes into the box, as in Windows.
        boolean[] passingOn = {false};
        scene.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() != KeyCode.TAB || key.isAltDown() || passingOn[0]
                    || !(key.getTarget() instanceof TextArea area)) {
                return;
            }
            if (!key.isControlDown()) {
                key.consume();
                passingOn[0] = true;
                try {
                    area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, key.isShiftDown(), true,
                            false, false));
                } finally {
                    passingOn[0] = false;
                }
            } else if (!key.isShiftDown() && area.isEditable()) {
                key.consume();
                area.replaceSelection("\t");
            }
        });
        // The plain-text filter below gives each field a formatter, and a field with one keeps Esc to itself
        // (to undo an edit this filter has nothing to undo): Esc goes on to the form, to close it or ask,
        // unless the field handles keys itself (the matrix search clears itself on Esc).
        scene.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ESCAPE && key.getTarget() instanceof TextField field
                    && field.getTextFormatter() != null && field.getTextFormatter().getValueConverter() == null
                    && field.getParent() != null && field.getOnKeyPressed() == null) {
                key.consume();
                field.getParent().fireEvent(key.copyFor(field.getParent(), field.getParent()));
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
