package scot.cswo.assurance.ui.editing;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.service.matrix.FrameworkEditor;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DialogService;

/** The list of leads, and the forms that add, change and hand over a lead. */
public final class LeadsViewModel {
    private final FrameworkEditor editor;
    private final AssuranceState state;
    private final DialogService dialogs;
    private final ObservableList<Lead> leads = FXCollections.observableArrayList();

    public LeadsViewModel(FrameworkEditor editor, AssuranceState state, DialogService dialogs) {
        this.editor = editor;
        this.state = state;
        this.dialogs = dialogs;
    }

    /** Reads the leads again, after a change or on opening. */
    public void reload() {
        state.load(editor::leads, leads::setAll, dialogs::failed);
    }

    public ObservableList<Lead> leads() {
        return leads;
    }

    /** The form for a new lead (null) or a change to {@code existing}. */
    public LeadFormModel lead(Lead existing) {
        return new LeadFormModel(editor, state, dialogs, existing);
    }

    /** The form handing the leaver's mechanisms to a successor. */
    public HandOverFormModel handOver(Lead leaver) {
        return new HandOverFormModel(editor, state, dialogs, leaver, leads);
    }
}
