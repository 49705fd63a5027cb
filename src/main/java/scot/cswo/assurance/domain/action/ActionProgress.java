package scot.cswo.assurance.domain.action;

/** The lead's own account of an action, as the tracker records it. */
public enum ActionProgress {
    NOT_STARTED("Not started"),
    ON_TRACK("On track"),
    AT_RISK("At risk"),
    COMPLETE("Complete"),
    /** Complete and now part of normal practice: no longer followed up. */
    EMBEDDED("Embedded");

    private final String label;

    ActionProgress(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean closed() {
        return this == COMPLETE || this == EMBEDDED;
    }
}
