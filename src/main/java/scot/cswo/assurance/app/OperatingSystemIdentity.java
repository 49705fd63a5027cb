package scot.cswo.assurance.app;

import java.lang.reflect.Method;
import scot.cswo.assurance.service.Identity;

/**
 * Who is signed in, as the operating system says: DOMAIN\\user on Windows (from the logon token,
 * not from anything the user can type or set in an environment variable), the login name elsewhere.
 */
final class OperatingSystemIdentity {

    private OperatingSystemIdentity() {
    }

    static Identity current() {
        try {
            // com.sun.security.auth.module.NTSystem exists only on Windows JDKs, hence reflection.
            Class<?> ntSystem = Class.forName("com.sun.security.auth.module.NTSystem");
            Object system = ntSystem.getConstructor().newInstance();
            Method domain = ntSystem.getMethod("getDomain");
            Method name = ntSystem.getMethod("getName");
            return new Identity(domain.invoke(system) + "\\" + name.invoke(system));
        } catch (ReflectiveOperationException | LinkageError notWindows) {
            return new Identity(System.getProperty("user.name", "unknown"));
        }
    }
}
