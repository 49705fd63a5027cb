package scot.cswo.assurance.domain.evidence;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The level of assurance an item of evidence gives, as internal audit grades it. */
public enum Conclusion {
    SUBSTANTIAL("Substantial assurance"),
    REASONABLE("Reasonable assurance"),
    LIMITED("Limited assurance"),
    NONE("No assurance");

    private final String label;

    Conclusion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads "substantial", "Reasonable assurance", "none", … */
    public static Optional<Conclusion> parse(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT).replace(" assurance", "");
        return Arrays.stream(values())
                .filter(c -> c.name().equalsIgnoreCase(key) || (c == NONE && key.equals("no")))
                .findFirst();
    }
}
