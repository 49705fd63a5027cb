package scot.cswo.assurance.ui.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import scot.cswo.assurance.domain.matrix.StatutoryFunction;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.ui.Dates;
import scot.cswo.assurance.ui.Columns;
import scot.cswo.assurance.ui.Messages;
import scot.cswo.assurance.ui.StatusLabel;
import scot.cswo.assurance.ui.dashboard.DashboardViewModel.FunctionCounts;
import scot.cswo.assurance.ui.dashboard.DashboardViewModel.OverdueLine;
import scot.cswo.assurance.ui.dashboard.DashboardViewModel.StatusCount;
import scot.cswo.assurance.ui.dashboard.DashboardViewModel.YearFigures;

/**
 * The dashboard: counts by status for the whole framework and per function (each a link to the
 * matching rows of the matrix), the overdue list with reasons, and this year's assured and missed
 * periods by function as a chart with the same figures in a table.
 */
public final class DashboardView {
    private final DashboardViewModel model;
    private final BiConsumer<Status, StatutoryFunction> showInMatrix;
    private final FlowPane tiles = new FlowPane(10, 10);
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final ScrollPane root;

    /**
     * @param showInMatrix opens the matrix filtered to a status (or null) and a function (or null)
     * @param openScreen   opens another screen by its tab's id ("tab-actions")
     */
    public DashboardView(DashboardViewModel model, ObjectProperty<LocalDate> asOf,
                         BiConsumer<Status, StatutoryFunction> showInMatrix, Consumer<String> openScreen,
                         BooleanBinding mayNotChange, BiConsumer<Set<Long>, Integer> showNotChased,
                         Consumer<Set<Long>> chase) {
        this.model = model;
        this.showInMatrix = showInMatrix;
        DatePicker asOfPicker = Dates.picker("dashboard-as-of", asOf.get(), Messages.get("asOf.accessible"));
        asOfPicker.valueProperty().bindBidirectional(asOf);
        Label asOfLabel = new Label(Messages.get("asOf.label"));
        asOfLabel.setLabelFor(asOfPicker);
        asOfLabel.setMnemonicParsing(true);
        Label heading = new Label(Messages.get("dashboard.heading"));
        heading.getStyleClass().add("screen-heading");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox top = new HBox(10, heading, spring, asOfLabel, asOfPicker);
        top.setAlignment(Pos.CENTER_LEFT);

        tiles.setId("dashboard-tiles");
        model.totals().addListener((ListChangeListener<StatusCount>) c -> showTiles());
        showTiles();

        Label chartHeading = new Label();
        chartHeading.getStyleClass().add("pane-heading");
        chartHeading.textProperty().bind(model.yearHeadingProperty());
        chartHeading.setWrapText(true);
        chart.setId("dashboard-chart");
        chart.setAnimated(false);
        chart.setPrefHeight(300);
        chart.setMinHeight(220);
        chart.setCategoryGap(10);
        chart.setBarGap(2);
        chart.getYAxis().setLabel(Messages.get("dashboard.chart.axis"));
        model.year().addListener((ListChangeListener<YearFigures>) c -> showChart());
        showChart();
        chartHeading.setLabelFor(chart);

        // Where things stand across the whole width (By function's eight columns need it); under it,
        // how the year has gone: the chart beside its figures.
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(12);
        ColumnConstraints left = new ColumnConstraints();
        left.setPercentWidth(55);
        ColumnConstraints right = new ColumnConstraints();
        right.setPercentWidth(45);
        grid.getColumnConstraints().addAll(left, right);
        // What to act on first, across the whole width so each overdue row reads on one line.
        grid.add(section("dashboard.overdue", overdue()), 0, 0, 2, 1);
        grid.add(section("dashboard.byFunction", byFunction()), 0, 1, 2, 1);
        grid.add(new VBox(4, chartHeading, chart), 0, 2);
        grid.add(section("dashboard.figures", figures()), 1, 2);

        VBox content = new VBox(12, top, tiles, beyond(model, openScreen), notChased(model, mayNotChange,
                showNotChased, chase), grid);
        content.setPadding(new Insets(10, 14, 14, 14));
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("dashboard");
    }

    public Node node() {
        return root;
    }

