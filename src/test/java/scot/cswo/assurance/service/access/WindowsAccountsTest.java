package scot.cswo.assurance.service.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.access.AccountNames;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.matrix.FrameworkEditor.LeadInput;
import scot.cswo.assurance.testing.Dundee;

/**
 * One person, written as an administrator types them and as Windows signs them in (ADR 22): a role
 * granted to "jsmith", "COUNCIL\jsmith", "jsmith@council.local" or, on an Entra-joined PC, the
 * sign-in name behind "AzureAD\JSmith" is that person's, whichever way they are signed in.
 */
class WindowsAccountsTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);
    /** A PC in the COUNCIL domain, whose DNS name is council.local (USERDOMAIN, USERDNSDOMAIN). */
    private static final AccountNames COUNCIL_PC = new AccountNames("COUNCIL", "COUNCIL.LOCAL");

    @TempDir
    Path dir;

    @BeforeEach
    void administratorOpensFirst() {
        Dundee.open(dir, TODAY, new Identity("COUNCIL\\admin", true, COUNCIL_PC)).close();
    }

    private void grant(String account, Role role) {
        try (Workspace admin = Dundee.open(dir, TODAY, new Identity("COUNCIL\\admin", true, COUNCIL_PC))) {
            admin.access().grant(account, role);
        }
    }

    private Role roleOf(Identity signedIn) {
        try (Workspace workspace = Dundee.open(dir, TODAY, signedIn)) {
            return workspace.access().role();
        }
    }

    @Test
    void aRoleGrantedToTheSignInNameOfThisDomainIsTheDomainAccounts() {
        grant("JSmith@council.local", Role.EDITOR);

        assertThat(roleOf(new Identity("COUNCIL\\jsmith", true, COUNCIL_PC))).isEqualTo(Role.EDITOR);
    }

    @Test
    void aRoleGrantedToABareNameIsThatPersonsInTheDomainAndOnAnEntraJoinedPc() {
        grant("jsmith", Role.EDITOR);

        assertThat(roleOf(new Identity("COUNCIL\\JSmith", true, COUNCIL_PC))).isEqualTo(Role.EDITOR);
        assertThat(roleOf(new Identity("AzureAD\\JSmith"))).isEqualTo(Role.EDITOR);
    }

    @Test
    void anEntraAccountIsTheSignInNameItWasMadeFrom() {
        grant("jsmith@council.gov.uk", Role.EDITOR);

        assertThat(roleOf(new Identity("AzureAD\\JSmith"))).isEqualTo(Role.EDITOR);
    }

    @Test
    void theSameNameInAnotherDomainIsAnotherPerson() {
        grant("COUNCIL\\jsmith", Role.EDITOR);

        assertThat(roleOf(new Identity("NHSTAYSIDE\\jsmith", true, COUNCIL_PC))).isEqualTo(Role.VIEWER);
    }

    @Test
    void grantingThePersonAgainUnderAnotherSpellingReplacesTheirRoleRatherThanAddingOne() {
        grant("jsmith@council.local", Role.EDITOR);
        grant("COUNCIL\\JSMITH", Role.VIEWER);

        try (Workspace admin = Dundee.open(dir, TODAY, new Identity("COUNCIL\\admin", true, COUNCIL_PC))) {
            Map<String, Role> roles = admin.access().roles();
            assertThat(roles).containsEntry("council\\jsmith", Role.VIEWER).doesNotContainKey("jsmith@council.local");
        }
        assertThat(roleOf(new Identity("COUNCIL\\jsmith", true, COUNCIL_PC))).isEqualTo(Role.VIEWER);
    }

    @Test
    void aLeadWhoseAccountIsWrittenAsTheirSignInNameIsTheSignedInLead() {
        try (Workspace admin = Dundee.open(dir, TODAY, new Identity("COUNCIL\\admin", true, COUNCIL_PC))) {
            Lead jane = admin.editor().leads().stream().filter(l -> l.name().equals("Jane Martin")).findFirst()
                    .orElseThrow();
            admin.editor().updateLead(jane.id(), jane.version(), new LeadInput(jane.name(), jane.jobTitle(),
                    "jmartin@council.local", jane.email(), true));
        }

        try (Workspace jane = Dundee.open(dir, TODAY, new Identity("COUNCIL\\JMartin", true, COUNCIL_PC))) {
            assertThat(jane.access().role()).isEqualTo(Role.LEAD);
            assertThat(jane.tasks().me()).map(Lead::name).contains("Jane Martin");
        }
    }
}
