package scot.cswo.assurance.ui.matrix;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.controlsfx.control.textfield.TextFields;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.domain.matrix.StatutoryFunction;
import scot.cswo.assurance.domain.schedule.MechanismStatus;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.Columns;
import scot.cswo.assurance.ui.Dates;
import scot.cswo.assurance.ui.Messages;
import scot.cswo.assurance.ui.PillCell;
import scot.cswo.assurance.ui.Screens;
import scot.cswo.assurance.ui.Selection;
import scot.cswo.assurance.ui.Shown;
import scot.cswo.assurance.ui.StatusLabel;
import scot.cswo.assurance.ui.TextSize;
import scot.cswo.assurance.ui.actions.ActionRaiser;
import scot.cswo.assurance.ui.chase.ChaseDialog;
import scot.cswo.assurance.ui.editing.MechanismForms;
import scot.cswo.assurance.ui.evidence.EvidenceForms;
import scot.cswo.assurance.ui.history.HistoryWindows;

/** The matrix screen: functions on the left, the filtered matrix in the centre, details below. */
public final class MatrixView {
    private final MatrixViewModel model;
    private final AssuranceState state;
    private final ChaseDialog chase;
    private final TextField search = TextFields.createClearableTextField();
    private final TableView<MatrixLine> table = new TableView<>();
    /** The matrix's share of the height when the details are shown, until the user moves the divider. */
    static final double DEFAULT_DIVIDER = 0.68;
    private final BorderPane root = new BorderPane();
    private final SplitPane centre = new SplitPane();
    private final Node detail;
    private final DoubleProperty detailDivider = new SimpleDoubleProperty(DEFAULT_DIVIDER);
    private final BooleanProperty detailShown = new SimpleBooleanProperty(true);

    public MatrixView(MatrixViewModel model, AssuranceState state, EvidenceForms forms, MechanismForms edits,
                      HistoryWindows history, ActionRaiser raiser, ChaseDialog chase) {
        this.model = model;
        this.state = state;
        this.chase = chase;
        root.setTop(filterBar(state.asOfProperty()));
        root.setLeft(functionList(state, edits));
        detail = new MatrixRowDetail(model, state, forms, edits, history, raiser, chase.service()).node();
        centre.getItems().setAll(matrixTable(), detail);
        centre.setId("matrix-split");
        centre.setOrientation(Orientation.VERTICAL);
        showDetails(true);
        detailShown.addListener((obs, was, shown) -> showDetails(shown));
        detailDivider.addListener((obs, was, at) -> {
            if (centre.getDividers().size() == 1 && centre.getDividers().getFirst().getPosition() != at.doubleValue()) {
                centre.setDividerPositions(at.doubleValue());
            }
        });
        root.setCenter(centre);
        root.getStyleClass().add("matrix-view");
    }

    /**
     * Where the divider between the matrix (above) and the selected row's details (below) sits, from
     * 0 to 1 of the height; kept while the details are hidden, and remembered between sessions.
     */
    public DoubleProperty detailDivider() {
        return detailDivider;
    }

    /** Whether the selected row's details are shown under the matrix; hidden, the matrix takes the whole height. */
    public BooleanProperty detailShown() {
        return detailShown;
    }

    private void showDetails(boolean shown) {
        if (!shown) {
            centre.getItems().remove(detail);
            return;
        }
        if (!centre.getItems().contains(detail)) {
            centre.getItems().add(detail);
        }
        SplitPane.Divider divider = centre.getDividers().getFirst();
        divider.setPosition(detailDivider.get());
        divider.positionProperty().addListener((obs, was, at) -> detailDivider.set(at.doubleValue()));
    }

    public Node node() {
        return root;
    }

    /**
     * Chase… for the rows the filters show (the button, and Matrix > Chase leads…): with a lead
     * chosen in the filter, that lead only; otherwise each lead of the rows.
     */
    public void chaseShown() {
        chase(model.visibleLines().items(), model.lead().chosen().get());
    }

    /** Chase… for the rows selected in the table (its context menu): each of their leads. */
    private void chaseSelected() {
        chase(table.getSelectionModel().getSelectedItems(), null);
    }

    private void chase(List<MatrixLine> lines, String leadName) {
        if (model.boardProperty().get() != null) {
            chase.show(root.getScene().getWindow(), model.boardProperty().get().asOf(),
                    lines.stream().map(l -> l.row().mechanism().id()).distinct().toList(), leadName, false);
        }
    }

