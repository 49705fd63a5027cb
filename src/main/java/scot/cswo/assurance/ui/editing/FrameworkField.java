package scot.cswo.assurance.ui.editing;

import scot.cswo.assurance.service.matrix.FrameworkEditor;
import scot.cswo.assurance.ui.FieldKey;

/** The fields of the administrators' forms (leads, settings, a new period, an import), named as the editor names them. */
public enum FrameworkField implements FieldKey {
    NAME(FrameworkEditor.NAME),
    JOB_TITLE(FrameworkEditor.JOB_TITLE),
    WINDOWS_ACCOUNT(FrameworkEditor.WINDOWS_ACCOUNT),
    EMAIL(FrameworkEditor.EMAIL),
    /** Whether a lead is still in post: a tick box, which cannot be wrong. */
    ACTIVE("Active"),
    SUCCESSOR(FrameworkEditor.SUCCESSOR),
    FRAMEWORK_NAME(FrameworkEditor.FRAMEWORK_NAME),
    COUNCIL(FrameworkEditor.COUNCIL),
    PERIOD(FrameworkEditor.PERIOD),
    TRACKING_START(FrameworkEditor.TRACKING_START),
    GRACE_DAYS(FrameworkEditor.GRACE_DAYS);

    private final String column;

    FrameworkField(String column) {
        this.column = column;
    }

    @Override
    public String column() {
        return column;
    }
}
