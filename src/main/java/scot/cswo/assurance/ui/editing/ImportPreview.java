package scot.cswo.assurance.ui.editing;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.ui.Columns;
import scot.cswo.assurance.ui.FormDialog;
import scot.cswo.assurance.ui.Messages;
import scot.cswo.assurance.ui.Styles;

/**
 * The preview of a framework file: its rows as they will be imported, every problem at once, and a
 * drop-down for each frequency phrase the app does not know. Import is offered once nothing is wrong.
 */
final class ImportPreview {
    private final ImportPreviewModel model;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Label header = new Label();
    private final TableView<ImportPreviewModel.Line> rows = new TableView<>();
    private final TableView<Problem> problems = new TableView<>();
    private final GridPane mappings = new GridPane();

    ImportPreview(Window owner, ImportPreviewModel model) {
        this.model = model;
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("import.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("import-preview");
        dialog.getDialogPane().getStylesheets().add(Styles.sheet());
        header.setWrapText(true);
        header.setMaxWidth(860);
        rows.setId("import-preview-rows");
        rows.setAccessibleText(Messages.get("import.rows"));
        rows.setPrefSize(860, 240);
        rows.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rows.getColumns().add(Columns.fact("import.row", l -> Integer.toString(l.row())));
        rows.getColumns().add(Columns.text("import.function", 160, ImportPreviewModel.Line::function));
        rows.getColumns().add(Columns.text("import.mechanism", 320, ImportPreviewModel.Line::mechanism));
        rows.getColumns().add(Columns.text("import.leads", 180, ImportPreviewModel.Line::leads));
        rows.getColumns().add(Columns.text("import.frequency", 140, ImportPreviewModel.Line::frequency));
        problems.setId("import-preview-problems");
        problems.setAccessibleText(Messages.get("import.problemList"));
        problems.setPrefSize(860, 160);
        problems.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        problems.getColumns().add(Columns.fact("import.row", p -> p.row() > 0 ? Integer.toString(p.row()) : ""));
        problems.getColumns().add(Columns.text("import.field", 130, p -> p.column() == null ? "" : p.column()));
        problems.getColumns().add(Columns.text("import.value", 160, p -> p.value() == null ? "" : p.value()));
        problems.getColumns().add(Columns.text("import.whatToDo", 520, Problem::message));
        mappings.setHgap(10);
        mappings.setVgap(4);
        dialog.getDialogPane().setContent(new VBox(8, header, rows, mappings, problems));
        ButtonType next = new ButtonType(Messages.get("import.preview.next"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(next,
                new ButtonType(Messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        ((Button) dialog.getDialogPane().lookupButton(next)).disableProperty()
                .bind(model.importableProperty().not());
        model.checkProperty().addListener((obs, old, check) -> refresh());
        refresh();
    }

    /** Shows the preview; Import closes it and goes on to {@code confirm}, the framework's details. */
    void show(Consumer<ImportFormModel> confirm) {
        ButtonType next = dialog.getDialogPane().getButtonTypes().getFirst();
        dialog.getDialogPane().lookupButton(next).addEventFilter(ActionEvent.ACTION, event -> {
            dialog.setResult(next);
            dialog.close();
            model.proceed(confirm);
            event.consume();
        });
        dialog.showAndWait();
    }

    private void refresh() {
        var check = model.checkProperty().get();
        List<Problem> found = model.problems();
        header.setText(found.isEmpty() ? Messages.get("import.preview.ready", check.source(), check.rows().size())
                : Messages.get("import.preview.problems", check.source(), check.rows().size(), found.size()));
        rows.setItems(FXCollections.observableArrayList(model.lines()));
        problems.setItems(FXCollections.observableArrayList(found));
        mappings.getChildren().clear();
        List<String> phrases = model.unknownPhrases();
        for (int i = 0; i < phrases.size(); i++) {
            String phrase = phrases.get(i);
            ComboBox<String> choice = new ComboBox<>(FXCollections.observableArrayList(
                    ImportPreviewModel.FREQUENCIES));
            choice.setId("import-map-" + i);
            choice.setValue(model.mappedTo(phrase));
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
}
