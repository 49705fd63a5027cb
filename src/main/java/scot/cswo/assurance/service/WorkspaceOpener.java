package scot.cswo.assurance.service;

import java.nio.file.Path;

/** Opens the database the user chose, or the default one. */
@FunctionalInterface
public interface WorkspaceOpener {

    enum Mode {
        /** Create the database (and its folder) when there is none yet. */
        CREATE_IF_MISSING,
        /** Refuse when there is no database at the location. */
        MUST_EXIST
    }

    /**
     * @param requested the database the user named (--db), or null for the default location
     * @throws scot.cswo.assurance.domain.problem.StoreUnavailableException when it cannot be opened
     */
    Workspace open(Path requested, Mode mode);
}
