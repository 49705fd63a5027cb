package scot.cswo.assurance.ui.editing;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.StatutoryFunction;
import scot.cswo.assurance.service.matrix.FrameworkEditor;
import scot.cswo.assurance.service.matrix.MatrixField;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DialogService;
import scot.cswo.assurance.ui.FormModel;

/**
 * The forms about one statutory function: adding one (its number and title), renaming one,
 * renumbering its refs to follow its rows' order, and retiring it from a date.
 */
public final class FunctionFormModel extends FormModel<MatrixField, Object> {
    /** Which of the function forms this is. */
    public enum Kind { ADD, RENAME, RENUMBER, RETIRE }

    private final Kind kind;
    private final FrameworkEditor editor;
    private final long frameworkId;
    private final List<StatutoryFunction> functions;
    private final ObjectProperty<StatutoryFunction> function = new SimpleObjectProperty<>();
    /** A new function's number, as typed. */
    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> retireFrom = new SimpleObjectProperty<>();

    /**
     * @param preselected the function the user is looking at, or null; renaming and renumbering then
     *                    start on the first function, retiring on none
     */
    public FunctionFormModel(Kind kind, FrameworkEditor editor, AssuranceState state, DialogService dialogs,
                             StatutoryFunction preselected) {
        super(state, dialogs, MatrixField.class);
        this.kind = kind;
        this.editor = editor;
        AssuranceMatrix matrix = state.boardProperty().get().matrix();
        this.frameworkId = matrix.framework().id();
        this.functions = matrix.functions();
        // Renaming starts from the chosen function's title.
        function.addListener((obs, old, chosen) -> title.set(chosen == null ? "" : chosen.title()));
        function.set(kind == Kind.RETIRE ? preselected : Functions.orFirst(preselected, functions));
        number.set(Integer.toString(functions.stream().mapToInt(StatutoryFunction::number).max().orElse(0) + 1));
        if (kind == Kind.ADD) {
            title.set("");
        }
        retireFrom.set(state.today());
    }

    @Override
    protected Callable<Object> change() {
        StatutoryFunction chosen = function.get();
        long id = chosen == null ? -1 : chosen.id();
        String text = title.get();
        return switch (kind) {
            case ADD -> {
                String typed = number.get().strip();
                // Anything but a number of up to three digits goes as 0, which the editor refuses beside the field.
                int wanted = typed.matches("\\d{1,3}") ? Integer.parseInt(typed) : 0;
                yield () -> editor.addFunction(frameworkId, wanted, text);
            }
            case RENAME -> {
                int version = chosen == null ? 0 : chosen.version();
                yield () -> {
                    editor.renameFunction(frameworkId, id, version, text);
                    return id;
                };
            }
            case RENUMBER -> {
                int chosenNumber = Functions.number(chosen);
                yield () -> {
                    editor.renumber(frameworkId, chosenNumber);
                    return chosenNumber;
                };
            }
            case RETIRE -> {
                LocalDate on = retireFrom.get();
                yield () -> {
                    editor.retireFunction(frameworkId, id, on);
                    return id;
                };
            }
        };
    }

    public Kind kind() {
        return kind;
    }

    public List<StatutoryFunction> functions() {
        return functions;
    }

    public ObjectProperty<StatutoryFunction> functionProperty() {
        return function;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<LocalDate> retireFromProperty() {
        return retireFrom;
    }
}
