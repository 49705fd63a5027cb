package scot.cswo.assurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import scot.cswo.assurance.app.TestApp;

/** {@code leads set --email} takes an address as Outlook copies it, name and all, and keeps the address. */
class LeadAddressPastedFromOutlookTest extends CommandLineTest {

    @Test
    void theNameRoundTheAddressIsDroppedAndTheAddressSaved() {
        run("--db", db(), "init");

        TestApp.Run set = run("--db", db(), "leads", "set", "--name", "Jane Martin", "--email",
                "Jane Martin <jane.martin@dundeecity.gov.uk>");

        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(run("--db", db(), "leads", "list", "--format", "csv").out())
                .contains("Jane Martin,,jane.martin@dundeecity.gov.uk,Yes");
    }
}
