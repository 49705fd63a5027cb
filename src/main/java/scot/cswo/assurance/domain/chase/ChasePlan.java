package scot.cswo.assurance.domain.chase;

import java.time.LocalDate;
import java.util.List;

/**
 * Who would be chased on a date, and for what. Leads with something to chase but no email address
 * are listed apart, so no one is skipped without the office knowing.
 */
public record ChasePlan(LocalDate asOf, List<LeadChase> toChase, List<LeadChase> withoutAddress) {

    public ChasePlan {
        toChase = List.copyOf(toChase);
        withoutAddress = List.copyOf(withoutAddress);
    }

    public boolean nothingToChase() {
        return toChase.isEmpty() && withoutAddress.isEmpty();
    }
}
