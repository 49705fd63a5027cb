package scot.cswo.assurance.ui.editing;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import scot.cswo.assurance.domain.frequency.Frequencies;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.matrix.StatutoryFunction;
import scot.cswo.assurance.service.matrix.FrameworkEditor;
import scot.cswo.assurance.service.matrix.FrameworkEditor.MechanismInput;
import scot.cswo.assurance.ui.Alerts;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DateField;
import scot.cswo.assurance.ui.Dates;
import scot.cswo.assurance.ui.FormDialog;
import scot.cswo.assurance.ui.Messages;
import scot.cswo.assurance.ui.Shown;

/**
 * The dialogs that change the matrix: a mechanism's wording, leads and frequency; new, linked,
 * moved and retired rows; and the functions themselves. Each saves whole or not at all, and the
 * service refuses a change someone else made first.
 */
public final class MatrixEditActions {
    private final AssuranceState state;

    public MatrixEditActions(AssuranceState state) {
        this.state = state;
    }

    private AssuranceMatrix matrix() {
        return state.boardProperty().get().matrix();
    }

    /** Edit the wording, leads and frequency of the mechanism under a row. */
    public void editMechanism(Window owner, MatrixRow row, Consumer<Ref> onSaved) {
        long frameworkId = matrix().framework().id();
        Mechanism mechanism = row.mechanism();
        FormDialog form = new FormDialog(owner, "mechanism-dialog", Messages.get("mechanism.edit.title"),
                Messages.get("mechanism.edit.header", row.ref().text()), Messages.get("mechanism.save"));
        MechanismFields fields = new MechanismFields(form, mechanism.description(), mechanism.leadNames(),
                mechanism.frequency().wording(), state.today());
        List<String> elsewhere = matrix().rowsOfMechanism(mechanism).stream().map(r -> r.ref().text())
                .filter(ref -> !ref.equals(row.ref().text())).toList();
        if (!elsewhere.isEmpty()) {
            form.hint(Messages.get("mechanism.edit.shared", String.join(", ", elsewhere)));
        }
        long id = mechanism.id();
        int version = mechanism.version();
        Ref ref = row.ref();
        form.show(state, () -> {
            MechanismInput input = fields.input();
            return () -> {
                state.workspace().editor().editMechanism(frameworkId, id, version, input);
                return ref;
            };
        }, onSaved);
    }

    /** Add a new mechanism at the end of a function. */
    public void addMechanism(Window owner, StatutoryFunction preselected, Consumer<Ref> onSaved) {
        long frameworkId = matrix().framework().id();
        FormDialog form = new FormDialog(owner, "mechanism-dialog", Messages.get("mechanism.add.title"),
                Messages.get("mechanism.add.header"), Messages.get("mechanism.add.save"));
        ComboBox<StatutoryFunction> function = functionField(form, matrix().functions(), orFirst(preselected));
        function.setId("mechanism-function");
        MechanismFields fields = new MechanismFields(form, "", "", "", null);
        form.show(state, () -> {
            MechanismInput input = fields.input();
            StatutoryFunction chosen = function.getValue();
            return () -> state.workspace().editor().addMechanism(frameworkId, chosen == null ? 0 : chosen.number(),
                    input);
        }, onSaved);
    }

    /** List the row's mechanism under another function too. */
    public void link(Window owner, MatrixRow row, Consumer<Ref> onSaved) {
        long frameworkId = matrix().framework().id();
        List<StatutoryFunction> others = matrix().functions().stream().filter(f -> matrix().rowsOfMechanism(
                row.mechanism()).stream().noneMatch(r -> r.function().id() == f.id())).toList();
        FormDialog form = new FormDialog(owner, "link-dialog", Messages.get("link.title"),
                Messages.get("link.header", row.ref().text(), row.mechanism().description()), Messages.get("link.save"));
        ComboBox<StatutoryFunction> function = functionField(form, others, null);
        function.setId("link-function");
        form.hint(Messages.get("link.note"));
        Ref ref = row.ref();
        form.show(state, () -> {
            StatutoryFunction chosen = function.getValue();
            return () -> state.workspace().editor().linkMechanism(frameworkId, ref,
                    chosen == null ? 0 : chosen.number());
        }, onSaved);
    }

