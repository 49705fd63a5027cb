package scot.cswo.assurance.domain.matrix;

import java.util.List;
import java.util.stream.Collectors;
import scot.cswo.assurance.domain.frequency.Frequency;

/** An assurance mechanism. One mechanism may serve several functions; its evidence counts for all. */
public record Mechanism(long id, String description, Frequency frequency, List<Lead> leads) {

    public Mechanism {
        leads = List.copyOf(leads);
    }

    /** Leads joined as the framework writes them: "Jane Martin / Kathryn Sharp". */
    public String leadNames() {
        return leads.stream().map(Lead::name).collect(Collectors.joining(" / "));
    }
}
