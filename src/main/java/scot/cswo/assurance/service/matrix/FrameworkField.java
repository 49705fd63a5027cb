package scot.cswo.assurance.service.matrix;

import scot.cswo.assurance.domain.problem.Field;

/** The inputs of the administrators' forms (leads, settings, a new period, an import), which the editor's problems are about. */
public enum FrameworkField implements Field {
    NAME("Name"),
    JOB_TITLE("Job title"),
    WINDOWS_ACCOUNT("Windows account"),
    EMAIL("Email"),
    /** Whether a lead is still in post: a tick box, which cannot be wrong. */
    ACTIVE("Active"),
    SUCCESSOR("Successor"),
    FRAMEWORK_NAME("Framework name"),
    COUNCIL("Council"),
    PERIOD("Period"),
    TRACKING_START("Tracking start"),
    GRACE_DAYS("Grace days");

    private final String label;

    FrameworkField(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
