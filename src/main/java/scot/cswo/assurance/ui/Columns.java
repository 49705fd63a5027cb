package scot.cswo.assurance.ui;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;
import scot.cswo.assurance.domain.DateFormats;

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
        wholeDate(column);
        return column;
    }

    /** A column of dates kept as dates, so that it sorts by date, shown as dd/MM/yyyy and never cut short. */
    public static <T> TableColumn<T, LocalDate> sortableDate(String key, Function<T, LocalDate> value) {
        TableColumn<T, LocalDate> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setText(empty || date == null ? null : DateFormats.display(date));
            }
        });
        wholeDate(column);
        return column;
    }

    /** A column of whole numbers, right-aligned, that sorts as numbers. */
    public static <T> TableColumn<T, Long> number(String key, Function<T, Long> value) {
        TableColumn<T, Long> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.getStyleClass().add("number-column");
        return column;
    }

    private static void wholeDate(TableColumn<?, ?> column) {
        // The style sheet sets text a little above the system's size; leave room for that and the cell's padding.
        double width = Math.ceil(new Text("30/09/2026").getLayoutBounds().getWidth() * 1.2) + 16;
        column.setMinWidth(width);
        column.setPrefWidth(width);
    }

    /** A column whose text wraps to its width, so long wording is never cut off. */
    public static <T> TableColumn<T, String> wrapped(String key, double width, Function<T, String> value) {
        TableColumn<T, String> column = text(key, width, value);
        column.setCellFactory(WrappingCell::new);
        return column;
    }
}
