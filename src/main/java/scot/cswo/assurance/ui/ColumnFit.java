package scot.cswo.assurance.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Widens a table column to what its cells and heading need at the font actually in use (the user's
 * text size, the theme's font), so that dates, numbers, refs, statuses and headings are never cut
 * short, instead of guessing pixel widths that break at 150 % or under another theme.
 */
final class ColumnFit {
    private ColumnFit() {
    }

    /** Widens the cell's column, if it must, to show {@code width} pixels of content plus the cell's padding. */
    static void atLeast(TableCell<?, ?> cell, double width) {
        TableColumn<?, ?> column = cell.getTableColumn();
        if (column == null) {
            return;
        }
        // One pixel more than the sum: JavaFX shortens text that fits only to the last fraction of a pixel.
        widen(column, Math.ceil(width + cell.snappedLeftInset() + cell.snappedRightInset()) + 1);
    }

    private static void widen(TableColumnBase<?, ?> column, double needed) {
        if (needed > column.getMinWidth()) {
            column.setMinWidth(needed);
        }
        if (needed > column.getPrefWidth()) {
            column.setPrefWidth(needed);
        }
    }

    /** Widens the column to show {@code text} whole in the cell's font. */
    static void text(TableCell<?, ?> cell, String text) {
        if (text != null && !text.isEmpty()) {
            atLeast(cell, TextSize.width(text, cell.getFont()));
        }
    }

    /**
     * Fits every heading of the table {@code column} goes into, whatever made its columns, each time
     * the table is laid out at a new width (it has no rows to measure a cell by, when it is empty).
     */
    static void headingsOf(TableColumn<?, ?> column) {
        column.tableViewProperty().addListener((obs, old, table) -> {
            if (table != null && table.getProperties().putIfAbsent(ColumnFit.class, Boolean.TRUE) == null) {
                table.widthProperty().addListener((o, was, width) -> headings(table));
            }
        });
        // And as the table shares out its width among its columns, which it does again at a new text size.
        column.widthProperty().addListener((obs, was, width) -> {
            if (column.getTableView() != null) {
                headings(column.getTableView());
            }
        });
    }

    /**
     * Widens each column to show its heading whole in the heading's own font and padding, with room
     * beside it for the sort arrow; again whenever the heading's font changes (a larger text size).
     */
    private static void headings(TableView<?> table) {
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null
                    && header.lookup(".label") instanceof Label label && label.getText() != null) {
                if (label.getProperties().putIfAbsent(ColumnFit.class, Boolean.TRUE) == null) {
                    label.fontProperty().addListener((obs, was, font) -> headings(table));
                }
                widen(header.getTableColumn(), Math.ceil(TextSize.width(label.getText(), label.getFont())
                        + label.snappedLeftInset() + label.snappedRightInset() + header.snappedLeftInset()
                        + header.snappedRightInset() + 1.5 * label.getFont().getSize()) + 1);
            }
        }
    }
}
