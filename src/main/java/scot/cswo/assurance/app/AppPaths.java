package scot.cswo.assurance.app;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the app keeps its files for the signed-in user: on Windows %LOCALAPPDATA%\CSWO Assurance,
 * on Linux ~/.local/share/cswo-assurance. Tests point it elsewhere with -Dcswo.data.dir.
 */
public record AppPaths(Path dataDir) {
    public static final String DATABASE_ENV = "CSWO_ASSURANCE_DB";
    static final String DATA_DIR_PROPERTY = "cswo.data.dir";

    public static AppPaths forCurrentUser() {
        String override = System.getProperty(DATA_DIR_PROPERTY);
        if (override != null && !override.isBlank()) {
            return new AppPaths(Path.of(override));
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = System.getenv("LOCALAPPDATA");
            return new AppPaths(Path.of(local != null ? local : home + "\\AppData\\Local", "CSWO Assurance"));
        }
        if (os.startsWith("mac")) {
            return new AppPaths(Path.of(home, "Library", "Application Support", "CSWO Assurance"));
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return new AppPaths(Path.of(xdg != null && !xdg.isBlank() ? xdg : home + "/.local/share", "cswo-assurance"));
    }

    /** The database used when neither --db nor CSWO_ASSURANCE_DB names one. */
    public Path defaultDatabase() {
        return dataDir.resolve("assurance.mv.db");
    }

    /** The database the user asked for: --db, else the environment variable, else the default. */
    public Path database(Path requested) {
        if (requested != null) {
            return requested;
        }
        String fromEnvironment = System.getenv(DATABASE_ENV);
        return fromEnvironment != null && !fromEnvironment.isBlank() ? Path.of(fromEnvironment) : defaultDatabase();
    }

    /** True when CSWO_ASSURANCE_DB names a database file, which then wins over a server setting. */
    public boolean databaseFromEnvironment() {
        String fromEnvironment = System.getenv(DATABASE_ENV);
        return fromEnvironment != null && !fromEnvironment.isBlank();
    }

    /** This PC's choice of server, if any (no password is ever kept). */
    public Path connectionSettings() {
        return dataDir.resolve("connection.properties");
    }

    /** Where attachments from a server are copied for opening. */
    public Path attachmentCache() {
        return dataDir.resolve("attachments-cache");
    }

    /** This PC's second folder for backups, if chosen (its own disks, so not kept with the database). */
    public Path backupCopySettings() {
        return dataDir.resolve("backup-copies.properties");
    }

    public Path windowState() {
        return dataDir.resolve("window.properties");
    }

    /**
     * The log a single running app writes (older generations are -1, -2 …; while another process
     * holds it, a second one writes "cswo-assurance-0.log.1", which {@link Logging} reports).
     */
    public Path logFile() {
        return dataDir.resolve("logs").resolve("cswo-assurance-0.log");
    }
}
