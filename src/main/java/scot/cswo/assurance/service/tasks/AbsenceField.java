package scot.cswo.assurance.service.tasks;

import scot.cswo.assurance.domain.problem.Field;

/** The inputs of marking a lead away, which the service's problems are about. */
public enum AbsenceField implements Field {
    FIRST_DAY("First day"),
    LAST_DAY("Last day"),
    DEPUTY("Deputy");

    private final String label;

    AbsenceField(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
