package scot.cswo.assurance.ui.dataset;

import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
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
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.domain.dataset.Aggregation;
import scot.cswo.assurance.domain.dataset.Aggregation.YearValue;
import scot.cswo.assurance.domain.dataset.CollectionFrequency;
import scot.cswo.assurance.domain.dataset.Measure;
import scot.cswo.assurance.domain.dataset.MeasureSeries;
import scot.cswo.assurance.domain.dataset.Polarity;
import scot.cswo.assurance.domain.dataset.PublishedFigures;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.domain.dataset.Rag;
import scot.cswo.assurance.domain.dataset.Target;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.ui.Alerts;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.Columns;
import scot.cswo.assurance.ui.Dates;
import scot.cswo.assurance.ui.FormDialog;
import scot.cswo.assurance.ui.Messages;
import scot.cswo.assurance.ui.PillCell;
import scot.cswo.assurance.ui.Shown;
import scot.cswo.assurance.ui.dataset.DatasetViewModel.Line;
import scot.cswo.assurance.ui.dataset.DatasetViewModel.Point;
import scot.cswo.assurance.ui.editing.FileActions;

/**
 * Dataset: every measure as of a quarter with its rating, values entered a quarter at a time, and
 * the chosen measure's recent figures as a chart with the same figures as a table beside it.
 */
