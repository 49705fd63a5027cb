package scot.cswo.assurance.ui.editing;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import scot.cswo.assurance.domain.frequency.Frequencies;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.matrix.StatutoryFunction;
import scot.cswo.assurance.service.matrix.FrameworkEditor;
import scot.cswo.assurance.service.matrix.MatrixField;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DateField;
import scot.cswo.assurance.ui.Dates;
import scot.cswo.assurance.ui.DialogService;
import scot.cswo.assurance.ui.FormDialog;
import scot.cswo.assurance.ui.Messages;
import scot.cswo.assurance.ui.Shown;
import scot.cswo.assurance.ui.editing.FunctionFormModel.Kind;

/**
 * The forms that change the matrix: a mechanism's wording, leads and frequency; new, linked, moved
 * and retired rows; and the functions themselves. Each builds its controls and binds them to its
 * model, which saves whole or not at all; the editor refuses a change someone else made first.
 */
public final class MechanismForms {
    private final FrameworkEditor editor;
    private final AssuranceState state;
    private final DialogService dialogs;
    private final MatrixOrderModel order;

    public MechanismForms(FrameworkEditor editor, AssuranceState state, DialogService dialogs) {
        this.editor = editor;
        this.state = state;
        this.dialogs = dialogs;
        this.order = new MatrixOrderModel(editor, state, dialogs);
    }

    /** Edit the wording, leads and frequency of the mechanism under a row. */
    public void editMechanism(Window owner, MatrixRow row, Consumer<Ref> onSaved) {
        MechanismFormModel model = MechanismFormModel.edit(editor, state, dialogs, row);
        FormDialog form = new FormDialog(owner, "mechanism-dialog", Messages.get("mechanism.edit.title"),
                Messages.get("mechanism.edit.header", row.ref().text()), Messages.get("mechanism.save"));
        mechanismFields(form, model);
        if (!model.sharedWith().isEmpty()) {
            form.hint(Messages.get("mechanism.edit.shared", String.join(", ", model.sharedWith())));
        }
        form.show(model, onSaved);
    }

    /** Add a new mechanism at the end of a function. */
    public void addMechanism(Window owner, StatutoryFunction preselected, Consumer<Ref> onSaved) {
        MechanismFormModel model = MechanismFormModel.add(editor, state, dialogs, preselected);
        FormDialog form = new FormDialog(owner, "mechanism-dialog", Messages.get("mechanism.add.title"),
                Messages.get("mechanism.add.header"), Messages.get("mechanism.add.save"));
        functionField(form, model.functions(), model.functionProperty())
                .setId("mechanism-function");
        mechanismFields(form, model);
        form.show(model, onSaved);
    }

    /** List the row's mechanism under another function too. */
    public void link(Window owner, MatrixRow row, Consumer<Ref> onSaved) {
        LinkFormModel model = new LinkFormModel(editor, state, dialogs, row);
        FormDialog form = new FormDialog(owner, "link-dialog", Messages.get("link.title"),
                Messages.get("link.header", row.ref().text(), row.mechanism().description()), Messages.get("link.save"));
        functionField(form, model.functions(), model.functionProperty()).setId("link-function");
        form.hint(Messages.get("link.note"));
        form.show(model, onSaved);
    }

    /** Take a row out of the matrix from a date. */
    public void retire(Window owner, MatrixRow row, Runnable onSaved) {
        RetireRowFormModel model = new RetireRowFormModel(editor, state, dialogs, row);
        FormDialog form = new FormDialog(owner, "retire-dialog", Messages.get("retire.title"),
                Messages.get("retire.header", row.ref().text(), row.mechanism().description()),
                Messages.get("retire.save"));
        dateField(form, "retire-from", model.fromProperty().get())
                .valueProperty().bindBidirectional(model.fromProperty());
        form.hint(Messages.get("retire.note"));
        form.show(model, saved -> onSaved.run());
    }

    /** Move a row up (-1) or down (+1) within its function; its ref stays the same. */
    public void move(MatrixRow row, int direction) {
        order.move(row, direction);
    }

    /** Move a function up (-1) or down (+1) in the matrix; its number and refs stay the same. */
    public void moveFunction(StatutoryFunction function, int direction) {
        order.moveFunction(function, direction);
    }

    public void addFunction(Window owner) {
        FunctionFormModel model = new FunctionFormModel(Kind.ADD, editor, state, dialogs, null);
        FormDialog form = new FormDialog(owner, "function-dialog", Messages.get("function.add.title"), null,
                Messages.get("function.add.save"));
        TextField number = form.field(MatrixField.FUNCTION, Messages.get("function.number"), new TextField());
        number.setId("function-number");
        number.setPrefColumnCount(4);
        number.textProperty().bindBidirectional(model.numberProperty());
        titleField(form, model);
        form.show(model, added -> { });
    }

