package scot.cswo.assurance.domain.dataset;

/** How often a measure's value is collected. */
public enum CollectionFrequency {
    QUARTERLY("Quarterly"),
    ANNUAL("Annual");

    private final String label;

    CollectionFrequency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
