package scot.cswo.assurance.domain.action;

import scot.cswo.assurance.domain.problem.Field;

/** The inputs of an improvement action, which problems with it are about. */
public enum ActionField implements Field {
    ACTION("Action"),
    SOURCE("Source"),
    SOURCE_REFERENCE("Source reference"),
    LEAD("Lead"),
    TARGET_DATE("Target date"),
    PROGRESS("Progress");

    private final String label;

    ActionField(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
