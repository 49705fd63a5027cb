package scot.cswo.assurance.service;

import java.util.Map;
import java.util.Optional;

/**
 * This PC's choice of database: its own embedded file, or the office's PostgreSQL server. Kept in
 * the user's data folder; a password is never stored.
 */
public interface ConnectionSettings {

    /** The server this PC is set to use, if any. */
    Optional<DatabaseChoice.Server> server();

    /**
     * Uses a server from the next start; the address is checked first (only PostgreSQL addresses).
     *
     * @param windowsSignIn sign in with the Windows logon (single sign-on) rather than a password
     */
    void useServer(String url, String user, boolean windowsSignIn);

    /** Uses this PC's own database file from the next start. */
    void useThisPc();

    /**
     * Copies everything in the open embedded database (framework, evidence, attachments, history,
     * roles) to an empty database on the server in one transaction, then checks every table's
     * count on both sides. Administrators only.
     *
     * @return rows copied per table
     */
    Map<String, Integer> copyToServer(Workspace from, String url, String user, char[] password);
}
