package scot.cswo.assurance.domain.action;

/** Where an improvement action came from. */
public enum ActionSource {
    AUDIT_SCOTLAND("Audit Scotland recommendation"),
    INSPECTION("Inspection"),
    MATRIX_EXCEPTION("Exception from the assurance matrix"),
    STAFF_HEALTH_CHECK("Staff health check"),
    OTHER("Other");

    private final String label;

    ActionSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
