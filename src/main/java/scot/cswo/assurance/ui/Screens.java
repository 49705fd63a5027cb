package scot.cswo.assurance.ui;

import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The layout the screens share: a heading, what the screen is for, and a list beside the chosen item's detail. */
public final class Screens {
    private Screens() {
    }

    /**
     * A screen: its heading, the sentence saying what it is for, then its content, the last part
     * of which takes the height left.
     */
    public static VBox screen(String id, String heading, String explanation, Node... content) {
        Label title = new Label(heading);
        title.getStyleClass().add("screen-heading");
        Label about = wrapping(null);
        about.setText(explanation);
        VBox root = new VBox(8, title, about);
        root.getChildren().addAll(content);
        VBox.setVgrow(content[content.length - 1], Priority.ALWAYS);
        root.setPadding(new Insets(10, 14, 14, 14));
        root.setId(id);
        return root;
    }

    /** A list beside the chosen item's detail, the list taking {@code listShare} of the width. */
    public static SplitPane listAndDetail(Node list, Node detail, double listShare) {
        SplitPane split = new SplitPane(list, detail);
        split.setDividerPositions(listShare);
        return split;
    }

    /**
     * A row of buttons and labels that carries on onto a further line when the window is too narrow
     * for it (a larger text size, a smaller screen), instead of shortening their words to "…".
     */
    public static FlowPane row(Node... nodes) {
        FlowPane row = new FlowPane(8, 6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /**
     * Nodes a {@link #row} keeps together on one line, a label beside its field, each as wide as its
     * words and its choices: the row carries them onto its next line whole.
     */
    public static HBox together(Node... nodes) {
        HBox group = new HBox(6, nodes);
        group.setAlignment(Pos.CENTER_LEFT);
        for (Node node : nodes) {
            if (node instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        return group;
    }

    /** A label whose text wraps and is never cut short, as a detail pane's title and description are. */
    public static Label wrapping(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** A labelled choice, the label's underlined letter moving to the box. */
    public record Choice<T>(Label label, ComboBox<T> box) {
    }

    /**
     * A choice box bound to {@code value}, showing each item as {@code shown} words, with its label
     * ({@code text}, with an underscore before the access key) and the name a screen reader says.
     */
    public static <T> Choice<T> choice(String id, String text, String accessible, ObservableList<T> items,
                                       Function<T, String> shown, Property<T> value) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        box.setConverter(Shown.as(shown, ""));
        box.valueProperty().bindBidirectional(value);
        box.setAccessibleText(accessible);
        Label label = new Label(text);
        label.setLabelFor(box);
        label.setMnemonicParsing(true);
        return new Choice<>(label, box);
    }

    /** A choice box for a view-model's {@link Selection}, as above. */
    public static <T> Choice<T> choice(String id, String text, String accessible, Selection<T> selection,
                                       Function<T, String> shown) {
        return choice(id, text, accessible, selection.items(), shown, selection.chosen());
    }
}