public final class DatasetView {
    private final DatasetViewModel model;
    private final AssuranceState state;
    private final VBox root = new VBox(8);
    private final LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), new NumberAxis());
    private final Label noFigures = new Label(Messages.get("dataset.chart.none"));

    public DatasetView(DatasetViewModel model, AssuranceState state) {
        this.model = model;
        this.state = state;
        Label heading = new Label(Messages.get("dataset.heading"));
        heading.getStyleClass().add("screen-heading");
        Label explanation = new Label(Messages.get("dataset.explanation"));
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        SplitPane split = new SplitPane(table(), detail());
        split.setDividerPositions(0.6);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(heading, explanation, toolbar(), split);
        root.setPadding(new Insets(10, 14, 14, 14));
        root.setId("dataset");
        state.boardProperty().addListener((obs, old, board) -> model.reload());
    }

    public Node node() {
        return root;
    }

    private HBox toolbar() {
        Label quarterLabel = new Label(Messages.get("dataset.quarter"));
        ComboBox<Quarter> quarter = new ComboBox<>(model.quarters());
        quarter.setId("dataset-quarter");
        quarter.setConverter(Shown.as(Dates::quarter, ""));
        quarter.valueProperty().bindBidirectional(model.quarterProperty());
        quarter.setAccessibleText(Messages.get("dataset.quarter.accessible"));
        quarterLabel.setLabelFor(quarter);
        quarterLabel.setMnemonicParsing(true);
        Button enter = new Button();
        enter.setId("dataset-enter");
        enter.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("dataset.enter",
                model.quarterProperty().get().label()), model.quarterProperty()));
        enter.disableProperty().bind(state.below(Role.EDITOR).or(Bindings.isEmpty(model.lines())));
        enter.setOnAction(e -> enterValues());
        Button target = new Button(Messages.get("dataset.target"));
        target.setId("dataset-target");
        target.disableProperty().bind(state.below(Role.EDITOR).or(model.selectedProperty().isNull()));
        target.setOnAction(e -> setTarget(model.selectedProperty().get()));
        Button importing = new Button(Messages.get("dataset.import"));
        importing.setId("dataset-import");
        importing.disableProperty().bind(state.below(Role.EDITOR));
        importing.setOnAction(e -> importValues());
        Button exporting = new Button(Messages.get("dataset.export"));
        exporting.setId("dataset-export");
        exporting.setOnAction(e -> exportValues());
        Button add = new Button(Messages.get("dataset.addMeasure"));
        add.setId("dataset-add-measure");
        add.disableProperty().bind(state.below(Role.EDITOR));
        add.setOnAction(e -> editMeasure(null));
        Button edit = new Button(Messages.get("dataset.editMeasure"));
        edit.setId("dataset-edit-measure");
        edit.disableProperty().bind(state.below(Role.EDITOR).or(model.selectedProperty().isNull()));
        edit.setOnAction(e -> editMeasure(model.selectedProperty().get().series()));
        HBox bar = new HBox(8, quarterLabel, quarter, enter, target, add, edit, importing, exporting);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private TableView<Line> table() {
        TableView<Line> table = new TableView<>(model.lines());
        table.setId("dataset-table");
        table.setAccessibleText(Messages.get("dataset.table.accessible"));
        table.setPlaceholder(new Label(Messages.get("dataset.table.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.wrapped("dataset.column.measure", 300, l -> l.series().measure().name()));
        table.getColumns().add(Columns.text("dataset.column.unit", 104, l -> l.series().measure().unit()));
        table.getColumns().add(Columns.text("dataset.column.value", 80, l -> figure(l.value())));
        table.getColumns().add(Columns.text("dataset.column.yearSoFar", 110, l -> yearSoFar(l.yearSoFar())));
        table.getColumns().add(Columns.text("dataset.column.target", 80, l -> target(l.target())));
        table.getColumns().add(ragColumn(Line::rag));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, line) -> {
            if (line != null) {
                model.selectedProperty().set(line);
            }
        });
        model.selectedProperty().addListener((obs, old, line) -> {
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
        Label name = new Label();
        name.setId("dataset-measure");
        name.getStyleClass().add("pane-heading");
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        Label about = new Label();
        about.setId("dataset-about");
        about.setWrapText(true);
        about.setMinHeight(Region.USE_PREF_SIZE);
        model.selectedProperty().addListener((obs, old, line) -> {
            name.setText(line == null ? "" : line.series().measure().name());
            about.setText(line == null ? "" : about(line.series().measure()));
        });
        chart.setId("dataset-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setLegendSide(Side.BOTTOM);
        chart.setMinHeight(220);
        chart.getYAxis().setLabel(Messages.get("dataset.chart.value"));
        // The categories are set with the figures; level labels read more easily than rotated ones.
        chart.getXAxis().setAutoRanging(false);
        chart.getXAxis().setTickLabelRotation(0);
        ((NumberAxis) chart.getYAxis()).setForceZeroInRange(true);
        TableView<Point> figures = new TableView<>(model.points());
        figures.setId("dataset-figures");
        figures.setAccessibleText(Messages.get("dataset.figures.accessible"));
        figures.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        figures.setPrefHeight(250);
        figures.getColumns().add(Columns.text("dataset.column.period", 70, p -> p.period().label()));
        figures.getColumns().add(Columns.text("dataset.column.value", 60, p -> figure(p.value())));
        figures.getColumns().add(Columns.text("dataset.column.yearSoFar", 130, p -> yearSoFar(p.yearSoFar())));
        figures.getColumns().add(Columns.text("dataset.column.target", 60, p -> target(p.target())));
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
        Line line = model.selectedProperty().get();
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
        Quarter quarter = model.quarterProperty().get();
        FormDialog form = new FormDialog(window(), "dataset-enter-dialog", Messages.get("dataset.enter.title"),
                Messages.get("dataset.enter.header", Dates.quarter(quarter)), Messages.get("dataset.enter.save"));
        form.hint(Messages.get("dataset.aggregatesOnly"));
        Map<Long, TextField> fields = new LinkedHashMap<>();
        String area = null;
        for (Line line : model.toEnter()) {
            Measure m = line.series().measure();
            if (!m.statutoryArea().equals(area)) {
                area = m.statutoryArea();
                Label group = new Label(area.isEmpty() ? Messages.get("dataset.otherArea") : area);
                group.getStyleClass().add("pane-heading");
                form.note(group);
            }
            TextField field = new TextField(line.value() == null ? "" : line.value().toPlainString());
            field.setId("dataset-value-" + line.series().id());
            field.setPrefColumnCount(8);
            field.setMaxWidth(140);
            field.setAccessibleText(Messages.get("dataset.enter.accessible", m.name(), m.unit()));
            String label = m.collection() == CollectionFrequency.ANNUAL
                    ? Messages.get("dataset.enter.annualLabel", m.name(), m.unit(), quarter.yearLabel())
                    : Messages.get("dataset.enter.label", m.name(), m.unit());
            fields.put(line.series().id(), form.field(m.name(), label.replace("_", "__"), field));
        }
        form.scrollable(440);
        form.show(state, () -> {
            Map<Long, String> typed = new LinkedHashMap<>();
            fields.forEach((id, field) -> typed.put(id, field.getText()));
            return model.enter(typed);
        }, changed -> model.reload());
    }

    /** The form defining a measure: a new one, or {@code existing} changed. */
    private void editMeasure(MeasureSeries existing) {
        Measure m = existing == null ? null : existing.measure();
        FormDialog form = new FormDialog(window(), "dataset-measure-dialog", Messages.get(existing == null
                ? "dataset.addMeasure.title" : "dataset.editMeasure.title"), existing == null
                ? Messages.get("dataset.addMeasure.header") : m.name(), Messages.get("dataset.measure.save"));
        form.noPersonalDetails();
        TextField name = form.field("Name", Messages.get("dataset.measure.name"), new TextField(m == null ? ""
                : m.name()));
        name.setId("measure-name");
        TextField unit = form.field("Unit", Messages.get("dataset.measure.unit"), new TextField(m == null ? ""
                : m.unit()));
        unit.setId("measure-unit");
        unit.setPromptText(Messages.get("dataset.measure.unit.prompt"));
        ComboBox<String> area = form.field("Statutory area", Messages.get("dataset.measure.area"),
                new ComboBox<>(FXCollections.observableArrayList(model.areas())));
        area.setId("measure-area");
        area.setEditable(true);
        area.setValue(m == null ? "" : m.statutoryArea());
        TextArea definition = form.field("Definition", Messages.get("dataset.measure.definition"),
                new TextArea(m == null ? "" : m.definition()));
        definition.setId("measure-definition");
        definition.setPrefRowCount(3);
        definition.setWrapText(true);
        TextField owner = form.field("Data owner", Messages.get("dataset.measure.owner"), new TextField(m == null ? ""
                : m.dataOwner()));
        owner.setId("measure-owner");
        ComboBox<CollectionFrequency> collection = form.field("Collection", Messages.get("dataset.measure.collection"),
                new ComboBox<>(FXCollections.observableArrayList(CollectionFrequency.values())));
        collection.setId("measure-collection");
        collection.setConverter(Shown.as(CollectionFrequency::label, ""));
        collection.setValue(m == null ? CollectionFrequency.QUARTERLY : m.collection());
        ComboBox<Polarity> polarity = form.field("Polarity", Messages.get("dataset.measure.polarity"),
                new ComboBox<>(FXCollections.observableArrayList(Polarity.values())));
        polarity.setId("measure-polarity");
        polarity.setConverter(Shown.as(Polarity::label, ""));
        polarity.setValue(m == null ? Polarity.CONTEXT_ONLY : m.polarity());
        ComboBox<Aggregation> aggregation = form.field("Aggregation", Messages.get("dataset.measure.aggregation"),
                new ComboBox<>(FXCollections.observableArrayList(Aggregation.values())));
        aggregation.setId("measure-aggregation");
        aggregation.setConverter(Shown.as(Aggregation::label, ""));
        aggregation.setValue(m == null ? Aggregation.SUM : m.aggregation());
        aggregation.disableProperty().bind(collection.valueProperty().isEqualTo(CollectionFrequency.ANNUAL));
        CheckBox people = form.field("Counts people", Messages.get("dataset.measure.people"),
                new CheckBox(Messages.get("dataset.measure.people.box")));
        people.setId("measure-counts-people");
        people.setSelected(m == null || m.countsPeople());
        ComboBox<String> breakdown = form.field("Breakdown", Messages.get("dataset.measure.breakdown"),
                new ComboBox<>(FXCollections.observableArrayList(model.breakdowns())));
        breakdown.setId("measure-breakdown");
        breakdown.setEditable(true);
        breakdown.setValue(m == null ? "" : m.breakdown());
        form.hint(Messages.get("dataset.measure.breakdown.hint"));
        form.show(state, () -> model.saveMeasure(existing, new Measure(name.getText(), unit.getText(),
                area.getEditor().getText(), definition.getText(), owner.getText(), collection.getValue(),
                polarity.getValue(), aggregation.getValue(), people.isSelected(), breakdown.getEditor().getText())),
                saved -> model.reload());
    }

    private void setTarget(Line line) {
        Measure m = line.series().measure();
        String year = line.quarter().yearLabel();
        FormDialog form = new FormDialog(window(), "dataset-target-dialog", Messages.get("dataset.target.title"),
                Messages.get("dataset.target.header", m.name(), year), Messages.get("dataset.target.save"));
        Target current = line.target();
        TextField target = form.field("Target", Messages.get("dataset.target.value", m.unit()),
                new TextField(current == null ? "" : current.value().toPlainString()));
        target.setId("dataset-target-value");
        TextField tolerance = form.field("Tolerance", Messages.get("dataset.target.tolerance", m.unit()),
                new TextField(current == null ? "" : current.tolerance().toPlainString()));
        tolerance.setId("dataset-target-tolerance");
        form.hint(switch (m.polarity()) {
            case HIGHER_IS_BETTER -> Messages.get("dataset.target.higher");
            case LOWER_IS_BETTER -> Messages.get("dataset.target.lower");
            case CONTEXT_ONLY -> Messages.get("dataset.target.context");
        });
        form.show(state, () -> model.setTarget(line, target.getText(), tolerance.getText()), saved -> model.reload());
    }

    private void importValues() {
        FileActions.spreadsheetToOpen(window(), Messages.get("dataset.import.choose")).ifPresent(this::importValues);
    }

    /** Checks the file, says what it would change, and saves it only when the user confirms. */
    void importValues(Path file) {
        String title = Messages.get("dataset.import.title");
        model.checkImport(file, check -> {
            // How the file was read (the sheet, rows left out as hidden) goes with the question.
            String notes = check.notes().stream().map(note -> "\n\n" + note).collect(Collectors.joining());
            if (check.added() + check.changed() == 0) {
                Alerts.done(window(), title, Messages.get("dataset.import.nothing", file.getFileName(),
                        check.unchanged()) + notes);
                return;
            }
            if (Alerts.confirm(window(), title, Messages.get("dataset.import.confirm", file.getFileName(),
                    check.added(), check.changed(), check.unchanged()) + notes, Messages.get("dataset.import.save"))) {
                model.importValues(file, saved -> Alerts.done(window(), title, Messages.get("dataset.import.done",
                        saved.added(), saved.changed())), failure -> failed(title, file, failure));
            }
        }, failure -> failed(title, file, failure));
    }

    private void failed(String title, Path file, Throwable failure) {
        if (failure instanceof InvalidDataException invalid) {
            FileActions.problems(window(), title, file, invalid.problems());
        } else {
            Alerts.failed(window(), failure);
        }
    }

    private void exportValues() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("dataset.export.choose"));
        chooser.setInitialFileName("cswo-dataset.xlsx");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(Messages.get("files.xlsx"), "*.xlsx"),
                new FileChooser.ExtensionFilter(Messages.get("files.csv"), "*.csv"));
        File file = chooser.showSaveDialog(window());
        if (file == null) {
            return;
        }
        Path target = FileActions.withExtension(file.toPath(), chooser.getSelectedExtensionFilter());
        model.export(target, values -> Alerts.done(window(), Messages.get("dataset.export.title"),
                Messages.get("dataset.export.done", values, target.toString())), failure -> Alerts.failed(window(),
                failure));
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
