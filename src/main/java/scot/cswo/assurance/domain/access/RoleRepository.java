package scot.cswo.assurance.domain.access;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Roles granted to Windows accounts (accounts compared without case). */
public interface RoleRepository {

    Optional<Role> roleOf(String account);

    /** Every account with a role granted. */
    Map<String, Role> all();

    void grant(String account, Role role, String grantedBy, Instant at);

    /** Makes the account Administrator if no role has been granted to anyone yet; true if it did. */
    boolean grantFirstAdministrator(String account, Instant at);
}
