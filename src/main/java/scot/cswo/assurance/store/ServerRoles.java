package scot.cswo.assurance.store;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Table;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.domain.problem.StoreUnavailableException;

/**
 * A server whose DBA has run the set-up script (resources/server/cswo-server-setup.sql, ADR 15):
 * each person signs in with their own login, and the server role that login holds
 * ({@code <prefix>_viewer}, {@code _lead}, {@code _editor} or {@code _administrator}) is their role
 * in the app. The server enforces it: the app's own checks are then a second line, not the only one.
 *
 * @param prefix what the set-up named the roles after (the database's name)
 * @param login  who the server says is signed in
 */
public record ServerRoles(String prefix, String login) {
    private static final String SCRIPT = "the server set-up script (cswo-server-setup.sql)";

    /** The roles, when the server has been set up to enforce them; read as the connection opens. */
    static Optional<ServerRoles> of(DSLContext ctx) {
        if (value(ctx, Boolean.class, "select to_regprocedure('public.cswo_role_prefix()') is not null")) {
            return Optional.of(new ServerRoles(value(ctx, String.class, "select public.cswo_role_prefix()"),
                    value(ctx, String.class, "select session_user::text")));
        }
        return Optional.empty();
    }

    /** The server role that stands for an app role. */
    public String serverRole(Role role) {
        return prefix + "_" + role.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Refuses to go on when this login cannot read every table: the set-up was made for an earlier
     * version of the app, and the DBA must run this version's script again.
     */
    void requireSetUpFor(DSLContext ctx, List<Table<?>> tables) {
        List<String> unreadable = tables.stream().map(Table::getName).filter(name -> !value(ctx,
                Boolean.class, "select has_table_privilege(?, 'SELECT')", name)).toList();
        if (!unreadable.isEmpty()) {
            throw new StoreUnavailableException("The server's set-up is older than this version of CSWO Assurance:"
                    + " your login " + login + " cannot read " + String.join(", ", unreadable) + ". Ask IT to run "
                    + SCRIPT + " of this version again (user guide, \"A shared server\").");
        }
    }

    /** Refuses an upgrade this login may not make: on a set-up server only the owner changes tables. */
    static void requireMayUpgrade(DSLContext ctx, String where, int applied, int latest) {
        if (value(ctx, Boolean.class, "select has_schema_privilege(current_schema(), 'CREATE')")) {
            return;
        }
        String login = value(ctx, String.class, "select session_user::text");
        throw new StoreUnavailableException(applied == 0
                ? "The " + where + " holds no CSWO Assurance data yet, and your login " + login + " may not set"
                + " it up. Ask IT to open it once as the database's owner, then to run " + SCRIPT + "."
                : "The " + where + " was made by an earlier version of CSWO Assurance (schema version " + applied
                + "; this version needs " + latest + "), and your login " + login + " may not upgrade it. Ask IT"
                + " to open it once with this version as the database's owner, then to run " + SCRIPT
                + " again. Nothing was changed.");
    }

    private static <T> T value(DSLContext ctx, Class<T> type, String sql, Object... bindings) {
        return ctx.fetchOne(sql, bindings).get(0, type);
    }
}
