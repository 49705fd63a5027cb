package scot.cswo.assurance.app;

import java.nio.file.Path;
import java.time.Clock;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.WorkspaceOpener;
import scot.cswo.assurance.service.matrix.MatrixService;
import scot.cswo.assurance.store.Database;
import scot.cswo.assurance.store.DatabaseLocation;
import scot.cswo.assurance.store.matrix.JooqMatrixRepository;

/** The services wired to one embedded H2 database. */
final class EmbeddedWorkspace implements Workspace {
    private final Database database;
    private final MatrixService matrix;

    private EmbeddedWorkspace(Database database, Clock clock) {
        this.database = database;
        this.matrix = new MatrixService(new JooqMatrixRepository(database, clock));
    }

    /** Opens the database the user asked for (or the default) as a workspace. */
    static WorkspaceOpener opener(AppPaths paths, Clock clock) {
        return (requested, mode) -> new EmbeddedWorkspace(
                Database.openEmbedded(DatabaseLocation.of(paths.database(requested)),
                        mode == WorkspaceOpener.Mode.CREATE_IF_MISSING),
                clock);
    }

    @Override
    public Path location() {
        return database.location().file();
    }

    @Override
    public MatrixService matrix() {
        return matrix;
    }

    @Override
    public void close() {
        database.close();
    }
}
