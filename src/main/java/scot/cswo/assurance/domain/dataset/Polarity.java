package scot.cswo.assurance.domain.dataset;

/** Which way a measure should move: it decides what "on or better than target" means. */
public enum Polarity {
    HIGHER_IS_BETTER("Higher is better"),
    LOWER_IS_BETTER("Lower is better"),
    /** Reported for context (for example children on the register): never rated against a target. */
    CONTEXT_ONLY("Context only");

    private final String label;

    Polarity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
