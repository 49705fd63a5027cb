package scot.cswo.assurance.service;

import java.nio.file.Path;

/** Which database to open: a file on this PC, or the office's PostgreSQL server. */
public sealed interface DatabaseChoice {

    /** @param path the file, or null for this PC's usual one (or the server it is set to use) */
    record File(Path path) implements DatabaseChoice {
    }

    /**
     * @param url           a PostgreSQL address, jdbc:postgresql://host:port/database
     * @param windowsSignIn sign in with the person's Windows logon (Kerberos single sign-on), not a
     *                      password: nothing is asked for
     * @param passwordFile  a file whose first line is the password, for scripts; null: asked for
     */
    record Server(String url, String user, boolean windowsSignIn, Path passwordFile) implements DatabaseChoice {

        public Server(String url, String user, boolean windowsSignIn) {
            this(url, user, windowsSignIn, null);
        }

        /** Signing in with a password, asked for each time. */
        public Server(String url, String user) {
            this(url, user, false);
        }
    }

    /** Whatever this PC is set to use: its server if one is set, else its usual file. */
    static DatabaseChoice usual() {
        return new File(null);
    }
}
