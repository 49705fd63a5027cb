package scot.cswo.assurance.ui.editing;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.service.matrix.FrameworkEditor;
import scot.cswo.assurance.service.matrix.FrameworkField;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DialogService;
import scot.cswo.assurance.ui.FormModel;

/** Handing every mechanism a leaver leads to a successor; gives back how many moved. */
public final class HandOverFormModel extends FormModel<FrameworkField, Integer> {
    private final FrameworkEditor editor;
    private final Lead leaver;
    private final List<Lead> successors;
    private final ObjectProperty<Lead> successor = new SimpleObjectProperty<>();

    /** @param all every lead; the leaver's successor is one of the others still in post */
    public HandOverFormModel(FrameworkEditor editor, AssuranceState state, DialogService dialogs, Lead leaver,
                             List<Lead> all) {
        super(state, dialogs, FrameworkField.class);
        this.editor = editor;
        this.leaver = leaver;
        this.successors = all.stream().filter(l -> l.active() && l.id() != leaver.id()).toList();
    }

    @Override
    protected Callable<Integer> change() {
        long from = leaver.id();
        // No successor chosen is sent as the leaver, which the editor refuses beside the field.
        long to = successor.get() == null ? from : successor.get().id();
        return () -> editor.reassign(from, to);
    }

    public Lead leaver() {
        return leaver;
    }

    public List<Lead> successors() {
        return successors;
    }

    public ObjectProperty<Lead> successorProperty() {
        return successor;
    }
}
