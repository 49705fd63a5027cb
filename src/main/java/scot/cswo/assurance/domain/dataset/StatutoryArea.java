package scot.cswo.assurance.domain.dataset;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The areas of statutory work by which the national CSWO annual report template reports the
 * delivery of statutory functions. A council's measures carry their own area wording ("Curtailment
 * of individual freedom"), so a measure is placed by the words of its name (or its breakdown's)
 * first, then by its area's: "Mental health officer reports completed" is mental health officer
 * work although its area is the curtailment of freedom, like the CSWO's guardianships.
 */
public enum StatutoryArea {
    CHILD_PROTECTION("Child protection", "child protection"),
    LOOKED_AFTER_CHILDREN("Looked after children", "looked after"),
    ADULT_SUPPORT_AND_PROTECTION("Adult support and protection", "adult support", "adult protection"),
    JUSTICE_AND_MAPPA("Justice social work and MAPPA", "justice", "mappa", "community payback", "public protection"),
    MENTAL_HEALTH_OFFICER_WORK("Mental health officer work", "mental health", "mho"),
    CSWO_DECISIONS("Decisions of the Chief Social Work Officer", "secure", "guardian", "curtailment", "cswo");

    private final String heading;
    private final List<Pattern> words;

    StatutoryArea(String heading, String... words) {
        this.heading = heading;
        this.words = List.of(words).stream().map(w -> Pattern.compile("\\b" + Pattern.quote(w) + "\\b")).toList();
    }

    /** As the report's heading says it. */
    public String heading() {
        return heading;
    }

    /**
     * Where a measure, or a breakdown (all its parts together), is reported; empty for one of none
     * of these areas.
     *
     * @param name the measure's name, or the breakdown's for one of its parts
     * @param area the statutory area the council gave it
     */
    public static Optional<StatutoryArea> of(String name, String area) {
        return matching(name).or(() -> matching(area));
    }

    private static Optional<StatutoryArea> matching(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (StatutoryArea candidate : values()) {
            if (candidate.words.stream().anyMatch(w -> w.matcher(lower).find())) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
