package scot.cswo.assurance.service;

import java.nio.file.Path;
import java.util.function.Consumer;

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

    /**
     * Opens the database, creating it if there is none, and sets it up with {@code setUp} (which may
     * refuse by throwing). A new file is set up before it is put in its place, so it is never seen
     * half made; an existing database, or one on a server, is set up where it is.
     */
    default Workspace create(DatabaseChoice choice, Consumer<Workspace> setUp) {
        return setUpInPlace(open(choice, Mode.CREATE_IF_MISSING), setUp);
    }

    /** Sets up an open database where it is; closes it if that is refused. */
    static Workspace setUpInPlace(Workspace workspace, Consumer<Workspace> setUp) {
        try {
            setUp.accept(workspace);
            return workspace;
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
    }
}
