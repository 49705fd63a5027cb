package scot.cswo.assurance.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/** Table columns of text worked out from each row, headed from the message bundle. */
public final class Columns {

    private Columns() {
    }

    public static <T> TableColumn<T, String> text(String key, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(Messages.get(key));
        if (width > 0) {
            column.setPrefWidth(width);
        }
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    /**
     * A column of dates, never narrower than a whole date at the current text size, so a due date is
     * never cut to "31/01/20…".
     */
    public static <T> TableColumn<T, String> date(String key, Function<T, String> value) {
        TableColumn<T, String> column = text(key, 0, value);
        // The style sheet sets text a little above the system's size; leave room for that and the cell's padding.
        double width = Math.ceil(new Text("30/09/2026").getLayoutBounds().getWidth() * 1.2) + 16;
        column.setMinWidth(width);
        column.setPrefWidth(width);
        return column;
    }

    /** A column whose text wraps to its width, so long wording is never cut off. */
    public static <T> TableColumn<T, String> wrapped(String key, double width, Function<T, String> value) {
        TableColumn<T, String> column = text(key, width, value);
        column.setCellFactory(WrappingCell::new);
        return column;
    }
}
