package scot.cswo.assurance.app;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.logging.Logger;
import scot.cswo.assurance.domain.access.AccountNames;
import scot.cswo.assurance.service.access.Identity;

/**
 * Who is signed in, as the operating system says: DOMAIN\\user on Windows (from the logon token,
 * not from anything the user can type or set in an environment variable), the login name elsewhere.
 * When neither can be read (a runtime without the jdk.security.auth module), nobody is named:
 * user.name is never used, since anyone can set it (-Duser.name=…) to pass as someone else.
 */
final class OperatingSystemIdentity {
    private static final Logger LOG = Logger.getLogger(OperatingSystemIdentity.class.getName());

    private OperatingSystemIdentity() {
    }

    static Identity current() {
        return windows().or(OperatingSystemIdentity::unix).orElseGet(() -> {
            LOG.warning("The signed-in account could not be read from the operating system (is the jdk.security.auth"
                    + " module missing?); nothing may be changed.");
            return Identity.unreadable();
        });
    }

    /** DOMAIN\\user from the process's logon token (module jdk.security.auth, Windows JDKs only). */
    private static Optional<Identity> windows() {
        try {
            Class<?> ntSystem = Class.forName("com.sun.security.auth.module.NTSystem");
            Object system = ntSystem.getConstructor().newInstance();
            Method domain = ntSystem.getMethod("getDomain");
            Method name = ntSystem.getMethod("getName");
            // USERDOMAIN and USERDNSDOMAIN only say which domain sign-in names belong to; the account is the token's.
            return Optional.of(new Identity(domain.invoke(system) + "\\" + name.invoke(system), true,
                    new AccountNames(System.getenv("USERDOMAIN"), System.getenv("USERDNSDOMAIN"))));
        } catch (ReflectiveOperationException | LinkageError notWindows) {
            return Optional.empty();
        }
    }

    /** The login name of the process's user id, as the system's user database gives it. */
    private static Optional<Identity> unix() {
        try {
            Class<?> unixSystem = Class.forName("com.sun.security.auth.module.UnixSystem");
            Object system = unixSystem.getConstructor().newInstance();
            return Optional.of(new Identity((String) unixSystem.getMethod("getUsername").invoke(system)));
        } catch (ReflectiveOperationException | LinkageError | ClassCastException notUnix) {
            return Optional.empty();
        }
    }
}
