package scot.cswo.assurance.service;

import java.nio.file.Path;

/** Opens the database the user chose, or the usual one. */
@FunctionalInterface
public interface WorkspaceOpener {

    enum Mode {
        /** Create the database (and its folder) when there is none yet. */
        CREATE_IF_MISSING,
        /** Refuse when there is no database at the location. */
        MUST_EXIST
    }

    /** @throws scot.cswo.assurance.domain.problem.StoreUnavailableException when it cannot be opened */
    Workspace open(DatabaseChoice choice, Mode mode);

    /** @param file a database file, or null for the usual database */
    default Workspace open(Path file, Mode mode) {
        return open(file == null ? DatabaseChoice.usual() : new DatabaseChoice.File(file), mode);
    }
}