    /** Take a row out of the matrix from a date. */
    public void retire(Window owner, MatrixRow row, Runnable onSaved) {
        long frameworkId = matrix().framework().id();
        FormDialog form = new FormDialog(owner, "retire-dialog", Messages.get("retire.title"),
                Messages.get("retire.header", row.ref().text(), row.mechanism().description()),
                Messages.get("retire.save"));
        DateField on = form.field("Retire from", Messages.get("retire.from"),
                Dates.picker("retire-from", state.today(), Messages.get("retire.from")));
        form.hint(Messages.get("retire.note"));
        Ref ref = row.ref();
        form.show(state, () -> {
            LocalDate date = on.read("Retire from");
            return () -> {
                state.workspace().editor().retire(frameworkId, ref, date);
                return ref;
            };
        }, saved -> onSaved.run());
    }

    /** Move a row up (-1) or down (+1) within its function; its ref stays the same. */
    public void move(Window owner, MatrixRow row, int direction) {
        long frameworkId = matrix().framework().id();
        Ref ref = row.ref();
        state.save(() -> {
            state.workspace().editor().move(frameworkId, ref, direction);
            return ref;
        }, moved -> { }, failure -> Alerts.failed(owner, failure));
    }

    /** Move a function up (-1) or down (+1) in the matrix; its number and refs stay the same. */
    public void moveFunction(Window owner, StatutoryFunction function, int direction) {
        long frameworkId = matrix().framework().id();
        state.save(() -> {
            state.workspace().editor().moveFunction(frameworkId, function.id(), direction);
            return function;
        }, moved -> { }, failure -> Alerts.failed(owner, failure));
    }

    public void addFunction(Window owner) {
        long frameworkId = matrix().framework().id();
        FormDialog form = new FormDialog(owner, "function-dialog", Messages.get("function.add.title"), null,
                Messages.get("function.add.save"));
        int next = matrix().functions().stream().mapToInt(StatutoryFunction::number).max().orElse(0) + 1;
        TextField number = form.field(FrameworkEditor.FUNCTION, Messages.get("function.number"),
                new TextField(Integer.toString(next)));
        number.setId("function-number");
        number.setPrefColumnCount(4);
        TextArea title = form.field(FrameworkEditor.FUNCTION_TITLE, Messages.get("function.title"), area(3));
        title.setId("function-title");
        form.show(state, () -> {
            String typed = number.getText().strip();
            String text = title.getText();
            return () -> state.workspace().editor().addFunction(frameworkId,
                    typed.matches("\\d{1,3}") ? Integer.parseInt(typed) : 0,
                    text);
        }, added -> { });
    }

    public void renameFunction(Window owner, StatutoryFunction preselected) {
        long frameworkId = matrix().framework().id();
        FormDialog form = new FormDialog(owner, "function-dialog", Messages.get("function.rename.title"), null,
                Messages.get("function.rename.save"));
        ComboBox<StatutoryFunction> function = functionField(form, matrix().functions(), null);
        TextArea title = form.field(FrameworkEditor.FUNCTION_TITLE, Messages.get("function.title"), area(3));
        title.setId("function-title");
        function.valueProperty().addListener((obs, old, chosen) -> title.setText(chosen == null ? "" : chosen.title()));
        function.setValue(orFirst(preselected));
        form.show(state, () -> {
            StatutoryFunction chosen = function.getValue();
            String text = title.getText();
            return () -> {
                state.workspace().editor().renameFunction(frameworkId, chosen == null ? -1 : chosen.id(),
                        chosen == null ? 0 : chosen.version(), text);
                return chosen;
            };
        }, renamed -> { });
    }

    public void renumber(Window owner, StatutoryFunction preselected) {
        long frameworkId = matrix().framework().id();
        FormDialog form = new FormDialog(owner, "renumber-dialog", Messages.get("renumber.title"), null,
                Messages.get("renumber.save"));
        ComboBox<StatutoryFunction> function = functionField(form, matrix().functions(), orFirst(preselected));
        form.hint(Messages.get("renumber.note"));
        form.show(state, () -> {
            StatutoryFunction chosen = function.getValue();
            return () -> {
                state.workspace().editor().renumber(frameworkId, chosen == null ? 0 : chosen.number());
                return chosen;
            };
        }, renumbered -> { });
    }

