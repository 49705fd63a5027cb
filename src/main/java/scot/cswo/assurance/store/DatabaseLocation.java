package scot.cswo.assurance.store;

import java.nio.file.Files;
import java.nio.file.Path;
import scot.cswo.assurance.domain.problem.StoreUnavailableException;

/**
 * An embedded database file. Users may name it with or without H2's ".mv.db" suffix; H2's URL
 * wants it without.
 */
public record DatabaseLocation(Path base) {
    public static final String SUFFIX = ".mv.db";

    public DatabaseLocation {
        base = base.toAbsolutePath().normalize();
        // H2 reads everything after a semicolon in its URL as connection settings (INIT=… runs SQL),
        // and a URL has no way to quote one: such a path is refused, never passed on.
        if (base.toString().indexOf(';') >= 0) {
            throw new StoreUnavailableException("The database path " + base + SUFFIX + " contains a semicolon (;),"
                    + " which CSWO Assurance cannot use in a database's name or folder; rename it without one."
                    + " Nothing was opened or created.");
        }
    }

    public static DatabaseLocation of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(SUFFIX)) {
            return new DatabaseLocation(file.resolveSibling(name.substring(0, name.length() - SUFFIX.length())));
        }
        return new DatabaseLocation(file);
    }

    /** The file on disk, e.g. C:\Users\me\assurance.mv.db. */
    public Path file() {
        return base.resolveSibling(base.getFileName() + SUFFIX);
    }

    public boolean exists() {
        return Files.exists(file());
    }

    /** Where a new database is built before it is moved here whole: hidden, beside it. */
    DatabaseLocation beingCreated() {
        return new DatabaseLocation(base.resolveSibling("." + base.getFileName() + ".creating"));
    }

    /** Written while the database is open, so a second user learns who has it. */
    Path ownerFile() {
        return base.resolveSibling(base.getFileName() + ".owner");
    }

    /** For reading only: H2 opens its storage read-only, so the file is not changed at all. */
    String readOnlyUrl() {
        return "jdbc:h2:file:" + base + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0";
    }

    String jdbcUrl(boolean mustExist) {
        // WRITE_DELAY=0: a commit reported as saved must survive a killed process.
        return "jdbc:h2:file:" + base + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0" + (mustExist ? ";IFEXISTS=TRUE" : "");
    }
}
