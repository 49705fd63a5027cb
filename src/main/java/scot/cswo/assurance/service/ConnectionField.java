package scot.cswo.assurance.service;

import scot.cswo.assurance.domain.problem.Field;

/** The inputs of the database connection forms, which the connection settings' problems are about. */
public enum ConnectionField implements Field {
    URL("Server address"),
    USER("User"),
    PASSWORD("Password");

    private final String label;

    ConnectionField(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
