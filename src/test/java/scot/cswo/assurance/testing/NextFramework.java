package scot.cswo.assurance.testing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import scot.cswo.assurance.domain.matrix.FrameworkDetails;
import scot.cswo.assurance.service.Workspace;

/**
 * A council's next framework, prepared in advance: three rows (F1.1, F1.2, F2.1), as an office
 * would import it in December to start in April.
 */
public final class NextFramework {
    public static final String NAME = "CSWO Governance Framework 2027-2031";
    public static final String CSV = """
            Function,Function title,Assurance mechanism,Lead,Frequency
            1,Professional advice,Peer review of advice to committees,Jane Martin,Quarterly
            1,,Membership of IJB,Jane Martin,2 monthly
            2,Public protection,Oversight of public protection scorecards,Kathryn Sharp,Report to Joint SW MTM
            """;

    private NextFramework() {
    }

    /** Imports it to come into force on {@code from}. */
    public static void importFrom(Workspace workspace, LocalDate from) {
        var preview = workspace.imports().preview("next.csv", CSV.getBytes(StandardCharsets.UTF_8));
        workspace.imports().apply(preview, new FrameworkDetails(NAME, "Dundee City Council", "2027-2031", from,
                Month.APRIL, 0));
    }
}
