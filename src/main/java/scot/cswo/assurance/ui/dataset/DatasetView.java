package scot.cswo.assurance.ui.dataset;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Window;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.domain.dataset.Aggregation;
import scot.cswo.assurance.domain.dataset.Aggregation.YearValue;
import scot.cswo.assurance.domain.dataset.CollectionFrequency;
import scot.cswo.assurance.domain.dataset.Measure;
import scot.cswo.assurance.domain.dataset.MeasureField;
import scot.cswo.assurance.domain.dataset.MeasureSeries;
import scot.cswo.assurance.domain.dataset.Polarity;
import scot.cswo.assurance.domain.dataset.PublishedFigures;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.domain.dataset.Rag;
import scot.cswo.assurance.domain.dataset.Target;
import scot.cswo.assurance.service.dataset.TargetField;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.Columns;
import scot.cswo.assurance.ui.TextSize;
import scot.cswo.assurance.ui.Dates;
import scot.cswo.assurance.ui.FormDialog;
import scot.cswo.assurance.ui.Messages;
import scot.cswo.assurance.ui.Screens;
import scot.cswo.assurance.ui.PillCell;
import scot.cswo.assurance.ui.Shown;
import scot.cswo.assurance.ui.dataset.DatasetViewModel.Line;
import scot.cswo.assurance.ui.dataset.DatasetViewModel.Point;

/**
 * Dataset: every measure as of a quarter with its rating, values entered a quarter at a time, and
 * the chosen measure's recent figures as a chart with the same figures as a table beside it.
 */