    /** Ctrl+F: puts the cursor in the search box with its text selected. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private Node filterBar(ObjectProperty<LocalDate> asOf) {
        search.setId("matrix-search");
        search.setPromptText(Messages.get("matrix.search.prompt"));
        search.setAccessibleText(Messages.get("matrix.search.accessible"));
        search.textProperty().bindBidirectional(model.searchTextProperty());
        search.setPrefColumnCount(34);
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
        DatePicker asOfPicker = Dates.picker("matrix-as-of", asOf.get(), Messages.get("asOf.accessible"));
        asOfPicker.valueProperty().bindBidirectional(asOf);

        ComboBox<String> lead = choice("matrix-lead-filter", "matrix.filter.lead.all", "matrix.filter.lead.accessible",
                model.lead(), Function.identity());
        ComboBox<String> frequency = choice("matrix-frequency-filter", "matrix.filter.frequency.all",
                "matrix.filter.frequency.accessible", model.frequency(), Function.identity());
        ComboBox<Status> status = choice("matrix-status-filter", "matrix.filter.status.all",
                "matrix.filter.status.accessible", model.status(), StatusLabel::text);

        Button clear = new Button(Messages.get("matrix.filter.clear"));
        clear.setAccessibleText(Messages.get("matrix.filter.clear.accessible"));
        clear.setOnAction(e -> model.clearFilters());

        Label summary = new Label();
        summary.setId("matrix-summary");
        summary.textProperty().bind(model.summaryProperty());
        // On a narrow window the row count gives way first, and shows whole on hover.
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(model.summaryProperty());
        summary.setTooltip(whole);

        Button details = new Button();
        details.setId("matrix-details-toggle");
        details.setOnAction(e -> detailShown.set(!detailShown.get()));
        details.textProperty().bind(Bindings.when(detailShown).then(Messages.get("matrix.details.hide"))
                .otherwise(Messages.get("matrix.details.show")));

        // The search box gives up width first; at a larger text size the filters carry on onto a further
        // line, each with its label, rather than shortening a word.
        HBox first = row(labelled("matrix.search.label", search), search, spring(),
                labelled("asOf.label", asOfPicker), asOfPicker, details);
        first.getChildren().stream().filter(node -> node != search && node instanceof Region)
                .forEach(node -> ((Region) node).setMinWidth(Region.USE_PREF_SIZE));
        Button chaseButton = new Button(Messages.get("matrix.chase"));
        chaseButton.setId("matrix-chase");
        chaseButton.setOnAction(e -> chaseShown());
        chaseButton.disableProperty().bind(state.below(Role.EDITOR));
        chaseButton.setTooltip(new Tooltip(Messages.get("matrix.chase.tip")));
        FlowPane second = Screens.row(Screens.together(labelled("matrix.filter.lead", lead), lead),
                Screens.together(labelled("matrix.filter.frequency", frequency), frequency),
                Screens.together(labelled("matrix.filter.status", status), status),
                Screens.together(clear, chaseButton, summary));
        VBox bar = new VBox(6, first, second);
        bar.getStyleClass().add("filter-bar");
        bar.setPadding(new Insets(8, 10, 8, 10));
        return bar;
    }

    private static HBox row(Node... nodes) {
        HBox row = new HBox(8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Region spring() {
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        return spring;
    }

    private static Label labelled(String key, Node field) {
        Label label = new Label(Messages.get(key));
        label.setLabelFor(field);
        label.setMnemonicParsing(true);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static <T> ComboBox<T> choice(String id, String allKey, String accessibleKey, Selection<T> selection,
                                          Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>(selection.items());
        box.setId(id);
        box.setPromptText(Messages.get(allKey));
        box.setAccessibleText(Messages.get(accessibleKey));
        box.setPrefWidth(190);
        box.setConverter(Shown.as(text, Messages.get(allKey)));
        ListCell<T> shown = new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? Messages.get(allKey) : text.apply(item));
            }
        };
        // At least as wide as the choice shown ("All frequencies") in the text size in use, arrow and
        // padding included (half a letter spare while the padding catches up with a new text size).
        InvalidationListener fit = o -> {
            double arrow = box.lookup(".arrow-button") instanceof Region button ? button.prefWidth(-1) : 0;
            double needed = Math.ceil(TextSize.width(shown.getText() == null ? "" : shown.getText(), shown.getFont())
                    + shown.snappedLeftInset() + shown.snappedRightInset() + arrow + box.snappedLeftInset()
                    + box.snappedRightInset() + shown.getFont().getSize() / 2);
            box.setMinWidth(needed);
            box.setPrefWidth(Math.max(190, needed));
        };
        shown.fontProperty().addListener(fit);
        shown.textProperty().addListener(fit);
        box.skinProperty().addListener(fit);
        box.setButtonCell(shown);
        box.valueProperty().bindBidirectional(selection.chosen());
        return box;
    }

    private Node functionList(AssuranceState state, MechanismForms edits) {
        ListView<FunctionChoice> list = new ListView<>(model.function().items());
        list.setContextMenu(functionMenu(list, state, edits));
        list.setId("function-list");
        list.setAccessibleText(Messages.get("matrix.functions.accessible"));
        list.setCellFactory(v -> new FunctionCell());
        list.setPrefWidth(290);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                model.function().chosen().set(chosen);
            }
        });
        model.function().chosen().addListener((obs, old, chosen) -> list.getSelectionModel().select(chosen));
        Label heading = new Label(Messages.get("matrix.functions.heading"));
        heading.getStyleClass().add("pane-heading");
        heading.setLabelFor(list);
        VBox box = new VBox(4, heading, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(0, 0, 8, 10));
        return box;
    }

    /** Right-click (or the menu key) on a function: arrange, rename, renumber or retire it. */
    private static ContextMenu functionMenu(ListView<FunctionChoice> list, AssuranceState state,
                                            MechanismForms edits) {
        Supplier<StatutoryFunction> chosen = () -> {
            FunctionChoice choice = list.getSelectionModel().getSelectedItem();
            return choice == null || choice.isAll() ? null : choice.function();
        };
        ContextMenu menu = new ContextMenu(
                functionItem("function.menu.up", chosen, f -> edits.moveFunction(f, -1)),
                functionItem("function.menu.down", chosen, f -> edits.moveFunction(f, 1)),
                functionItem("function.menu.rename", chosen, f -> edits.renameFunction(list.getScene().getWindow(), f)),
                functionItem("function.menu.renumber", chosen, f -> edits.renumber(list.getScene().getWindow(), f)),
                functionItem("function.menu.retire", chosen, f -> edits.retireFunction(list.getScene().getWindow(), f)));
        menu.setOnShowing(e -> menu.getItems().forEach(item -> item.setDisable(chosen.get() == null
                || !state.roleProperty().get().atLeast(Role.EDITOR))));
        return menu;
    }

