package scot.cswo.assurance.ui;

import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * A table cell of text that is never cut off unseen. A fact (a ref, date, number or status word)
 * widens its column to fit; free text too long for its column is shortened with "…" and shown whole
 * on hover.
 */
final class TextCell<S, T> extends TableCell<S, T> {
    private final boolean fact;
    private final Function<T, String> shown;
    private final Tooltip whole = new Tooltip();

    private TextCell(boolean fact, Function<T, String> shown) {
        this.fact = fact;
        this.shown = shown;
    }

    /** A cell whose value, written as {@code shown} writes it, is always shown whole: its column widens to fit. */
    static <S, T> TextCell<S, T> fact(Function<T, String> shown) {
        return new TextCell<>(true, shown);
    }

    /** A cell of free text: shortened to its column when it must be, and whole in a tooltip then. */
    static <S> TextCell<S, String> freeText() {
        return new TextCell<>(false, Function.identity());
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : shown.apply(item));
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        // Measured here, once the style sheet has given the cell its font.
        if (fact) {
            ColumnFit.text(this, getText());
            return;
        }
        boolean cut = getText() != null && !getText().equals(displayed());
        whole.setText(getText());
        setTooltip(cut ? whole : null);
    }

    /** The text the cell draws, which JavaFX ends with "…" when it does not fit. */
    private String displayed() {
        for (Node child : getChildrenUnmodifiable()) {
            if (child instanceof Text text && child != getGraphic()) {
                return text.getText();
            }
        }
        return getText();
    }
}
