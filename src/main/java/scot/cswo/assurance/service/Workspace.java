package scot.cswo.assurance.service;

import java.nio.file.Path;
import scot.cswo.assurance.service.matrix.MatrixService;

/** An open database and the services working on it. Closing it releases the database. */
public interface Workspace extends AutoCloseable {

    /** The database file, as users see it (…\assurance.mv.db). */
    Path location();

    MatrixService matrix();

    @Override
    void close();
}
