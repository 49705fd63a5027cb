package scot.cswo.assurance.ui;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/** A table cell whose text wraps to the column's width, so long mechanisms are never cut off. */
public final class WrappingCell<S> extends TableCell<S, String> {
    private static final double PADDING = 14;
    private final Text text = new Text();

    public WrappingCell(TableColumn<S, String> column) {
        text.getStyleClass().add("wrapping-text");
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(PADDING));
        setGraphic(text);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPrefHeight(Region.USE_COMPUTED_SIZE);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        String shown = empty || item == null ? "" : item;
        text.setText(shown);
        setAccessibleText(shown);
    }
}
