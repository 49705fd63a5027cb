package scot.cswo.assurance.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

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

    /** A column whose text wraps to its width, so long wording is never cut off. */
    public static <T> TableColumn<T, String> wrapped(String key, double width, Function<T, String> value) {
        TableColumn<T, String> column = text(key, width, value);
        column.setCellFactory(WrappingCell::new);
        return column;
    }
}
