package scot.cswo.assurance.ui;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** How much room a text takes in a font, to size things from the text size in use rather than fixed pixels. */
public final class TextSize {
    /** One node to measure with; only ever used on the JavaFX thread. */
    private static final Text MEASURE = new Text();

    private TextSize() {
    }

    /** The width of {@code text} (its widest line) in {@code font}. */
    public static double width(String text, Font font) {
        MEASURE.setFont(font);
        MEASURE.setText(text);
        return MEASURE.getLayoutBounds().getWidth();
    }
}
