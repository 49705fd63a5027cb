package scot.cswo.assurance.domain.lead;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.matrix.Mechanism;

/**
 * Whether a lead may record evidence for a mechanism on a day, and for whom: their own mechanisms,
 * and those of leads they deputise for that day (ADR 8). The one place this rule lives; the
 * services enforce it and the window asks it before offering Record.
 *
 * @param allowed    true if the lead leads or covers the mechanism
 * @param actingFor  the absent lead whose mechanism it is, when the lead records as their deputy
 */
public record Recorder(boolean allowed, Optional<Lead> actingFor) {

    /** A person linked to no lead records nothing as a lead. */
    public static final Recorder NOBODY = new Recorder(false, Optional.empty());

    public static Recorder of(Optional<Lead> me, Mechanism mechanism, List<Absence> absences, LocalDate day) {
        if (me.isEmpty()) {
            return NOBODY;
        }
        long mine = me.get().id();
        if (mechanism.leads().stream().anyMatch(l -> l.id() == mine)) {
            return new Recorder(true, Optional.empty());
        }
        return absences.stream()
                .filter(a -> a.covers(day) && a.deputy().id() == mine)
                .map(Absence::lead)
                .filter(absent -> mechanism.leads().stream().anyMatch(l -> l.id() == absent.id()))
                .findFirst()
                .map(absent -> new Recorder(true, Optional.of(absent)))
                .orElse(NOBODY);
    }
}
