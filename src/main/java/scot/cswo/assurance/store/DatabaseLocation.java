package scot.cswo.assurance.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An embedded database file. Users may name it with or without H2's ".mv.db" suffix; H2's URL
 * wants it without.
 */
public record DatabaseLocation(Path base) {
    public static final String SUFFIX = ".mv.db";

    public DatabaseLocation {
        base = base.toAbsolutePath().normalize();
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

    /** Written while the database is open, so a second user learns who has it. */
    Path ownerFile() {
        return base.resolveSibling(base.getFileName() + ".owner");
    }

    String jdbcUrl(boolean mustExist) {
        // WRITE_DELAY=0: a commit reported as saved must survive a killed process.
        return "jdbc:h2:file:" + base + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0" + (mustExist ? ";IFEXISTS=TRUE" : "");
    }
}
