package scot.cswo.assurance.domain.matrix;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import scot.cswo.assurance.domain.DateFormats;

/**
 * A new office's first framework (the Dundee one a first start brings in, or a blank one from init)
 * while nobody has recorded anything against it. An office importing its own framework to start on or
 * before the starter's start would otherwise be refused (the starter would take over again on its own
 * start), losing the months of its year before today; an untouched starter holds nothing to lose, so
 * the import replaces it instead. A starter holding any record is never replaced.
 */
public record UntouchedStarter(Framework framework) {

    /**
     * The only framework there is, if nothing is recorded against it.
     *
     * @param held what is recorded against a framework, by its id
     */
    public static Optional<UntouchedStarter> among(List<Framework> frameworks, LongFunction<RecordsHeld> held) {
        if (frameworks.size() != 1) {
            return Optional.empty();
        }
        Framework only = frameworks.getFirst();
        return held.apply(only.id()).none() ? Optional.of(new UntouchedStarter(only)) : Optional.empty();
    }

    /**
     * Whether a framework starting on {@code start} would be replacing it: one starting on or before the
     * starter's own start. One starting later simply follows it, as any next framework does.
     */
    public boolean replacedBy(LocalDate start) {
        return !start.isAfter(framework.trackingStart());
    }

    /** The history's words for the replacement, in the users' words. */
    public String replacementNote() {
        return "Replaced the starter framework \"" + framework.name() + "\" (in force from "
                + DateFormats.display(framework.trackingStart())
                + "), which held no records";
    }
}
