package scot.cswo.assurance.app;

import java.lang.reflect.Method;
import java.util.Optional;
import scot.cswo.assurance.service.Identity;

/**
 * Who is signed in, as the operating system says: DOMAIN\\user on Windows (from the logon token,
 * not from anything the user can type or set in an environment variable), the login name elsewhere.
 */
final class OperatingSystemIdentity {

    private OperatingSystemIdentity() {
    }

    static Identity current() {
        return windows().or(OperatingSystemIdentity::unix)
                .orElseGet(() -> new Identity(System.getProperty("user.name", "unknown")));
    }

    /** DOMAIN\\user from the process's logon token (module jdk.security.auth, Windows JDKs only). */
    private static Optional<Identity> windows() {
        try {
            Class<?> ntSystem = Class.forName("com.sun.security.auth.module.NTSystem");
            Object system = ntSystem.getConstructor().newInstance();
            Method domain = ntSystem.getMethod("getDomain");
            Method name = ntSystem.getMethod("getName");
            return Optional.of(new Identity(domain.invoke(system) + "\\" + name.invoke(system)));
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
