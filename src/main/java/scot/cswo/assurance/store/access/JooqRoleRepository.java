package scot.cswo.assurance.store.access;

import static scot.cswo.assurance.store.jooq.Tables.USER_ROLE;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.domain.access.RoleRepository;
import scot.cswo.assurance.store.Database;
import scot.cswo.assurance.store.History;
import scot.cswo.assurance.store.ServerLock;

/** Roles by account in the relational store; accounts are kept in lower case. */
public final class JooqRoleRepository implements RoleRepository {
    private final Database database;

    public JooqRoleRepository(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Role> roleOf(String account) {
        return database.read(ctx -> ctx.select(USER_ROLE.ROLE).from(USER_ROLE).where(USER_ROLE.ACCOUNT.eq(key(account)))
                .fetchOptional(USER_ROLE.ROLE).map(Role::valueOf));
    }

    @Override
    public Map<String, Role> all() {
        return database.read(ctx -> {
            Map<String, Role> roles = new LinkedHashMap<>();
            ctx.selectFrom(USER_ROLE).orderBy(USER_ROLE.ACCOUNT)
                    .forEach(r -> roles.put(r.getAccount(), Role.valueOf(r.getRole())));
            return roles;
        });
    }

    @Override
    public void grant(String account, Role role, String grantedBy, Instant at) {
        database.write(ctx -> {
            String old = ctx.select(USER_ROLE.ROLE).from(USER_ROLE).where(USER_ROLE.ACCOUNT.eq(key(account)))
                    .fetchOne(USER_ROLE.ROLE);
            ctx.deleteFrom(USER_ROLE).where(USER_ROLE.ACCOUNT.eq(key(account))).execute();
            ctx.insertInto(USER_ROLE).set(USER_ROLE.ACCOUNT, key(account)).set(USER_ROLE.ROLE, role.name())
                    .set(USER_ROLE.GRANTED_BY, grantedBy)
                    .set(USER_ROLE.GRANTED_AT, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).execute();
            History.record(ctx, grantedBy, at, "role", null, key(account), old, role.name());
            return null;
        });
    }

    @Override
    public boolean grantFirstAdministrator(String account, Instant at) {
        if (database.read(ctx -> ctx.fetchExists(USER_ROLE))) {
            return false;
        }
        return database.write(ctx -> {
            // On a server several people may open a new database at once: one of them is first.
            ServerLock.FIRST_ADMINISTRATOR.take(ctx);
            if (ctx.fetchExists(USER_ROLE)) {
                return false;
            }
            ctx.insertInto(USER_ROLE).set(USER_ROLE.ACCOUNT, key(account)).set(USER_ROLE.ROLE, Role.ADMINISTRATOR.name())
                    .set(USER_ROLE.GRANTED_BY, account)
                    .set(USER_ROLE.GRANTED_AT, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).execute();
            History.record(ctx, account, at, "role", null, key(account), null, Role.ADMINISTRATOR.name()
                    + " (first account to open the database)");
            return true;
        });
    }

    private static String key(String account) {
        return account.strip().toLowerCase(Locale.ROOT);
    }
}
