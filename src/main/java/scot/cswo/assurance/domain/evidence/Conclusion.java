package scot.cswo.assurance.domain.evidence;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import scot.cswo.assurance.domain.Labelled;

/** The level of assurance an item of evidence gives, as internal audit grades it. */
public enum Conclusion implements Labelled {
    SUBSTANTIAL,
    REASONABLE,
    LIMITED,
    NONE;

    /** The grade and "assurance", as internal audit writes it: "Substantial assurance", "No assurance". */
    @Override
    public String label() {
        return (this == NONE ? "No" : Labelled.super.label()) + " assurance";
    }

    /** Reads "substantial", "Reasonable assurance", "none", … */
    public static Optional<Conclusion> parse(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT).replace(" assurance", "");
        return Arrays.stream(values())
                .filter(c -> c.name().equalsIgnoreCase(key) || (c == NONE && key.equals("no")))
                .findFirst();
    }
}
