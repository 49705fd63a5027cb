package scot.cswo.assurance.service.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jooq.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.domain.access.NotAllowedException;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.domain.problem.StoreUnavailableException;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.matrix.FrameworkEditor.LeadInput;
import scot.cswo.assurance.store.jooq.DefaultSchema;
import scot.cswo.assurance.testing.Dundee;
import scot.cswo.assurance.testing.SecuredServer;
import scot.cswo.assurance.testing.TestEngine;

/**
 * A server set up with the shipped script (ADR 15), each person signing in with their own login:
 * what the app would refuse them, the server refuses too when they go round the app with SQL. A
 * viewer writes nothing, a lead only evidence for their own mechanisms, an editor nothing only an
 * administrator may change, only an administrator gives roles, and no one changes the history.
 */
@EnabledIf("scot.cswo.assurance.testing.TestEngine#postgres")
class ServerEnforcedRolesTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);
    /** Led by Kathryn Sharp, whose account is the lead's login. */
    private static final Ref HERS = new Ref("F1.5");
    /** Led by Jane Martin only. */
    private static final Ref NOT_HERS = new Ref("F1.3");

    @TempDir
    static Path dir;
    private static Path file;
    private static SecuredServer server;
    private static Map<Role, String> logins;
    private static String newcomer;
    private static long hers;
    private static long notHers;

    @BeforeAll
    static void setUpAsTheDbaWould() {
        file = dir.resolve("assurance.mv.db");
        server = new SecuredServer(file);
        try (Workspace owner = Dundee.open(dir, TODAY)) {
            logins = Map.of(Role.ADMINISTRATOR, server.login("ada"), Role.EDITOR, server.login("eddie"), Role.LEAD,
                    server.login("leo"), Role.VIEWER, server.login("vera"));
            newcomer = server.login("newcomer");
            Lead kathryn = owner.editor().leads().stream().filter(l -> l.name().equals("Kathryn Sharp")).findFirst()
                    .orElseThrow();
            owner.editor().updateLead(kathryn.id(), kathryn.version(), new LeadInput(kathryn.name(), null,
                    logins.get(Role.LEAD), null, true));
            hers = owner.matrix().matrix().row(HERS).orElseThrow().mechanism().id();
            notHers = owner.matrix().matrix().row(NOT_HERS).orElseThrow().mechanism().id();
        }
        server.setUp(logins.get(Role.ADMINISTRATOR));
        try (Workspace administrator = open(logins.get(Role.ADMINISTRATOR))) {
            for (Role role : List.of(Role.EDITOR, Role.LEAD, Role.VIEWER)) {
                administrator.access().grant(logins.get(role), role);
            }
        }
    }

    @AfterAll
    static void dropEverythingMadeOnTheServer() {
        server.close();
    }

    @Test
    void eachPersonIsTheLoginTheServerSignedInWithTheRoleTheServerGivesIt() {
        for (Map.Entry<Role, String> login : logins.entrySet()) {
            try (Workspace workspace = open(login.getValue())) {
                assertThat(workspace.access().identity().account()).isEqualTo(login.getValue());
                assertThat(workspace.access().role()).as(login.getValue()).isEqualTo(login.getKey());
                assertThat(workspace.access().enforcedByServer()).isTrue();
            }
        }
        try (Workspace administrator = open(logins.get(Role.ADMINISTRATOR))) {
            assertThat(administrator.access().roles()).containsAllEntriesOf(Map.of(logins.get(Role.ADMINISTRATOR),
                    Role.ADMINISTRATOR, logins.get(Role.EDITOR), Role.EDITOR, logins.get(Role.LEAD), Role.LEAD,
                    logins.get(Role.VIEWER), Role.VIEWER));
        }
    }

    static List<String> everyTable() {
        return DefaultSchema.DEFAULT_SCHEMA.getTables().stream().map(Table::getName).sorted().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTable")
    void aViewersLoginCannotWriteTheTableWithSql(String table) throws SQLException {
        try (Connection viewer = server.connect(logins.get(Role.VIEWER))) {
            String column = firstColumn(viewer, table);
            for (String sql : List.of("insert into " + table + " select * from " + table + " where false",
                    "update " + table + " set " + column + " = " + column + " where false",
                    "delete from " + table + " where false", "truncate " + table)) {
                assertRefused(viewer, sql);
            }
        }
    }

    @Test
    void nobodyTheAppConnectsAsCanUpdateDeleteOrTruncateTheHistory() throws SQLException {
        long entries = count("change_history");
        assertThat(entries).isPositive();
        for (String login : logins.values()) {
            try (Connection connection = server.connect(login)) {
                assertRefused(connection, "update change_history set new_value = 'rewritten'");
                assertRefused(connection, "delete from change_history");
                assertRefused(connection, "truncate change_history");
            }
        }
        assertThat(count("change_history")).isEqualTo(entries);
    }

    @Test
    void onlyAnAdministratorCanGiveRoles() throws SQLException {
        for (Role role : List.of(Role.EDITOR, Role.LEAD, Role.VIEWER)) {
            String login = logins.get(role);
            try (Connection connection = server.connect(login)) {
                assertRefused(connection, "select cswo_set_role('" + login + "', 'administrator')");
                assertRefused(connection, "grant " + server.role(Role.ADMINISTRATOR) + " to " + login);
                assertRefused(connection, "insert into user_role values ('" + login + "', 'ADMINISTRATOR', '"
                        + login + "', now(), 0)");
            }
            try (Workspace workspace = open(login)) {
                assertThatThrownBy(() -> workspace.access().grant(newcomer, Role.ADMINISTRATOR))
                        .isInstanceOf(NotAllowedException.class);
            }
            assertThat(roleOf(newcomer)).isNull();
        }
        try (Workspace administrator = open(logins.get(Role.ADMINISTRATOR))) {
            administrator.access().grant(newcomer, Role.EDITOR);
            assertThat(roleOf(newcomer)).isEqualTo(server.role(Role.EDITOR));
            administrator.access().grant(newcomer, Role.VIEWER);
            assertThat(roleOf(newcomer)).as("the earlier role is taken away").isEqualTo(server.role(Role.VIEWER));
            assertThatThrownBy(() -> administrator.access().grant("nobody_at_all", Role.EDITOR))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("There is no login \"nobody_at_all\"");
        }
    }

    @Test
    void aLeadsLoginCanRecordEvidenceOnlyForTheirOwnMechanisms() throws SQLException {
        String lead = logins.get(Role.LEAD);
        try (Connection connection = server.connect(lead)) {
            assertThat(connection.createStatement().executeUpdate(evidenceFor(hers, lead))).isEqualTo(1);
            assertRefused(connection, evidenceFor(notHers, lead));
            assertThat(connection.createStatement().executeUpdate("update mechanism set last_evidence_date ="
                    + " date '2025-11-01' where id = " + notHers)).as("another lead's mechanism").isZero();
            assertRefused(connection, "update mechanism set description = 'rewritten' where id = " + hers);
            assertRefused(connection, "insert into change_history (changed_at, account, entity, field)"
                    + " values (now(), '" + logins.get(Role.EDITOR) + "', 'evidence', 'in someone else''s name')");
            assertRefused(connection, "insert into lead_absence (lead_id, deputy_lead_id, starts_on, ends_on,"
                    + " recorded_by, recorded_at) select l.id, l.id, current_date, current_date, 'x', now()"
                    + " from lead_officer l where l.name = 'Jane Martin'");
            assertRefused(connection, "insert into framework (name, council, period_label, tracking_start,"
                    + " created_at) values ('Mine', 'Dundee', '2026', current_date, now())");
        }
    }

    @Test
    void anEditorsLoginCannotDoWhatOnlyAnAdministratorMay() throws SQLException {
        String editor = logins.get(Role.EDITOR);
        try (Connection connection = server.connect(editor)) {
            assertThat(connection.createStatement().executeUpdate(evidenceFor(notHers, editor))).isEqualTo(1);
            assertThat(connection.createStatement().executeUpdate("update mechanism set description = description"
                    + " where id = " + notHers)).isEqualTo(1);
            assertRefused(connection, "insert into framework (name, council, period_label, tracking_start,"
                    + " created_at) values ('Mine', 'Dundee', '2026', current_date, now())");
            assertRefused(connection, "update framework set grace_days = 30");
            assertRefused(connection, "update lead_officer set name = 'Someone else' where name = 'Jane Martin'");
            assertRefused(connection, "insert into app_setting values ('small_numbers', '1')");
        }
    }

    @Test
    void runningTheSetUpAgainKeepsEveryonesRoleAndRights() throws SQLException {
        Map<String, Role> before;
        try (Workspace administrator = open(logins.get(Role.ADMINISTRATOR))) {
            before = administrator.access().roles();
        }

        server.setUp("");

        try (Workspace administrator = open(logins.get(Role.ADMINISTRATOR))) {
            assertThat(administrator.access().roles()).isEqualTo(before);
        }
        try (Connection viewer = server.connect(logins.get(Role.VIEWER))) {
            assertRefused(viewer, evidenceFor(hers, logins.get(Role.VIEWER)));
        }
        try (Connection lead = server.connect(logins.get(Role.LEAD))) {
            assertThat(lead.createStatement().executeUpdate(evidenceFor(hers, logins.get(Role.LEAD)))).isEqualTo(1);
            assertRefused(lead, evidenceFor(notHers, logins.get(Role.LEAD)));
        }
    }

    @Test
    void whereTheAppLetsAChangeThroughTheServersRefusalComesBackAsASentence() {
        String viewer = logins.get(Role.VIEWER);
        try (Workspace workspace = open(viewer)) {
            Lead jane = workspace.tasks().leads().stream().filter(l -> l.name().equals("Jane Martin")).findFirst()
                    .orElseThrow();
            // "This is me" asks for no role in the app; on the server a viewer's login writes nothing.
            assertThatThrownBy(() -> workspace.tasks().claim(jane.id())).isInstanceOf(NotAllowedException.class)
                    .hasMessageStartingWith("The server did not allow this change for your login " + viewer
                            + ", so nothing was saved");
        }
    }

    @Test
    void aPersonsLoginIsToldToAskItWhenTheDatabaseNeedsUpgrading() {
        TestEngine.execute(file, "update flyway_schema_history set version = '-16' where version = '16'");
        try {
            assertThatThrownBy(() -> open(logins.get(Role.ADMINISTRATOR)))
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("made by an earlier version of CSWO Assurance (schema version 15")
                    .hasMessageContaining("Ask IT to open it once with this version as the database's owner");
        } finally {
            TestEngine.execute(file, "update flyway_schema_history set version = '16' where version = '-16'");
        }
    }

    @Test
    void aPersonsLoginIsToldToAskItWhenTheSetUpIsOlderThanTheApp() {
        TestEngine.execute(file, "revoke select on measure_target from " + server.role(Role.VIEWER));
        try {
            assertThatThrownBy(() -> open(logins.get(Role.EDITOR))).isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("cannot read measure_target")
                    .hasMessageContaining("run the server set-up script (cswo-server-setup.sql) of this version again");
        } finally {
            TestEngine.execute(file, "grant select on measure_target to " + server.role(Role.VIEWER));
        }
    }

    private static String evidenceFor(long mechanism, String login) {
        return "insert into evidence (mechanism_id, kind, activity_date, note, recorded_by, recorded_at) values ("
                + mechanism + ", 'EVIDENCE', date '2025-11-20', 'Recorded with SQL', '" + login + "', now())";
    }

    private static void assertRefused(Connection connection, String sql) {
        assertThatThrownBy(() -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }).as(sql).isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).as(sql + ": "
                + e.getMessage()).isEqualTo("42501"));
    }

    private static String firstColumn(Connection connection, String table) throws SQLException {
        try (ResultSet columns = connection.getMetaData().getColumns(null, "public", table, null)) {
            columns.next();
            return columns.getString("COLUMN_NAME");
        }
    }

    private static long count(String table) throws SQLException {
        try (Connection administrator = server.connect(logins.get(Role.ADMINISTRATOR));
             ResultSet rows = administrator.createStatement().executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The app role a login holds on the server, as the server's own catalogue says; null for none. */
    private static String roleOf(String login) throws SQLException {
        try (Connection administrator = server.connect(logins.get(Role.ADMINISTRATOR));
             ResultSet rows = administrator.createStatement().executeQuery("select g.rolname from pg_auth_members m"
                     + " join pg_roles g on g.oid = m.roleid join pg_roles p on p.oid = m.member"
                     + " where p.rolname = '" + login + "'")) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static Workspace open(String login) {
        return server.open(new TestApp(dir.resolve("data"), TODAY, new Identity("COUNCIL\\someone")), file, login);
    }
}
