package scot.cswo.assurance.ui.editing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.UntouchedStarter;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.service.importing.ColumnAssignments;
import scot.cswo.assurance.service.importing.ImportService;
import scot.cswo.assurance.ui.Columns;
import scot.cswo.assurance.ui.FormDialog;
import scot.cswo.assurance.ui.Messages;
import scot.cswo.assurance.ui.Shown;

/**
 * The import, in one dialog: the file's rows as they will be imported, every problem at once, a
 * drop-down for each heading (which column it is) and for each frequency phrase the app does not
 * know, and below them the framework's name, council, period and tracking start. Import is offered
 * once nothing is wrong.
 */
final class ImportPreview {
    private static final double WIDTH = 860;
    private final ImportPreviewModel model;
    private final FormDialog form;
    private final Label header = new Label();
    private final FlowPane columns = new FlowPane(12, 6);
    private final TableView<ImportPreviewModel.Line> rows = new TableView<>();
    private final TableView<Problem> problems = new TableView<>();
    private final GridPane mappings = new GridPane();
    private final Label notes = FormDialog.hintLabel("");
    private List<String> shownHeadings = List.of();
    private List<String> shownPhrases = List.of();

    ImportPreview(Window owner, ImportPreviewModel model) {
        this.model = model;
        form = new FormDialog(owner, "import-preview", Messages.get("import.title"), null,
                Messages.get("import.save"));
        header.setId("import-preview-header");
        header.setWrapText(true);
        header.setMaxWidth(WIDTH);
        // The whole sentence, on as many lines as it takes, never cut short with "…".
        header.setMinHeight(Region.USE_PREF_SIZE);
        columns.setId("import-columns");
        columns.setPrefWrapLength(WIDTH);
        rows.setId("import-preview-rows");
        rows.setAccessibleText(Messages.get("import.rows"));
        rows.setPrefSize(WIDTH, 140);
        // The rows and the problems keep room to be read: the form grows, or scrolls within the main
        // window, instead of squeezing them to a heading (as it did once a check added lines).
        rows.setMinHeight(Region.USE_PREF_SIZE);
        rows.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rows.getColumns().add(Columns.fact("import.row", l -> Integer.toString(l.row())));
        rows.getColumns().add(Columns.text("import.function", 160, ImportPreviewModel.Line::function));
        rows.getColumns().add(Columns.text("import.mechanism", 320, ImportPreviewModel.Line::mechanism));
        rows.getColumns().add(Columns.text("import.leads", 180, ImportPreviewModel.Line::leads));
        rows.getColumns().add(Columns.text("import.frequency", 140, ImportPreviewModel.Line::frequency));
        problems.setId("import-preview-problems");
        problems.setAccessibleText(Messages.get("import.problemList"));
        problems.setPlaceholder(new Label(Messages.get("import.problemList.none")));
        problems.setPrefSize(WIDTH, 90);
        problems.setMinHeight(Region.USE_PREF_SIZE);
        problems.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        problems.getColumns().add(Columns.fact("import.row", p -> p.row() > 0 ? Integer.toString(p.row()) : ""));
        problems.getColumns().add(Columns.text("import.field", 130, p -> p.column() == null ? "" : p.column()));
        problems.getColumns().add(Columns.text("import.value", 160, p -> p.value() == null ? "" : p.value()));
        problems.getColumns().add(Columns.text("import.whatToDo", 520, Problem::message));
        mappings.setHgap(10);
        mappings.setVgap(4);
        notes.setId("import-preview-notes");
        notes.setMaxWidth(WIDTH);
        Label columnsLabel = new Label(Messages.get("import.columns"));
        columnsLabel.setLabelFor(columns);
        form.note(new VBox(6, header, new VBox(2, columnsLabel, columns), rows, mappings, problems, notes));
        FrameworkForms.detailFields(form, model.form());
        form.saveOnlyWhen(model.importableProperty());
        model.checkProperty().addListener((obs, old, check) -> refresh());
        // Whether the starter framework is replaced depends on the day the import starts.
        model.form().trackingStartProperty().addListener((obs, old, start) -> refresh());
        refresh();
    }

    /** Shows the dialog; {@code imported} runs once the framework is saved. */
    void show(Consumer<AssuranceMatrix> imported) {
        form.show(model.form(), imported);
    }

    private void refresh() {
        ImportService.Check check = model.checkProperty().get();
        List<Problem> found = model.problems();
        header.setText(found.isEmpty() ? Messages.get("import.preview.ready", check.source(), check.rows().size())
                : Messages.get("import.preview.problems", check.source(), check.rows().size(), found.size()));
        rows.setItems(FXCollections.observableArrayList(model.lines()));
        problems.setItems(FXCollections.observableArrayList(found));
        columnChoices();
        frequencyChoices();
        notes.setText(String.join("\n", notes(check.preview(), model.form().trackingStartProperty().get())));
        form.refit();
    }

