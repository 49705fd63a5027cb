package scot.cswo.assurance.domain.matrix;

import java.util.List;
import java.util.stream.Collectors;
import scot.cswo.assurance.domain.frequency.Frequency;
import scot.cswo.assurance.domain.frequency.FrequencyTimeline;

/**
 * An assurance mechanism. One mechanism may serve several functions; its evidence counts for all.
 *
 * @param frequency   the newest rule; {@code frequencies} holds earlier ones still used for past periods
 * @param version     changes with every save, so a save based on an older version is refused
 */
public record Mechanism(long id, String description, Frequency frequency, List<Lead> leads, int version,
                        FrequencyTimeline frequencies) {

    public Mechanism {
        leads = List.copyOf(leads);
        if (frequencies == null) {
            frequencies = FrequencyTimeline.of(frequency);
        }
    }

    public Mechanism(long id, String description, Frequency frequency, List<Lead> leads) {
        this(id, description, frequency, leads, 0, null);
    }

    /** Leads joined as the framework writes them: "Jane Martin / Kathryn Sharp". */
    public String leadNames() {
        return leads.stream().map(Lead::name).collect(Collectors.joining(" / "));
    }
}
