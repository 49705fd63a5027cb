package scot.cswo.assurance.ui;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import scot.cswo.assurance.domain.DateFormats;

/**
 * Table columns of text worked out from each row, headed from the message bundle. Every column is
 * sized from the text it shows at the font in use, never from a guessed pixel width alone: facts
 * (refs, dates, numbers) and headings always whole, free text whole on hover or wrapped.
 */
public final class Columns {

    private Columns() {
    }

    /** A column of free text, shortened with "…" to the column's width and then shown whole on hover. */
    public static <T> TableColumn<T, String> text(String key, double width, Function<T, String> value) {
        TableColumn<T, String> column = column(key, width, value);
        column.setCellFactory(c -> TextCell.freeText());
        return column;
    }

    /** A column of short facts (refs, counts, names of a status) that widens to show each whole. */
    public static <T> TableColumn<T, String> fact(String key, Function<T, String> value) {
        return sortable(Messages.get(key), value, Function.identity());
    }

    private static <T> TableColumn<T, String> column(String key, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(Messages.get(key));
        if (width > 0) {
            column.setPrefWidth(width);
        }
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        ColumnFit.headingsOf(column);
        return column;
    }

    /** A column of dates, as wide as a whole date at the text size in use, so a due date is never "31/01/20…". */
    public static <T> TableColumn<T, String> date(String key, Function<T, String> value) {
        return fact(key, value);
    }

    /** A column of dates kept as dates, so that it sorts by date, shown as dd/MM/yyyy and never cut short. */
    public static <T> TableColumn<T, LocalDate> sortableDate(String key, Function<T, LocalDate> value) {
        return sortable(Messages.get(key), value, DateFormats::display);
    }

    /** A column of whole numbers, right-aligned, that sorts as numbers and is never cut short. */
    public static <T> TableColumn<T, Long> number(String key, Function<T, Long> value) {
        TableColumn<T, Long> column = sortable(Messages.get(key), value, String::valueOf);
        column.getStyleClass().add("number-column");
        return column;
    }

    /** A column of counts under a heading given as it reads (a status's name), right-aligned and never cut short. */
    public static <T> TableColumn<T, Integer> count(String heading, Function<T, Integer> value) {
        TableColumn<T, Integer> column = sortable(heading, value, String::valueOf);
        column.getStyleClass().add("number-column");
        return column;
    }

    /** A column that sorts by its values and shows each, whole, as {@code shown} writes it. */
    private static <T, V> TableColumn<T, V> sortable(String heading, Function<T, V> value,
                                                     Function<V, String> shown) {
        TableColumn<T, V> column = new TableColumn<>(heading);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> TextCell.fact(shown));
        ColumnFit.headingsOf(column);
        return column;
    }

    /** A column whose text wraps to its width, so long wording is never cut off. */
    public static <T> TableColumn<T, String> wrapped(String key, double width, Function<T, String> value) {
        TableColumn<T, String> column = column(key, width, value);
        column.setCellFactory(WrappingCell::new);
        return column;
    }
}
