package scot.cswo.assurance.domain.chase;

import java.util.List;
import scot.cswo.assurance.domain.matrix.Lead;

/** One lead and what they are chased for, overdue first. */
public record LeadChase(Lead lead, List<ChaseItem> items) {

    public LeadChase {
        items = List.copyOf(items);
    }

    public boolean hasAddress() {
        return lead.email() != null && !lead.email().isBlank();
    }
}
