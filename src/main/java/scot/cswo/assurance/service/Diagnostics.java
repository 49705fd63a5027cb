package scot.cswo.assurance.service;

import java.nio.file.Path;

/**
 * A zip for IT when something goes wrong: the log files, the app and system versions, which
 * database is in use, its schema version and how many rows each table holds, and the backups.
 * It holds no evidence text, notes or names beyond Windows account names.
 */
public interface Diagnostics {

    /** @param open the workspace in use, or null if none could be opened */
    void write(Path zip, Workspace open);
}
