package scot.cswo.assurance.domain.access;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Roles granted to accounts: Windows accounts, compared without case; or, on a server that
 * enforces roles, the server's logins.
 */
public interface RoleRepository {

    Optional<Role> roleOf(String account);

    /** Every account with a role granted. */
    Map<String, Role> all();

    void grant(String account, Role role, String grantedBy, Instant at);

    /** Makes the account Administrator if no role has been granted to anyone yet; true if it did. */
    boolean grantFirstAdministrator(String account, Instant at);

    /** True where the database itself refuses what a role may not do, not only the app (ADR 15). */
    default boolean enforcedByServer() {
        return false;
    }
}