    public void retireFunction(Window owner, StatutoryFunction preselected) {
        long frameworkId = matrix().framework().id();
        FormDialog form = new FormDialog(owner, "retire-function-dialog", Messages.get("function.retire.title"), null,
                Messages.get("retire.save"));
        ComboBox<StatutoryFunction> function = functionField(form, matrix().functions(), preselected);
        DateField on = form.field("Retire from", Messages.get("retire.from"),
                Dates.picker("function-retire-from", state.today(), Messages.get("retire.from")));
        form.hint(Messages.get("function.retire.note"));
        form.show(state, () -> {
            StatutoryFunction chosen = function.getValue();
            LocalDate date = on.read("Retire from");
            return () -> {
                state.workspace().editor().retireFunction(frameworkId, chosen == null ? -1 : chosen.id(), date);
                return chosen;
            };
        }, retired -> { });
    }

    /** The wording, leads, frequency and (for a change) effective-from fields of a mechanism form. */
    private static final class MechanismFields {
        private final TextArea description;
        private final TextField leads;
        private final ComboBox<String> frequency;
        private final DateField effectiveFrom;

        MechanismFields(FormDialog form, String wording, String leadNames, String frequencyWording, LocalDate today) {
            description = form.field(FrameworkEditor.MECHANISM, Messages.get("mechanism.description"), area(3));
            description.setText(wording);
            description.setId("mechanism-description");
            leads = form.field(FrameworkEditor.LEADS, Messages.get("mechanism.leads"), new TextField(leadNames));
            leads.setId("mechanism-leads");
            leads.setPromptText(Messages.get("mechanism.leads.prompt"));
            frequency = form.field(FrameworkEditor.FREQUENCY, Messages.get("mechanism.frequency"),
                    new ComboBox<>(FXCollections.observableArrayList(Frequencies.ACCEPTED)));
            frequency.setEditable(true);
            frequency.setId("mechanism-frequency");
            frequency.setMaxWidth(Double.MAX_VALUE);
            frequency.getEditor().setText(frequencyWording);
            frequency.setValue(frequencyWording);
            if (today != null) {
                effectiveFrom = form.field(FrameworkEditor.EFFECTIVE_FROM, Messages.get("mechanism.effectiveFrom"),
                        Dates.picker("mechanism-effective-from", today, Messages.get("mechanism.effectiveFrom")));
                effectiveFrom.disableProperty().bind(frequency.getEditor().textProperty().isEqualTo(frequencyWording));
                form.hint(Messages.get("mechanism.effectiveFrom.note"));
            } else {
                effectiveFrom = null;
            }
        }

        MechanismInput input() {
            return new MechanismInput(description.getText(), leads.getText(), frequency.getEditor().getText(),
                    effectiveFrom == null ? null : effectiveFrom.read(FrameworkEditor.EFFECTIVE_FROM));
        }
    }

    /** The function the user is looking at, else the first (none in a framework without functions). */
    private StatutoryFunction orFirst(StatutoryFunction preselected) {
        return preselected != null || matrix().functions().isEmpty() ? preselected : matrix().functions().getFirst();
    }

    /** A function chooser on a form, with {@code preselected} (or nothing) chosen. */
    private static ComboBox<StatutoryFunction> functionField(FormDialog form, List<StatutoryFunction> functions,
                                                             StatutoryFunction preselected) {
        ComboBox<StatutoryFunction> combo = form.field(FrameworkEditor.FUNCTION, Messages.get("function.field"),
                functions(functions));
        combo.setId("function-choice");
        combo.setValue(preselected);
        return combo;
    }

    private static ComboBox<StatutoryFunction> functions(List<StatutoryFunction> functions) {
        ComboBox<StatutoryFunction> combo = new ComboBox<>(FXCollections.observableArrayList(functions));
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setConverter(Shown.as(MatrixEditActions::label, ""));
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
