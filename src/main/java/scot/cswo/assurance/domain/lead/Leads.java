package scot.cswo.assurance.domain.lead;

import java.util.List;
import java.util.Locale;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.problem.RefusedException;

/** Finding a lead by the name typed on the command line. */
public final class Leads {

    private Leads() {
    }

    /** The lead with this name (any case), or a refusal naming the leads there are. */
    public static Lead named(List<Lead> leads, String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return leads.stream().filter(l -> l.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst()
                .orElseThrow(() -> new RefusedException("There is no lead called \"" + name.strip() + "\". Leads are: "
                        + String.join(", ", leads.stream().map(Lead::name).toList()) + "."));
    }
}
