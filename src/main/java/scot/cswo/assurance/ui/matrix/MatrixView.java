package scot.cswo.assurance.ui.matrix;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.ui.Messages;

/** The matrix screen: functions on the left, the filtered matrix in the centre, details below. */
public final class MatrixView {
    private final MatrixViewModel model;
    private final TextField search = TextFields.createClearableTextField();
    private final TableView<MatrixRow> table = new TableView<>();
    private final BorderPane root = new BorderPane();

    public MatrixView(MatrixViewModel model) {
        this.model = model;
        root.setTop(filterBar());
        root.setLeft(functionList());
        SplitPane centre = new SplitPane(matrixTable(), new MatrixRowDetail(model).node());
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.68);
        root.setCenter(centre);
        root.getStyleClass().add("matrix-view");
    }

    public Node node() {
        return root;
    }

    /** Ctrl+F: puts the cursor in the search box with its text selected. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private Node filterBar() {
        search.setId("matrix-search");
        search.setPromptText(Messages.get("matrix.search.prompt"));
        search.setAccessibleText(Messages.get("matrix.search.accessible"));
        search.textProperty().bindBidirectional(model.searchTextProperty());
        search.setPrefColumnCount(28);
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
            }
        });
        Label searchLabel = new Label(Messages.get("matrix.search.label"));
        searchLabel.setLabelFor(search);
        searchLabel.setMnemonicParsing(true);

        ComboBox<String> lead = choice("matrix-lead-filter", "matrix.filter.lead.all", "matrix.filter.lead.accessible",
                model.leads(), model.leadProperty());
        Label leadLabel = new Label(Messages.get("matrix.filter.lead"));
        leadLabel.setLabelFor(lead);
        ComboBox<String> frequency = choice("matrix-frequency-filter", "matrix.filter.frequency.all",
                "matrix.filter.frequency.accessible", model.frequencies(), model.frequencyProperty());
        Label frequencyLabel = new Label(Messages.get("matrix.filter.frequency"));
        frequencyLabel.setLabelFor(frequency);

        Button clear = new Button(Messages.get("matrix.filter.clear"));
        clear.setAccessibleText(Messages.get("matrix.filter.clear.accessible"));
        clear.setOnAction(e -> model.clearFilters());

        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Label summary = new Label();
        summary.setId("matrix-summary");
        summary.textProperty().bind(model.summaryProperty());

        HBox bar = new HBox(8, searchLabel, search, leadLabel, lead, frequencyLabel, frequency, clear, spring, summary);
        bar.getStyleClass().add("filter-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 10, 8, 10));
        return bar;
    }

    private static ComboBox<String> choice(String id, String allKey, String accessibleKey,
                                           ObservableList<String> values, ObjectProperty<String> selection) {
        ComboBox<String> box = new ComboBox<>(values);
        box.setId(id);
        box.setPromptText(Messages.get(allKey));
        box.setAccessibleText(Messages.get(accessibleKey));
        box.setPrefWidth(200);
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? Messages.get(allKey) : item);
            }
        });
        box.valueProperty().bindBidirectional(selection);
        return box;
    }

    private Node functionList() {
        ListView<FunctionChoice> list = new ListView<>(model.functions());
        list.setId("function-list");
        list.setAccessibleText(Messages.get("matrix.functions.accessible"));
        list.setCellFactory(v -> new FunctionCell());
        list.setPrefWidth(290);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                model.functionProperty().set(chosen);
            }
        });
        model.functionProperty().addListener((obs, old, chosen) -> list.getSelectionModel().select(chosen));
        Label heading = new Label(Messages.get("matrix.functions.heading"));
        heading.getStyleClass().add("pane-heading");
        heading.setLabelFor(list);
        VBox box = new VBox(4, heading, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(0, 0, 8, 10));
        return box;
    }

    private Node matrixTable() {
        table.setId("matrix-table");
        table.setAccessibleText(Messages.get("matrix.table.accessible"));
        table.setItems(model.visibleRows());
        table.setPlaceholder(new Label(Messages.get("matrix.table.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("matrix.column.ref", 64, r -> r.ref().text(), false));
        table.getColumns().add(column("matrix.column.mechanism", 430, r -> r.mechanism().description(), true));
        table.getColumns().add(column("matrix.column.leads", 200, r -> r.mechanism().leadNames(), true));
        table.getColumns().add(column("matrix.column.frequency", 170, r -> r.mechanism().frequency().wording(), true));
        table.getColumns().add(column("matrix.column.status", 120, r -> "", false));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> model.selectedProperty().set(row));
        model.selectedProperty().addListener((obs, old, row) -> {
            if (row != null && table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
            }
        });
        return table;
    }

    private static TableColumn<MatrixRow, String> column(String key, double width,
                                                         Function<MatrixRow, String> value, boolean wrap) {
        TableColumn<MatrixRow, String> column = new TableColumn<>(Messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> constant(value.apply(cell.getValue())));
        if (wrap) {
            column.setCellFactory(WrappingCell::new);
        }
        return column;
    }

    private static ObservableValue<String> constant(String text) {
        return new ReadOnlyStringWrapper(text).getReadOnlyProperty();
    }

    /** A function in the list: its number and title (clamped to two lines) and its row count. */
    private static final class FunctionCell extends ListCell<FunctionChoice> {
        private static final double TWO_LINES = 44;
        private final Label title = new Label();
        private final Label count = new Label();
        private final HBox box = new HBox(6, title, count);

        FunctionCell() {
            title.setWrapText(true);
            title.setMaxHeight(TWO_LINES);
            HBox.setHgrow(title, Priority.ALWAYS);
            count.getStyleClass().add("count-badge");
            count.setMinWidth(Region.USE_PREF_SIZE);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            setPrefWidth(0);
            // Wrap to the list's width (less the count and scroll bar) so titles show two lines.
            listViewProperty().addListener((obs, old, list) -> {
                title.prefWidthProperty().unbind();
                if (list != null) {
                    title.prefWidthProperty().bind(list.widthProperty().subtract(64));
                }
            });
        }

        @Override
        protected void updateItem(FunctionChoice item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                setAccessibleText(null);
                return;
            }
            String text = item.isAll() ? Messages.get("matrix.functions.all")
                    : item.function().number() + ". " + item.function().title();
            title.setText(text);
            count.setText(Integer.toString(item.rows()));
            setGraphic(box);
            setTooltip(item.isAll() ? null : new Tooltip(item.function().title()));
            setAccessibleText(Messages.get("matrix.functions.cell.accessible", text, item.rows()));
        }
    }
}