    private static MenuItem functionItem(String key, Supplier<StatutoryFunction> chosen,
                                         Consumer<StatutoryFunction> action) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setOnAction(e -> {
            StatutoryFunction function = chosen.get();
            if (function != null) {
                action.accept(function);
            }
        });
        return item;
    }

    private Node matrixTable() {
        table.setId("matrix-table");
        table.setAccessibleText(Messages.get("matrix.table.accessible"));
        table.setItems(model.visibleLines().items());
        table.setPlaceholder(new Label(Messages.get("matrix.table.empty")));
        // Several rows can be chosen (Ctrl+click, Shift+click) to chase their leads together.
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        MenuItem chaseSelected = new MenuItem(Messages.get("matrix.chase.selected"));
        chaseSelected.setId("matrix-chase-selected");
        chaseSelected.setOnAction(e -> chaseSelected());
        ContextMenu rowMenu = new ContextMenu(chaseSelected);
        rowMenu.setOnShowing(e -> chaseSelected.setDisable(table.getSelectionModel().isEmpty()
                || !state.roleProperty().get().atLeast(Role.EDITOR)));
        table.setContextMenu(rowMenu);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.fact("matrix.column.ref", l -> l.row().ref().text()));
        table.getColumns().add(Columns.wrapped("matrix.column.mechanism", 380, l -> l.row().mechanism().description()));
        table.getColumns().add(Columns.wrapped("matrix.column.leads", 180, l -> l.row().mechanism().leadNames()));
        table.getColumns().add(Columns.wrapped("matrix.column.frequency", 140, l -> l.row().mechanism().frequency().wording()));
        TableColumn<MatrixLine, MechanismStatus> status = new TableColumn<>(Messages.get("matrix.column.status"));
        status.setPrefWidth(124);
        status.setMinWidth(118);
        status.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().status()));
        status.setCellFactory(c -> PillCell.mechanismStatus());
        table.getColumns().add(status);
        table.getColumns().add(Columns.date("matrix.column.due", l -> l.status() == null || l.status().due() == null ? ""
                : DateFormats.display(l.status().due())));
        table.getSelectionModel().selectedItemProperty()
                .addListener((obs, old, line) -> model.visibleLines().chosen().set(line));
        model.visibleLines().chosen().addListener((obs, old, line) -> {
            if (line != null && table.getSelectionModel().getSelectedItem() != line) {
                table.getSelectionModel().select(line);
            }
        });
        return table;
    }

    private static ObservableValue<String> constant(String text) {
        return new ReadOnlyObjectWrapper<>(text);
    }

    /** A function in the list: its number and title (clamped to two lines) and its row count. */
    private static final class FunctionCell extends ListCell<FunctionChoice> {
        private final Label title = new Label();
        private final Label count = new Label();
        private final HBox box = new HBox(6, title, count);

        FunctionCell() {
            title.setWrapText(true);
            // Two lines at whatever text size is in use; a longer title ends in "…" and shows whole on hover.
            title.setMaxHeight(twoLines(title.getFont()));
            title.fontProperty().addListener((obs, old, font) -> title.setMaxHeight(twoLines(font)));
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

        private static double twoLines(Font font) {
            return Math.ceil(font.getSize() * 2.7);
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
            setTooltip(item.isAll() ? null : new Tooltip(text));
            setAccessibleText(Messages.get("matrix.functions.cell.accessible", text, item.rows()));
        }
    }
}