    /**
     * A drop-down under each heading: the column it is read as, or left out. Each check after a
     * choice keeps the same drop-downs and only updates what they show, so the one the user has just
     * used keeps the keyboard focus.
     */
    private void columnChoices() {
        List<ColumnAssignments.Heading> headings = model.headings();
        List<String> texts = headings.stream().map(ColumnAssignments.Heading::text).toList();
        if (!texts.equals(shownHeadings)) {
            shownHeadings = texts;
            columns.getChildren().clear();
            for (ColumnAssignments.Heading heading : headings) {
                columns.getChildren().add(columnChoice(heading));
            }
        }
        for (ColumnAssignments.Heading heading : headings) {
            comboIn(columns, "import-column-" + heading.index()).setValue(readAs(heading));
        }
    }

    private VBox columnChoice(ColumnAssignments.Heading heading) {
        ComboBox<String> choice = new ComboBox<>(FXCollections.observableArrayList(model.columnChoices()));
        choice.setId("import-column-" + heading.index());
        choice.setConverter(Shown.as(c -> ColumnAssignments.IGNORE.equals(c)
                ? Messages.get("import.column.ignore") : c, ""));
        choice.setAccessibleText(Messages.get("import.column", heading.text()));
        choice.valueProperty().addListener((obs, old, column) -> {
            if (column != null && !column.equals(readAs(current(heading.text())))) {
                model.assign(heading.text(), column);
            }
        });
        Label label = new Label(heading.text().length() > 30 ? heading.text().substring(0, 29) + "…"
                : heading.text());
        label.setLabelFor(choice);
        return new VBox(2, label, choice);
    }

    /** The heading as the latest check reads it. */
    private ColumnAssignments.Heading current(String text) {
        return model.headings().stream().filter(h -> h.text().equals(text)).findFirst().orElseThrow();
    }

    private static String readAs(ColumnAssignments.Heading heading) {
        return heading.column() == null ? ColumnAssignments.IGNORE : heading.column();
    }

    /** A drop-down for each phrase the app does not know; kept, as the column drop-downs are, across checks. */
    private void frequencyChoices() {
        List<String> phrases = model.unknownPhrases();
        if (!phrases.equals(shownPhrases)) {
            shownPhrases = phrases;
            mappings.getChildren().clear();
            for (int i = 0; i < phrases.size(); i++) {
                String phrase = phrases.get(i);
                ComboBox<String> choice = new ComboBox<>(FXCollections.observableArrayList(
                        ImportPreviewModel.FREQUENCIES));
                choice.setId("import-map-" + i);
                choice.setPromptText(Messages.get("import.map.prompt"));
                Label label = new Label(Messages.get("import.map", phrase));
                label.setLabelFor(choice);
                choice.setAccessibleText(Messages.get("import.map", phrase));
                choice.valueProperty().addListener((obs, old, frequency) -> {
                    if (frequency != null && !frequency.equals(model.mappedTo(phrase))) {
                        model.map(phrase, frequency);
                    }
                });
                mappings.addRow(i, label, choice);
            }
            if (!phrases.isEmpty()) {
                mappings.add(FormDialog.hintLabel(Messages.get("import.map.hint")), 0, phrases.size(), 2, 1);
            }
        }
        for (int i = 0; i < phrases.size(); i++) {
            comboIn(mappings, "import-map-" + i).setValue(model.mappedTo(phrases.get(i)));
        }
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> comboIn(Parent parent, String id) {
        return (ComboBox<String>) parent.lookup("#" + id);
    }

    /** How the file was read, the leads it adds and what happens to the framework in force, once it can be imported. */
    private static List<String> notes(ImportService.Preview preview, LocalDate start) {
        List<String> lines = new ArrayList<>();
        if (preview == null) {
            return lines;
        }
        lines.addAll(preview.notes());
        if (!preview.newLeads().isEmpty()) {
            lines.add(Messages.get("import.newLeads", preview.newLeads().size(), String.join("; ", preview.newLeads())));
        }
        UntouchedStarter starter = preview.starter();
        if (starter != null && start != null && starter.replacedBy(start)) {
            lines.add(Messages.get("import.replacesStarter", starter.framework().name(),
                    DateFormats.display(starter.framework().trackingStart())));
        } else {
            lines.add(preview.replaces() == null ? Messages.get("import.first")
                    : Messages.get("import.replaces", preview.replaces().name()));
        }
        return lines;
    }
}
