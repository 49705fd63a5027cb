package scot.cswo.assurance.store.access;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import scot.cswo.assurance.domain.access.AccountNames;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.domain.access.RoleRepository;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.store.Database;
import scot.cswo.assurance.store.History;
import scot.cswo.assurance.store.ServerRoles;

/**
 * Roles on a server set up to enforce them (ADR 15): a person's role is the server role their
 * login holds, read from the server itself, and giving one changes it on the server (through the
 * set-up's {@code cswo_set_role}, which only administrators may call). Accounts are logins, as
 * the server spells them.
 */
public final class ServerRoleRepository implements RoleRepository {
    /** Each app role with its rank, highest first, for picking the highest a login holds. */
    private static final String RANKED = "(values (4, 'ADMINISTRATOR'), (3, 'EDITOR'), (2, 'LEAD'), (1, 'VIEWER'))"
            + " v(rank, app_role)";

    private final Database database;
    private final ServerRoles roles;

    public ServerRoleRepository(Database database, ServerRoles roles) {
        this.database = database;
        this.roles = roles;
    }

    /** The highest role the login holds; Viewer for a login that holds none (it cannot connect). */
    @Override
    public Optional<Role> roleOf(String account) {
        return Optional.of(database.read(ctx -> highest(ctx, account)));
    }

    /** Every login holding a role, except superusers (the DBA's, which hold every role). */
    @Override
    public Map<String, Role> all() {
        return database.read(ctx -> {
            Map<String, Role> all = new LinkedHashMap<>();
            for (Record login : ctx.fetch("select p.rolname::text, (select app_role from " + RANKED
                    + " where pg_has_role(p.oid, ? || lower(app_role), 'USAGE') order by rank desc limit 1)"
                    + " from pg_roles p where p.rolcanlogin and not p.rolsuper and pg_has_role(p.oid, ?, 'USAGE')"
                    + " order by 1", roles.prefix() + "_", roles.serverRole(Role.VIEWER))) {
                all.put(login.get(0, String.class), Role.valueOf(login.get(1, String.class)));
            }
            return all;
        });
    }

    /**
     * Gives the login the account names its role. "COUNCIL\\jsmith" or "jsmith@council.gov.uk" typed
     * for the login "jsmith" finds it (ADR 22); a name two logins could be is refused, naming both.
     */
    @Override
    public void grant(String account, Role role, String grantedBy, Instant at) {
        database.write(ctx -> {
            String login = login(ctx, account);
            Role old = highest(ctx, login);
            ctx.fetch("select public.cswo_set_role(?, ?)", login, role.name().toLowerCase(Locale.ROOT));
            History.record(ctx, grantedBy, at, "role", null, login, old, role.name());
            return null;
        });
    }

    /** The login an account as typed names: itself if there is one, else the one login that is the same person. */
    private static String login(DSLContext ctx, String account) {
        List<String> logins = ctx.fetch("select rolname::text from pg_roles where rolcanlogin and not rolsuper"
                + " order by 1").getValues(0, String.class);
        if (logins.contains(account)) {
            return account;
        }
        List<String> same = logins.stream().filter(l -> AccountNames.UNKNOWN.samePerson(l, account)).toList();
        if (same.size() > 1) {
            throw new RefusedException(account + " could be any of the logins " + String.join(", ", same)
                    + "; give the login itself.");
        }
        return same.isEmpty() ? account : same.getFirst();
    }

    /** The DBA names the first administrator when setting the server up; nobody becomes one by arriving first. */
    @Override
    public boolean grantFirstAdministrator(String account, Instant at) {
        return false;
    }

    @Override
    public boolean enforcedByServer() {
        return true;
    }

    private Role highest(DSLContext ctx, String login) {
        Record held = ctx.fetchOne("select app_role from pg_roles p, " + RANKED
                + " where p.rolname = ? and pg_has_role(p.oid, ? || lower(app_role), 'USAGE')"
                + " order by rank desc limit 1", login, roles.prefix() + "_");
        return held == null ? Role.VIEWER : Role.valueOf(held.get(0, String.class));
    }
}
