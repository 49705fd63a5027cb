package scot.cswo.assurance.platform;

import java.util.Locale;
import java.util.Map;

/**
 * Whether this is a remote desktop session (Remote Desktop, Citrix): there, the profile holding
 * the database and its backups is often thrown away at sign-out or lost with the server.
 */
public final class RemoteSession {

    private RemoteSession() {
    }

    /** True when SESSIONNAME says RDP-… or ICA-…, or CLIENTNAME names the PC the session is shown on. */
    public static boolean remote(Map<String, String> environment) {
        String session = environment.getOrDefault("SESSIONNAME", "").strip().toUpperCase(Locale.ROOT);
        String client = environment.getOrDefault("CLIENTNAME", "").strip();
        return session.startsWith("RDP-") || session.startsWith("ICA-")
                || !client.isEmpty() && !"console".equalsIgnoreCase(client);
    }
}
