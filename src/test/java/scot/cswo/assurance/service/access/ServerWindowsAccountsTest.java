package scot.cswo.assurance.service.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.matrix.FrameworkEditor.LeadInput;
import scot.cswo.assurance.testing.Dundee;
import scot.cswo.assurance.testing.SecuredServer;

/**
 * On a server that enforces roles (ADR 15) people are its logins, named as IT made them ("jsmith");
 * administrators and the leads list write them as Windows does. Both sides find the login (ADR 22).
 */
@EnabledIf("scot.cswo.assurance.testing.TestEngine#postgres")
class ServerWindowsAccountsTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);
    /** Led by Kathryn Sharp only. */
    private static final Ref HERS = new Ref("F1.5");

    @TempDir
    static Path dir;
    private static Path file;
    private static SecuredServer server;
    private static String administrator;
    private static String lead;
    private static long hers;

    @BeforeAll
    static void setUpAsTheDbaWould() {
        file = dir.resolve("assurance.mv.db");
        server = new SecuredServer(file);
        try (Workspace owner = Dundee.open(dir, TODAY)) {
            administrator = server.login("ada");
            lead = server.login("kathryn");
            Lead kathryn = owner.editor().leads().stream().filter(l -> l.name().equals("Kathryn Sharp")).findFirst()
                    .orElseThrow();
            // Written as her sign-in name; her login is the bare name.
            owner.editor().updateLead(kathryn.id(), kathryn.version(), new LeadInput(kathryn.name(), null,
                    lead.toUpperCase() + "@council.gov.uk", null, true));
            hers = owner.matrix().matrix().row(HERS).orElseThrow().mechanism().id();
        }
        server.setUp(administrator);
    }

    @AfterAll
    static void dropEverythingMadeOnTheServer() {
        server.close();
    }

    private static Workspace open(String login) {
        return server.open(new TestApp(dir.resolve("data"), TODAY, new Identity("COUNCIL\\someone")), file, login);
    }

    @Test
    void aRoleGivenToTheLoginWrittenAsADomainAccountReachesTheLogin() {
        String jsmith = server.login("jsmith");
        try (Workspace admin = open(administrator)) {
            admin.access().grant("COUNCIL\\" + jsmith.toUpperCase(), Role.EDITOR);
        }

        try (Workspace person = open(jsmith)) {
            assertThat(person.access().role()).isEqualTo(Role.EDITOR);
        }
    }

    @Test
    void aLeadWhoseAccountIsWrittenAsASignInNameMayRecordForTheirMechanismOnTheServerItself() throws SQLException {
        try (Workspace admin = open(administrator)) {
            admin.access().grant(lead, Role.LEAD);
        }
        try (Connection connection = server.connect(lead)) {
            assertThat(connection.createStatement().executeUpdate("insert into evidence (mechanism_id, kind,"
                    + " activity_date, note, recorded_by, recorded_at) values (" + hers + ", 'EVIDENCE',"
                    + " date '2025-11-20', 'Recorded with SQL', '" + lead + "', now())")).isEqualTo(1);
        }
        try (Workspace kathryn = open(lead)) {
            assertThat(kathryn.access().myLead()).map(Lead::name).contains("Kathryn Sharp");
        }
    }
}
