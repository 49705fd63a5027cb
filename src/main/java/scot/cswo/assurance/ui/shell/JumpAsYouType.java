package scot.cswo.assurance.ui.shell;

import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyEvent;

/**
 * A drop-down list (one the user cannot type into) jumps to the first entry that starts with the
 * letters typed, as Windows lists do: "Ja" picks Jane Martin. Letters typed within a second of each
 * other make one word; after a pause typing starts a new one.
 */
final class JumpAsYouType {
    private static final long PAUSE_NANOS = 1_000_000_000L;
    private static final String TYPED = "cswo.typed";
    private static final String LAST = "cswo.typedAt";

    private JumpAsYouType() {
    }

    /** Fits a window's scene (see {@link EveryWindow}). */
    static void fit(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_TYPED, key -> {
            if (key.getTarget() instanceof ComboBox<?> combo && !combo.isEditable() && !key.isControlDown()
                    && !key.isAltDown() && !key.getCharacter().isBlank()
                    && !Character.isISOControl(key.getCharacter().charAt(0))) {
                jump(combo, key.getCharacter(), System.nanoTime());
                key.consume();
            }
        });
    }

    private static <T> void jump(ComboBox<T> combo, String letter, long now) {
        Object last = combo.getProperties().get(LAST);
        String word = (last instanceof Long at && now - at < PAUSE_NANOS ? combo.getProperties().get(TYPED) : "")
                + letter;
        combo.getProperties().put(TYPED, word);
        combo.getProperties().put(LAST, now);
        List<String> shown = combo.getItems().stream().map(item -> combo.getConverter() == null
                ? String.valueOf(item) : combo.getConverter().toString(item)).toList();
        int found = first(shown, word);
        if (found < 0 && word.length() > 1) {
            // Not a continuation of the word: a fresh start with this letter.
            combo.getProperties().put(TYPED, letter);
            found = first(shown, letter);
        }
        if (found >= 0) {
            combo.getSelectionModel().select(found);
        }
    }

    /** The first entry that starts with {@code word}, whatever the case; -1 if none. */
    static int first(List<String> shown, String word) {
        String wanted = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i) != null && shown.get(i).toLowerCase(Locale.ROOT).startsWith(wanted)) {
                return i;
            }
        }
        return -1;
    }
}
