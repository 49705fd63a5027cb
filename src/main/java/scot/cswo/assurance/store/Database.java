package scot.cswo.assurance.store;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.function.Function;
import org.h2.api.ErrorCode;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import scot.cswo.assurance.domain.problem.StoreUnavailableException;

/**
 * One open database. All access goes through {@link #read} and {@link #write}; a write is one
 * transaction and, once it returns, is on disk.
 *
 * <p>Callers must never interrupt a thread while it is inside these methods: H2 closes its file
 * channel on interrupt. The desktop app runs them on a dedicated thread that nothing interrupts.
 */
public final class Database implements AutoCloseable {
    private static final String USER = "sa";

    private final Connection connection;
    private final DSLContext dsl;
    private final DatabaseLocation location;

    private Database(Connection connection, DatabaseLocation location) {
        this.connection = connection;
        this.location = location;
        Settings settings = new Settings()
                // Unquoted names fold to each engine's own case, so one generated schema serves both.
                .withRenderQuotedNames(RenderQuotedNames.NEVER)
                .withRenderSchema(false)
                .withExecuteLogging(false);
        this.dsl = DSL.using(connection, SQLDialect.H2, settings);
    }

    /**
     * Opens (or, when allowed, creates) an embedded database and brings its schema up to date.
     * An existing file that cannot be opened is never replaced or changed.
     */
    public static Database openEmbedded(DatabaseLocation location, boolean createIfMissing) {
        boolean exists = location.exists();
        if (!exists && !createIfMissing) {
            throw new StoreUnavailableException("There is no database at " + location.file()
                    + ". Create one with: cswo-assurance --db \"" + location.file() + "\" init");
        }
        if (!exists) {
            createFolder(location);
        } else if (isEmpty(location)) {
            // Likely truncated by a fault: starting afresh in it would hide the loss.
            throw new StoreUnavailableException("The database file " + location.file() + " is empty (0 bytes), so it"
                    + " may have been damaged. It has not been changed; restore a backup, or move the file away to"
                    + " start a new database.");
        }
        Connection connection;
        try {
            connection = DriverManager.getConnection(location.jdbcUrl(exists), USER, "");
        } catch (SQLException e) {
            throw unavailable(location, e);
        }
        OwnerMarker.claim(location.ownerFile());
        Database database = new Database(connection, location);
        try {
            Migrations.migrate(connection);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    public DatabaseLocation location() {
        return location;
    }

    /** Runs a query in a read transaction, so it sees one consistent state. */
    public synchronized <T> T read(Function<DSLContext, T> query) {
        try {
            return dsl.transactionResult(cfg -> query.apply(DSL.using(cfg)));
        } catch (DataAccessException e) {
            throw failed(e);
        }
    }

    /** Runs a change as one transaction and forces it to disk before returning. */
    public synchronized <T> T write(Function<DSLContext, T> change) {
        try {
            T result = dsl.transactionResult(cfg -> change.apply(DSL.using(cfg)));
            // H2 does not fsync each commit; a user-visible save must survive a power cut.
            dsl.execute("CHECKPOINT SYNC");
            return result;
        } catch (DataAccessException e) {
            throw failed(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (!connection.isClosed()) {
                connection.close();
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("The database " + location.file() + " did not close cleanly: "
                    + firstLine(e.getMessage()), e);
        } finally {
            OwnerMarker.release(location.ownerFile());
        }
    }

    private RuntimeException failed(DataAccessException e) {
        SQLException sql = e.getCause(SQLException.class);
        if (sql != null && isIoProblem(sql.getErrorCode())) {
            return new StoreUnavailableException("The database " + location.file()
                    + " could not be written; nothing was saved. Check the disk is not full and the folder is"
                    + " writable. (" + firstLine(sql.getMessage()) + ")", e);
        }
        return e;
    }

    private static boolean isEmpty(DatabaseLocation location) {
        try {
            return Files.size(location.file()) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static void createFolder(DatabaseLocation location) {
        try {
            Files.createDirectories(location.file().getParent());
        } catch (IOException e) {
            throw new StoreUnavailableException("The folder " + location.file().getParent()
                    + " could not be created: " + e.getMessage(), e);
        }
    }

    static StoreUnavailableException unavailable(DatabaseLocation location, SQLException e) {
        String file = location.file().toString();
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new StoreUnavailableException("The database " + file
                    + " is already open" + OwnerMarker.describe(location.ownerFile()).map(o -> " by " + o).orElse(
                    " in another program") + ". Close CSWO Assurance there and try again.", e);
            case ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1, ErrorCode.DATABASE_NOT_FOUND_1 ->
                    new StoreUnavailableException("There is no database at " + file + ".", e);
            case ErrorCode.WRONG_USER_OR_PASSWORD -> new StoreUnavailableException("The file " + file
                    + " is not a CSWO Assurance database (it belongs to another program). It has not been changed.", e);
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.GENERAL_ERROR_1 ->
                    new StoreUnavailableException("The database " + file + " cannot be read: it is damaged or was"
                            + " written by an incompatible version. It has not been changed; restore a backup or ask"
                            + " IT for help. (" + firstLine(e.getMessage()) + ")", e);
            default -> isIoProblem(e.getErrorCode())
                    ? new StoreUnavailableException("The database " + file + " cannot be opened: the file or its"
                            + " folder cannot be read or written. (" + firstLine(e.getMessage()) + ")", e)
                    : new StoreUnavailableException("The database " + file + " cannot be opened: "
                            + firstLine(e.getMessage()), e);
        };
    }

    private static boolean isIoProblem(int code) {
        return code == ErrorCode.IO_EXCEPTION_1 || code == ErrorCode.IO_EXCEPTION_2
                || code == ErrorCode.FILE_CREATION_FAILED_1 || code == ErrorCode.DATABASE_IS_READ_ONLY
                || code == ErrorCode.OUT_OF_MEMORY;
    }

    static String firstLine(String message) {
        if (message == null) {
            return "no details";
        }
        String line = message.lines().findFirst().orElse(message);
        return line.replaceAll("\\s*\\[\\d+-\\d+]$", "");
    }
}