public final class DatasetView {
    private final DatasetViewModel model;
    private final AssuranceState state;
    private final VBox root;
    private final LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), new NumberAxis());
    private final Label noFigures = new Label(Messages.get("dataset.chart.none"));

    public DatasetView(DatasetViewModel model, AssuranceState state) {
        this.model = model;
        this.state = state;
        SplitPane split = Screens.listAndDetail(table(), detail(), 0.6);
        this.root = Screens.screen("dataset", Messages.get("dataset.heading"), Messages.get("dataset.explanation"),
                toolbar(), split);
    }

    public Node node() {
        return root;
    }

    private FlowPane toolbar() {
        Screens.Choice<Quarter> quarter = Screens.choice("dataset-quarter", Messages.get("dataset.quarter"),
                Messages.get("dataset.quarter.accessible"), model.quarter(), Dates::quarter);
        Button enter = new Button();
        enter.setId("dataset-enter");
        enter.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("dataset.enter",
                model.quarter().chosen().get().label()), model.quarter().chosen()));
        enter.disableProperty().bind(state.below(Role.EDITOR).or(Bindings.isEmpty(model.lines().items())));
        enter.setOnAction(e -> enterValues());
        Button target = new Button(Messages.get("dataset.target"));
        target.setId("dataset-target");
        target.disableProperty().bind(state.below(Role.EDITOR).or(model.lines().chosen().isNull()));
        target.setOnAction(e -> setTarget(model.lines().chosen().get()));
        Button importing = new Button(Messages.get("dataset.import"));
        importing.setId("dataset-import");
        importing.disableProperty().bind(state.below(Role.EDITOR));
        importing.setOnAction(e -> model.importValues());
        Button exporting = new Button(Messages.get("dataset.export"));
        exporting.setId("dataset-export");
        exporting.setOnAction(e -> model.exportValues());
        Button add = new Button(Messages.get("dataset.addMeasure"));
        add.setId("dataset-add-measure");
        add.disableProperty().bind(state.below(Role.EDITOR));
        add.setOnAction(e -> editMeasure(null));
        Button edit = new Button(Messages.get("dataset.editMeasure"));
        edit.setId("dataset-edit-measure");
        edit.disableProperty().bind(state.below(Role.EDITOR).or(model.lines().chosen().isNull()));
        edit.setOnAction(e -> editMeasure(model.lines().chosen().get().series()));
        return Screens.row(quarter.label(), quarter.box(), enter, target, add, edit, importing, exporting);
    }

    private TableView<Line> table() {
        TableView<Line> table = new TableView<>(model.lines().items());
        table.setId("dataset-table");
        table.setAccessibleText(Messages.get("dataset.table.accessible"));
        table.setPlaceholder(new Label(Messages.get("dataset.table.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.wrapped("dataset.column.measure", 300, l -> l.series().measure().name()));
        table.getColumns().add(Columns.text("dataset.column.unit", 104, l -> l.series().measure().unit()));
        table.getColumns().add(Columns.fact("dataset.column.value", l -> figure(l.value())));
        table.getColumns().add(Columns.fact("dataset.column.yearSoFar", l -> yearSoFar(l.yearSoFar())));
        table.getColumns().add(Columns.fact("dataset.column.target", l -> target(l.target())));
        table.getColumns().add(ragColumn(Line::rag));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, line) -> {
            if (line != null) {
                model.lines().chosen().set(line);
            }
        });
        model.lines().chosen().addListener((obs, old, line) -> {
            if (line != null && table.getSelectionModel().getSelectedItem() != line) {
                table.getSelectionModel().select(line);
            }
        });
        return table;
    }

    private static <S> TableColumn<S, Rag> ragColumn(Function<S, Rag> rag) {
        TableColumn<S, Rag> column = new TableColumn<>(Messages.get("dataset.column.rating"));
        column.setPrefWidth(104);
        column.setMinWidth(96);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(rag.apply(c.getValue())));
        column.setCellFactory(c -> PillCell.rag());
        return column;
    }

    private VBox detail() {
        Label name = Screens.wrapping("dataset-measure");
        name.getStyleClass().add("pane-heading");
        Label about = Screens.wrapping("dataset-about");
        model.lines().chosen().addListener((obs, old, line) -> {
            name.setText(line == null ? "" : line.series().measure().name());
            about.setText(line == null ? "" : about(line.series().measure()));
        });
        chart.setId("dataset-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setLegendSide(Side.BOTTOM);
        chart.setMinHeight(220);
        chart.getYAxis().setLabel(Messages.get("dataset.chart.value"));
        // The categories are set with the figures; level labels read more easily than rotated ones, so they
        // turn only when there is no room for them side by side ("2025-Q12025-Q2" at 1280 by 720).
        chart.getXAxis().setAutoRanging(false);
        chart.getXAxis().setTickLabelRotation(0);
        chart.getXAxis().widthProperty().addListener((obs, old, width) -> turnLabelsIfCrowded());
        chart.getXAxis().tickLabelFontProperty().addListener((obs, old, font) -> turnLabelsIfCrowded());
        ((NumberAxis) chart.getYAxis()).setForceZeroInRange(true);
        TableView<Point> figures = new TableView<>(model.points());
        figures.setId("dataset-figures");
        figures.setAccessibleText(Messages.get("dataset.figures.accessible"));
        figures.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        figures.setPrefHeight(250);
        figures.getColumns().add(Columns.fact("dataset.column.period", p -> p.period().label()));
        figures.getColumns().add(Columns.fact("dataset.column.value", p -> figure(p.value())));
        figures.getColumns().add(Columns.fact("dataset.column.yearSoFar", p -> yearSoFar(p.yearSoFar())));
        figures.getColumns().add(Columns.fact("dataset.column.target", p -> target(p.target())));
        figures.getColumns().add(ragColumn(Point::rag));
        model.points().addListener((ListChangeListener<Point>) c -> showChart());
        noFigures.setId("dataset-no-figures");
        noFigures.getStyleClass().add("hint");
        noFigures.setMouseTransparent(true);
        StackPane chartArea = new StackPane(chart, noFigures);
        VBox.setVgrow(chartArea, Priority.ALWAYS);
        VBox detail = new VBox(6, name, about, chartArea, figures);
        detail.setPadding(new Insets(0, 0, 0, 8));
        return detail;
    }

    /** The chart repeats the figures table; its text alternative reads them out. */
    private void showChart() {
        Line line = model.lines().chosen().get();
        List<Point> points = model.points();
        XYChart.Series<String, Number> values = new XYChart.Series<>();
        values.setName(Messages.get("dataset.chart.value"));
        XYChart.Series<String, Number> targets = new XYChart.Series<>();
        targets.setName(Messages.get("dataset.chart.target"));
        for (Point p : points) {
            if (p.value() != null) {
                values.getData().add(new XYChart.Data<>(p.period().label(), p.value()));
            }
            if (p.target() != null && !quarterlySum(line)) {
                targets.getData().add(new XYChart.Data<>(p.period().label(), p.target().value()));
            }
        }
        ((CategoryAxis) chart.getXAxis()).getCategories().setAll(points.stream().map(p -> p.period().label()).toList());
        turnLabelsIfCrowded();
        chart.getData().setAll(List.of(values));
        noFigures.setVisible(line != null && values.getData().isEmpty());
        if (!targets.getData().isEmpty()) {
            chart.getData().add(targets);
        }
        chart.setLegendVisible(!targets.getData().isEmpty());
        chart.setTitle(line == null ? null : line.series().measure().unit());
        chart.setAccessibleText(line == null ? null : Messages.get("dataset.chart.accessible",
                line.series().measure().name(), points.stream().map(p -> p.period().label() + " "
                        + (p.value() == null ? Messages.get("dataset.noValue") : figure(p.value())))
                        .collect(Collectors.joining(", "))));
    }

    /** Quarter labels level while each has room beside the next, else upright, so they never run together. */
    private void turnLabelsIfCrowded() {
        CategoryAxis axis = (CategoryAxis) chart.getXAxis();
        Font font = axis.getTickLabelFont();
        double widest = axis.getCategories().stream().mapToDouble(c -> TextSize.width(c, font)).max().orElse(0);
        double room = axis.getWidth() / Math.max(1, axis.getCategories().size());
        axis.setTickLabelRotation(room > widest + font.getSize() ? 0 : -90);
    }

    /** A year's target for a total is not a quarter's, so it is not drawn against the quarters. */
    private static boolean quarterlySum(Line line) {
        return line != null && line.series().measure().collection() == CollectionFrequency.QUARTERLY
                && line.series().measure().aggregation() == Aggregation.SUM;
    }

    private static String about(Measure m) {
        StringBuilder text = new StringBuilder();
        if (!m.definition().isEmpty()) {
            text.append(m.definition()).append('\n');
        }
        text.append(Messages.get("dataset.about", m.statutoryArea().isEmpty() ? "—" : m.statutoryArea(),
                m.dataOwner().isEmpty() ? "—" : m.dataOwner(), m.collection().label(), m.polarity().label(),
                m.collection() == CollectionFrequency.ANNUAL ? Messages.get("dataset.annual")
                        : m.aggregation().label()));
        if (m.countsPeople()) {
            text.append('\n').append(Messages.get("dataset.countsPeople"));
        }
        return text.toString();
    }

    private void enterValues() {
        ValuesFormModel values = model.valuesForm();
        Quarter quarter = values.quarter();
        FormDialog form = new FormDialog(window(), "dataset-enter-dialog", Messages.get("dataset.enter.title"),
                Messages.get("dataset.enter.header", Dates.quarter(quarter)), Messages.get("dataset.enter.save"));
        form.hint(Messages.get("dataset.aggregatesOnly"));
        String area = null;
        for (Line line : values.lines()) {
            Measure m = line.series().measure();
            if (!m.statutoryArea().equals(area)) {
                area = m.statutoryArea();
                Label group = new Label(area.isEmpty() ? Messages.get("dataset.otherArea") : area);
                group.getStyleClass().add("pane-heading");
                form.note(group);
            }
            TextField field = new TextField();
            field.setId("dataset-value-" + line.series().id());
            field.setPrefColumnCount(8);
            field.setMaxWidth(140);
            field.setAccessibleText(Messages.get("dataset.enter.accessible", m.name(), m.unit()));
            String label = m.collection() == CollectionFrequency.ANNUAL
                    ? Messages.get("dataset.enter.annualLabel", m.name(), m.unit(), quarter.yearLabel())
                    : Messages.get("dataset.enter.label", m.name(), m.unit());
            form.field(ValuesFormModel.field(line), label.replace("_", "__"), field).textProperty()
                    .bindBidirectional(values.valueProperty(line));
        }
        form.scrollable(440);
        form.show(state, values::change, changed -> model.reload());
    }

    /** The form defining a measure: a new one, or {@code existing} changed. */
    private void editMeasure(MeasureSeries existing) {
        MeasureFormModel measure = model.measureForm(existing);
        FormDialog form = new FormDialog(window(), "dataset-measure-dialog", Messages.get(existing == null
                ? "dataset.addMeasure.title" : "dataset.editMeasure.title"), existing == null
                ? Messages.get("dataset.addMeasure.header") : existing.measure().name(),
                Messages.get("dataset.measure.save"));
        form.noPersonalDetails();
        TextField name = form.field(MeasureField.NAME, Messages.get("dataset.measure.name"), new TextField());
        name.setId("measure-name");
        name.textProperty().bindBidirectional(measure.text(MeasureField.NAME));
        TextField unit = form.field(MeasureField.UNIT, Messages.get("dataset.measure.unit"), new TextField());
        unit.setId("measure-unit");
        unit.setPromptText(Messages.get("dataset.measure.unit.prompt"));
        unit.textProperty().bindBidirectional(measure.text(MeasureField.UNIT));
        ComboBox<String> area = editable(form, MeasureField.STATUTORY_AREA, "dataset.measure.area", "measure-area",
                model.areas(), measure.text(MeasureField.STATUTORY_AREA));
        TextArea definition = form.field(MeasureField.DEFINITION, Messages.get("dataset.measure.definition"),
                new TextArea());
        definition.setId("measure-definition");
        definition.setPrefRowCount(3);
        definition.setWrapText(true);
        definition.textProperty().bindBidirectional(measure.text(MeasureField.DEFINITION));
        TextField owner = form.field(MeasureField.DATA_OWNER, Messages.get("dataset.measure.owner"), new TextField());
        owner.setId("measure-owner");
        owner.textProperty().bindBidirectional(measure.text(MeasureField.DATA_OWNER));
        ComboBox<CollectionFrequency> collection = choice(form, MeasureField.COLLECTION, "dataset.measure.collection",
                "measure-collection", CollectionFrequency.values(), CollectionFrequency::label,
                measure.collectionProperty());
        choice(form, MeasureField.POLARITY, "dataset.measure.polarity", "measure-polarity", Polarity.values(),
                Polarity::label, measure.polarityProperty());
        choice(form, MeasureField.AGGREGATION, "dataset.measure.aggregation", "measure-aggregation",
                Aggregation.values(), Aggregation::label, measure.aggregationProperty())
                .disableProperty().bind(collection.valueProperty().isEqualTo(CollectionFrequency.ANNUAL));
        CheckBox people = form.field(MeasureField.COUNTS_PEOPLE, Messages.get("dataset.measure.people"),
                new CheckBox(Messages.get("dataset.measure.people.box")));
        people.setId("measure-counts-people");
        people.selectedProperty().bindBidirectional(measure.countsPeopleProperty());
        editable(form, MeasureField.BREAKDOWN, "dataset.measure.breakdown", "measure-breakdown", model.breakdowns(),
                measure.text(MeasureField.BREAKDOWN));
        form.hint(Messages.get("dataset.measure.breakdown.hint"));
        form.show(state, measure::change, saved -> model.reload());
    }

    /** A list to choose from, bound to the form's model. */
    private static <T> ComboBox<T> choice(FormDialog form, MeasureField field, String labelKey, String id, T[] values,
                                          Function<T, String> label, ObjectProperty<T> value) {
        ComboBox<T> box = form.field(field, Messages.get(labelKey), new ComboBox<>(
                FXCollections.observableArrayList(values)));
        box.setId(id);
        box.setConverter(Shown.as(label, ""));
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    /** Text typed or chosen from those already used, bound to the form's model. */
    private static ComboBox<String> editable(FormDialog form, MeasureField field, String labelKey, String id,
                                             List<String> used, StringProperty text) {
        ComboBox<String> box = form.field(field, Messages.get(labelKey), new ComboBox<>(
                FXCollections.observableArrayList(used)));
        box.setId(id);
        box.setEditable(true);
        box.setValue(text.get());
        box.getEditor().textProperty().bindBidirectional(text);
        return box;
    }

    private void setTarget(Line line) {
        Measure m = line.series().measure();
        String year = line.quarter().yearLabel();
        FormDialog form = new FormDialog(window(), "dataset-target-dialog", Messages.get("dataset.target.title"),
                Messages.get("dataset.target.header", m.name(), year), Messages.get("dataset.target.save"));
        TargetFormModel targets = model.targetForm(line);
        TextField target = form.field(TargetField.TARGET, Messages.get("dataset.target.value", m.unit()),
                new TextField());
        target.setId("dataset-target-value");
        target.textProperty().bindBidirectional(targets.targetProperty());
        TextField tolerance = form.field(TargetField.TOLERANCE, Messages.get("dataset.target.tolerance", m.unit()),
                new TextField());
        tolerance.setId("dataset-target-tolerance");
        tolerance.textProperty().bindBidirectional(targets.toleranceProperty());
        form.hint(switch (m.polarity()) {
            case HIGHER_IS_BETTER -> Messages.get("dataset.target.higher");
            case LOWER_IS_BETTER -> Messages.get("dataset.target.lower");
            case CONTEXT_ONLY -> Messages.get("dataset.target.context");
        });
        form.show(state, targets::change, saved -> model.reload());
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    /** A true figure, as staff see it: 1,234 or 87.5 (nothing hidden on screen). */
    static String figure(BigDecimal value) {
        return value == null ? "" : PublishedFigures.number(value);
    }

    private static String yearSoFar(YearValue year) {
        if (year.value() == null) {
            return "";
        }
        return year.complete() ? figure(year.value()) : Messages.get("dataset.incomplete", figure(year.value()));
    }

    private static String target(Target target) {
        return target == null ? "" : figure(target.value());
    }
}