    /** The action tracker and the dataset at a glance, each a link to its screen. */
    private static Node beyond(DashboardViewModel model, Consumer<String> openScreen) {
        Hyperlink actions = new Hyperlink();
        actions.setId("dashboard-actions");
        actions.textProperty().bind(model.actionsSummaryProperty());
        actions.setOnAction(e -> openScreen.accept("tab-actions"));
        Hyperlink dataset = new Hyperlink();
        dataset.setId("dashboard-dataset");
        dataset.textProperty().bind(model.datasetSummaryProperty());
        dataset.setOnAction(e -> openScreen.accept("tab-dataset"));
        HBox line = new HBox(18, actions, dataset);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    /**
     * The overdue mechanisms nobody has chased lately: a link to them in the matrix, Chase… for their
     * leads, and the spell to change.
     */
    private static Node notChased(DashboardViewModel model, BooleanBinding mayNotChange,
                                  BiConsumer<Set<Long>, Integer> showNotChased, Consumer<Set<Long>> chase) {
        Hyperlink quiet = new Hyperlink();
        quiet.setId("dashboard-not-chased");
        quiet.textProperty().bind(model.notChasedSummaryProperty());
        quiet.setOnAction(e -> showNotChased.accept(model.notChased(), model.quietDays()));
        Button days = new Button(Messages.get("dashboard.notChased.change"));
        days.setId("dashboard-not-chased-days");
        days.disableProperty().bind(mayNotChange);
        days.setOnAction(e -> model.changeQuietDays());
        Button chaseThem = new Button(Messages.get("dashboard.notChased.chase"));
        chaseThem.setId("dashboard-chase");
        chaseThem.disableProperty().bind(mayNotChange);
        chaseThem.setOnAction(e -> chase.accept(model.notChased()));
        HBox line = new HBox(10, quiet, chaseThem, days);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private void showTiles() {
        tiles.getChildren().setAll(model.totals().stream().map(this::tile).toList());
    }

    private Button tile(StatusCount count) {
        Label number = new Label(Integer.toString(count.count()));
        number.getStyleClass().add("tile-number");
        HBox face = new HBox(10, number, StatusLabel.of(count.status()));
        face.setAlignment(Pos.CENTER_LEFT);
        Button tile = new Button(null, face);
        tile.setId("tile-" + count.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        tile.getStyleClass().add("status-tile");
        tile.setAccessibleText(Messages.get("dashboard.tile.accessible", count.count(), StatusLabel.text(count.status())));
        tile.setOnAction(e -> showInMatrix.accept(count.status(), null));
        return tile;
    }

    private void showChart() {
        XYChart.Series<String, Number> assured = new XYChart.Series<>();
        assured.setName(Messages.get("dashboard.chart.assured"));
        XYChart.Series<String, Number> missed = new XYChart.Series<>();
        missed.setName(Messages.get("dashboard.chart.missed"));
        StringBuilder description = new StringBuilder(Messages.get("dashboard.chart.accessible"));
        List<YearFigures> functions = model.year().isEmpty() ? List.of() : model.year().subList(0, model.year().size() - 1);
        for (YearFigures f : functions) {
            assured.getData().add(new XYChart.Data<>(f.function(), f.assured()));
            missed.getData().add(new XYChart.Data<>(f.function(), f.missed()));
            description.append(' ').append(Messages.get("dashboard.chart.accessible.function", f.function(),
                    f.assured(), f.missed()));
        }
        chart.getData().setAll(List.of(assured, missed));
        chart.setAccessibleText(description.toString());
    }

    private TableView<FunctionCounts> byFunction() {
        TableView<FunctionCounts> table = new TableView<>(model.byFunction());
        table.setId("dashboard-by-function");
        table.setAccessibleText(Messages.get("dashboard.byFunction.accessible"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(328);
        table.getColumns().add(Columns.text("dashboard.byFunction.function", 150, c -> c.function().number() + ". "
                + c.function().title()));
        for (Status status : Status.ofTheMatrix()) {
            table.getColumns().add(Columns.count(StatusLabel.text(status), c -> c.counts().get(status)));
        }
        table.setRowFactory(t -> {
            TableRow<FunctionCounts> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    showInMatrix.accept(null, row.getItem().function());
                }
            });
            return row;
        });
        return table;
    }

    /** Each overdue row with its lead, due date and days overdue, most urgent first; any column sorts. */
    private TableView<OverdueLine> overdue() {
        // Sorted through a SortedList so the order the user chose holds when the list is refilled (a new As of).
        SortedList<OverdueLine> sorted = new SortedList<>(model.overdue());
        TableView<OverdueLine> table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId("dashboard-overdue");
        table.setAccessibleText(Messages.get("dashboard.overdue.accessible"));
        table.setPlaceholder(new Label(Messages.get("dashboard.overdue.none")));
        table.setPrefHeight(260);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<OverdueLine, Long> days = Columns.number("dashboard.overdue.days", OverdueLine::daysOverdue);
        table.getColumns().addAll(List.of(Columns.fact("dashboard.overdue.ref", OverdueLine::ref),
                Columns.wrapped("dashboard.overdue.mechanism", 280, OverdueLine::mechanism),
                Columns.wrapped("dashboard.overdue.lead", 170, OverdueLine::leads),
                Columns.sortableDate("dashboard.overdue.due", OverdueLine::due), days,
                Columns.wrapped("dashboard.overdue.why", 300, OverdueLine::reason)));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                showInMatrix.accept(Status.OVERDUE, null);
            }
        });
        return table;
    }

    private TableView<YearFigures> figures() {
        TableView<YearFigures> table = new TableView<>(model.year());
        table.setId("dashboard-figures");
        table.setAccessibleText(Messages.get("dashboard.figures.accessible"));
        table.setPrefHeight(230);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.<YearFigures>text("dashboard.figures.function", 0, YearFigures::function));
        table.getColumns().add(Columns.<YearFigures>fact("dashboard.chart.assured", f -> Integer.toString(f.assured())));
        table.getColumns().add(Columns.<YearFigures>fact("dashboard.chart.missed", f -> Integer.toString(f.missed())));
        table.getColumns().add(Columns.<YearFigures>fact("dashboard.figures.due", f -> Integer.toString(f.due())));
        return table;
    }

    private static VBox section(String key, Node content) {
        Label heading = new Label(Messages.get(key));
        heading.getStyleClass().add("pane-heading");
        heading.setLabelFor(content);
        VBox box = new VBox(4, heading, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }
}
