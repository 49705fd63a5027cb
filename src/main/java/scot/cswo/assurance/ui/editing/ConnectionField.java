package scot.cswo.assurance.ui.editing;

import scot.cswo.assurance.ui.FieldKey;

/** The fields of the database connection forms, named as the connection settings name them in a problem. */
public enum ConnectionField implements FieldKey {
    URL("Server address"),
    USER("User"),
    PASSWORD("Password");

    private final String column;

    ConnectionField(String column) {
        this.column = column;
    }

    @Override
    public String column() {
        return column;
    }
}