    public void renameFunction(Window owner, StatutoryFunction preselected) {
        FunctionFormModel model = new FunctionFormModel(Kind.RENAME, editor, state, dialogs, preselected);
        FormDialog form = new FormDialog(owner, "function-dialog", Messages.get("function.rename.title"), null,
                Messages.get("function.rename.save"));
        functionField(form, model.functions(), model.functionProperty());
        titleField(form, model);
        form.show(model, renamed -> { });
    }

    public void renumber(Window owner, StatutoryFunction preselected) {
        FunctionFormModel model = new FunctionFormModel(Kind.RENUMBER, editor, state, dialogs, preselected);
        FormDialog form = new FormDialog(owner, "renumber-dialog", Messages.get("renumber.title"), null,
                Messages.get("renumber.save"));
        functionField(form, model.functions(), model.functionProperty());
        form.hint(Messages.get("renumber.note"));
        form.show(model, renumbered -> { });
    }

    public void retireFunction(Window owner, StatutoryFunction preselected) {
        FunctionFormModel model = new FunctionFormModel(Kind.RETIRE, editor, state, dialogs, preselected);
        FormDialog form = new FormDialog(owner, "retire-function-dialog", Messages.get("function.retire.title"), null,
                Messages.get("retire.save"));
        functionField(form, model.functions(), model.functionProperty());
        dateField(form, "function-retire-from", model.retireFromProperty().get())
                .valueProperty().bindBidirectional(model.retireFromProperty());
        form.hint(Messages.get("function.retire.note"));
        form.show(model, retired -> { });
    }

    /** The wording, leads, frequency and (for a change) effective-from fields of a mechanism form. */
    private static void mechanismFields(FormDialog form, MechanismFormModel model) {
        TextArea description = form.field(MatrixField.ASSURANCE_MECHANISM, Messages.get("mechanism.description"), area(3));
        description.setId("mechanism-description");
        description.textProperty().bindBidirectional(model.descriptionProperty());
        TextField leads = form.field(MatrixField.LEAD, Messages.get("mechanism.leads"), new TextField());
        leads.setId("mechanism-leads");
        leads.setPromptText(Messages.get("mechanism.leads.prompt"));
        leads.textProperty().bindBidirectional(model.leadsProperty());
        ComboBox<String> frequency = form.field(MatrixField.FREQUENCY, Messages.get("mechanism.frequency"),
                new ComboBox<>(FXCollections.observableArrayList(Frequencies.ACCEPTED)));
        frequency.setEditable(true);
        frequency.setId("mechanism-frequency");
        frequency.setMaxWidth(Double.MAX_VALUE);
        frequency.getEditor().setText(model.frequencyProperty().get());
        frequency.setValue(model.frequencyProperty().get());
        // The words typed count, before the choice is committed.
        model.frequencyProperty().bind(frequency.getEditor().textProperty());
        if (model.editing()) {
            DateField effectiveFrom = form.field(MatrixField.EFFECTIVE_FROM, Messages.get("mechanism.effectiveFrom"),
                    Dates.picker("mechanism-effective-from", model.effectiveFromProperty().get(),
                            Messages.get("mechanism.effectiveFrom")));
            effectiveFrom.valueProperty().bindBidirectional(model.effectiveFromProperty());
            effectiveFrom.disableProperty().bind(model.frequencyChanged().not());
            form.hint(Messages.get("mechanism.effectiveFrom.note"));
        }
    }

    private static void titleField(FormDialog form, FunctionFormModel model) {
        TextArea title = form.field(MatrixField.FUNCTION_TITLE, Messages.get("function.title"), area(3));
        title.setId("function-title");
        title.textProperty().bindBidirectional(model.titleProperty());
    }

    private static DateField dateField(FormDialog form, String id, LocalDate initial) {
        return form.field(MatrixField.RETIRE_FROM, Messages.get("retire.from"),
                Dates.picker(id, initial, Messages.get("retire.from")));
    }

    /** A function chooser on a form, bound to the model's choice. */
    private static ComboBox<StatutoryFunction> functionField(FormDialog form, List<StatutoryFunction> functions,
                                                             ObjectProperty<StatutoryFunction> chosen) {
        ComboBox<StatutoryFunction> combo = form.field(MatrixField.FUNCTION, Messages.get("function.field"),
                functions(functions));
        combo.setId("function-choice");
        combo.valueProperty().bindBidirectional(chosen);
        return combo;
    }

    private static ComboBox<StatutoryFunction> functions(List<StatutoryFunction> functions) {
        ComboBox<StatutoryFunction> combo = new ComboBox<>(FXCollections.observableArrayList(functions));
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setConverter(Shown.as(MechanismForms::label, ""));
        combo.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(StatutoryFunction item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label(item));
            }
        });
        return combo;
    }

    private static String label(StatutoryFunction function) {
        String title = function.title().length() <= 90 ? function.title() : function.title().substring(0, 89) + "…";
        return function.number() + ". " + title;
    }

    private static TextArea area(int rows) {
        TextArea area = new TextArea();
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        return area;
    }
}
