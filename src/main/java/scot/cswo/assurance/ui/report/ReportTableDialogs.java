package scot.cswo.assurance.ui.report;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import scot.cswo.assurance.ui.FormDialog;
import scot.cswo.assurance.ui.FormModel;
import scot.cswo.assurance.ui.Messages;

/** The Report screen's Sections editor and Resources table, each a form over its view-model. */
final class ReportTableDialogs {

    private ReportTableDialogs() {
    }

    /** Each chapter: shown or not, its heading, and buttons to move it up or down. */
    static void sections(Window owner, SectionsFormModel model, Runnable onSaved) {
        FormDialog form = new FormDialog(owner, "sections-dialog", Messages.get("report.sections.title"),
                Messages.get("report.sections.header"), Messages.get("evidence.save"));
        VBox list = new VBox(4);
        list.setId("sections-list");
        Runnable layout = () -> {
            list.getChildren().clear();
            for (int i = 0; i < model.lines().size(); i++) {
                list.getChildren().add(sectionLine(model, i));
            }
        };
        form.scrollable(460);
        show(form, model, model.lines(), layout, list, button("sections-national", "report.sections.national",
                model::national), onSaved);
    }

    /**
     * Lays the rows out again whenever they change (added, removed, moved), puts them above the
     * form's own button and shows the form.
     */
    private static <T> void show(FormDialog form, FormModel<ReportFormField, ?> model, ObservableList<T> rows,
                                 Runnable layout, Node table, Button below, Runnable onSaved) {
        rows.addListener((ListChangeListener<T>) change -> layout.run());
        layout.run();
        form.note(table);
        form.note(below);
        form.show(model, saved -> onSaved.run());
    }

    private static Button button(String id, String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static HBox sectionLine(SectionsFormModel model, int index) {
        SectionsFormModel.Line line = model.lines().get(index);
        CheckBox shown = new CheckBox(Messages.get("report.sections.shown"));
        shown.selectedProperty().bindBidirectional(line.shownProperty());
        TextField heading = new TextField();
        heading.textProperty().bindBidirectional(line.headingProperty());
        heading.setPrefColumnCount(36);
        heading.setAccessibleText(Messages.get("report.sections.heading", index + 1));
        shown.setAccessibleText(Messages.get("report.sections.shownAccessible", line.headingProperty().get()));
        Button up = new Button(Messages.get("report.sections.up"));
        up.setAccessibleText(Messages.get("report.sections.upAccessible", line.headingProperty().get()));
        up.setDisable(index == 0);
        up.setOnAction(e -> model.move(index, -1));
        Button down = new Button(Messages.get("report.sections.down"));
        down.setAccessibleText(Messages.get("report.sections.downAccessible", line.headingProperty().get()));
        down.setDisable(index == model.lines().size() - 1);
        down.setOnAction(e -> model.move(index, 1));
        HBox.setHgrow(heading, Priority.ALWAYS);
        // The heading field gives way when the line is short of room; the words of the others never do.
        for (Region whole : List.of(shown, up, down)) {
            whole.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox row = new HBox(8, shown, heading, up, down);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A row per service: its name, budget and outturn in thousands of pounds; rows can be added and removed. */
    static void resources(Window owner, ResourcesFormModel model, Runnable onSaved) {
        FormDialog form = new FormDialog(owner, "resources-dialog", Messages.get("report.resources.title",
                model.year().label()), Messages.get("report.resources.header"), Messages.get("evidence.save"));
        GridPane grid = new GridPane();
        grid.setId("resources-rows");
        grid.setHgap(8);
        grid.setVgap(4);
        Runnable layout = () -> {
            grid.getChildren().clear();
            grid.addRow(0, new Label(Messages.get("report.resources.service")),
                    new Label(Messages.get("report.resources.budget")),
                    new Label(Messages.get("report.resources.outturn")));
            int number = 0;
            for (ResourcesFormModel.Row row : model.rows()) {
                number++;
                grid.addRow(number, text(row.serviceProperty(), 28, Messages.get("report.resources.serviceAccessible",
                                number)), text(row.budgetProperty(), 10, Messages.get(
                                "report.resources.budgetAccessible", number)),
                        text(row.outturnProperty(), 10, Messages.get("report.resources.outturnAccessible", number)),
                        remove(model, row, number));
            }
        };
        show(form, model, model.rows(), layout, grid, button("resources-add", "report.resources.add", model::addRow),
                onSaved);
    }

    private static TextField text(javafx.beans.property.StringProperty property, int columns, String accessible) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(property);
        field.setPrefColumnCount(columns);
        field.setAccessibleText(accessible);
        return field;
    }

    private static Button remove(ResourcesFormModel model, ResourcesFormModel.Row row, int number) {
        Button remove = new Button(Messages.get("report.resources.remove"));
        remove.setAccessibleText(Messages.get("report.resources.removeAccessible", number));
        remove.setOnAction(e -> model.removeRow(row));
        return remove;
    }
}
