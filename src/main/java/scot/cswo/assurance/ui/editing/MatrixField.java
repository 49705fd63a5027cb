package scot.cswo.assurance.ui.editing;

import scot.cswo.assurance.service.matrix.FrameworkEditor;
import scot.cswo.assurance.ui.FieldKey;

/** The fields of the forms that change the matrix, each named as the framework editor names it in a problem. */
public enum MatrixField implements FieldKey {
    FUNCTION(FrameworkEditor.FUNCTION),
    FUNCTION_TITLE(FrameworkEditor.FUNCTION_TITLE),
    DESCRIPTION(FrameworkEditor.MECHANISM),
    LEADS(FrameworkEditor.LEADS),
    FREQUENCY(FrameworkEditor.FREQUENCY),
    EFFECTIVE_FROM(FrameworkEditor.EFFECTIVE_FROM),
    /** A retirement's date: only the date field itself finds fault with it (empty means today). */
    RETIRE_FROM("Retire from");

    private final String column;

    MatrixField(String column) {
        this.column = column;
    }

    @Override
    public String column() {
        return column;
    }
}
