package scot.cswo.assurance.ui.editing;

import java.util.concurrent.Callable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import scot.cswo.assurance.domain.matrix.Framework;
import scot.cswo.assurance.domain.matrix.FrameworkDetails;
import scot.cswo.assurance.service.matrix.FrameworkEditor;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DialogService;

/** The framework's name, council, period, tracking start and grace days. */
public final class SettingsFormModel extends FrameworkDetailsFormModel<FrameworkDetails> {
    private final FrameworkEditor editor;
    private final Framework framework;
    /** Grace days, as typed. */
    private final StringProperty graceDays = new SimpleStringProperty("");

    public SettingsFormModel(FrameworkEditor editor, AssuranceState state, DialogService dialogs) {
        this(editor, state, dialogs, state.boardProperty().get().matrix().framework());
    }

    private SettingsFormModel(FrameworkEditor editor, AssuranceState state, DialogService dialogs,
                              Framework framework) {
        super(state, dialogs, framework.details());
        this.editor = editor;
        this.framework = framework;
        graceDays.set(Integer.toString(framework.graceDays()));
    }

    @Override
    protected Callable<FrameworkDetails> change() {
        String typed = graceDays.get().strip();
        // Anything but a number of up to three digits goes as -1, which the editor refuses beside the field.
        FrameworkDetails details = details(framework.yearStart(), typed.matches("\\d{1,3}")
                ? Integer.parseInt(typed) : -1);
        long id = framework.id();
        int version = framework.version();
        return () -> {
            editor.updateSettings(id, version, details);
            return details;
        };
    }

    public StringProperty graceDaysProperty() {
        return graceDays;
    }
}
