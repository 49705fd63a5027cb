package scot.cswo.assurance.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import scot.cswo.assurance.domain.problem.StoreUnavailableException;

/**
 * The database file named by CSWO_ASSURANCE_DB. In cmd, {@code set CSWO_ASSURANCE_DB="C:\My Data\a.mv.db"}
 * keeps the quotes in the value, which Windows paths cannot hold: surrounding quotes are taken off,
 * and a value that is still no path is answered with a sentence saying how to set it.
 */
final class DatabaseVariable {

    private DatabaseVariable() {
    }

    /** The file this process's environment names, if it names one. */
    static Optional<Path> fromEnvironment() {
        return parse(System.getenv(AppPaths.DATABASE_ENV));
    }

    static Optional<Path> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String path = value.strip();
        if (path.length() >= 2 && (path.startsWith("\"") && path.endsWith("\"")
                || path.startsWith("'") && path.endsWith("'"))) {
            path = path.substring(1, path.length() - 1).strip();
        }
        try {
            return Optional.of(Path.of(path));
        } catch (InvalidPathException e) {
            throw new StoreUnavailableException(AppPaths.DATABASE_ENV + " is set to " + value + ", which is not a"
                    + " path to a file (" + e.getReason() + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1)
                    : "") + "). Set it to the database file, for example: set " + AppPaths.DATABASE_ENV
                    + "=C:\\Data\\assurance.mv.db (no quotes are needed, even with spaces).");
        }
    }
}
