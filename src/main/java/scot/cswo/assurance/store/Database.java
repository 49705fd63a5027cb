package scot.cswo.assurance.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Logger;
import org.h2.api.ErrorCode;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import scot.cswo.assurance.domain.access.NotAllowedException;
import scot.cswo.assurance.domain.problem.Launcher;
import scot.cswo.assurance.domain.problem.DamagedStoreException;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.domain.problem.StoreUnavailableException;
import scot.cswo.assurance.platform.StoragePlace;

/**
 * One open database: an embedded H2 file, or a PostgreSQL server shared by an office. All access
 * goes through {@link #read} and {@link #write}; a write is one transaction and, once it returns,
 * is on disk (H2: forced by CHECKPOINT SYNC; PostgreSQL: by the server's own commit).
 *
 * <p>Callers must never interrupt a thread while it is inside these methods: H2 closes its file
 * channel on interrupt. The desktop app runs them on a dedicated thread that nothing interrupts.
 */
public final class Database implements AutoCloseable {
    private static final String USER = "sa";
    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    /** Raised by the set-up script's functions when they refuse, with a sentence for the user. */
    private static final String REFUSED_BY_SET_UP = "CW001";
    /**
     * H2 loads the classes a database names (trigger and function classes, table engines,
     * serializers) only if they match h2.allowedClasses; this matches none. Set before H2 reads it.
     */
    static final String NO_CLASSES = "-";

    static {
        System.setProperty("h2.allowedClasses", NO_CLASSES);
    }

    /**
     * Files open in this process, and how often: H2 shares one open file between them, and reading
     * it again here would drop H2's lock on it.
     */
    /** Why a database must be on this PC's own disk, and what to do instead. */
    private static final String UNSAFE_PLACE = "where the database can be damaged if the connection drops or a sync"
            + " runs while it is being written. Keep it on this PC's own disk (back it up, then restore the backup"
            + " into a file there) and keep a second copy of its backups on the network or OneDrive, which is safe;"
            + " to share one database between several people, use the office's shared server.";

    private static final Map<Path, Integer> OPEN_HERE = new ConcurrentHashMap<>();

    private final Connection connection;
    private final DSLContext dsl;
    private final DatabaseLocation location;
    private final ServerAddress server;
    /** Present on a server set up to enforce the app's roles; read once, when connecting. */
    private ServerRoles serverRoles;
    private boolean closed;
    private Optional<String> recovered = Optional.empty();

    private Database(Connection connection, DatabaseLocation location, ServerAddress server) {
        this.connection = connection;
        this.location = location;
        this.server = server;
        Settings settings = new Settings()
                // Unquoted names fold to each engine's own case, so one generated schema serves both.
                .withRenderQuotedNames(RenderQuotedNames.NEVER)
                .withRenderSchema(false)
                .withExecuteLogging(false);
        this.dsl = DSL.using(connection, server == null ? SQLDialect.H2 : SQLDialect.POSTGRES, settings);
    }

    /**
     * Opens (or, when allowed, creates) an embedded database and brings its schema up to date.
     * An existing file is first read without opening it (see {@link #verify}); one that is not a
     * whole database of this app's is never opened, replaced or changed.
     */
    public static Database openEmbedded(DatabaseLocation location, boolean createIfMissing) {
        return openEmbedded(location, createIfMissing ? created -> { } : null);
    }

    /**
     * Opens an embedded database; if there is none and {@code setUpIfNew} is given, creates it first.
     * A new database is built whole beside its place, set up by {@code setUpIfNew}, and only then
     * moved there: a process killed meanwhile leaves no database or a whole one (what it left beside
     * is removed the next time). An existing file is read first without being opened (see
     * {@link #verify}); one that is not a whole database of this app's is never opened or changed.
     */
    public static Database openEmbedded(DatabaseLocation location, Consumer<Database> setUpIfNew) {
        Optional<String> recovered = afterInterruptions(location);
        StoragePlace place = StoragePlace.of(location.file().toString());
        if (!location.exists()) {
            if (setUpIfNew == null) {
                throw new StoreUnavailableException("There is no database at " + location.file()
                        + ". Create one with: " + Launcher.command() + " --db \"" + location.file() + "\" init");
            }
            if (!place.local()) {
                throw new RefusedException("A database cannot be created at " + location.file() + ": that is on "
                        + place.description() + ", " + UNSAFE_PLACE + " Nothing was created.");
            }
            create(location, setUpIfNew);
        }
        if (!place.local()) {
            String warning = "The database " + location.file() + " is on " + place.description() + ", "
                    + UNSAFE_PLACE;
            LOG.warning(warning);
            recovered = Optional.of(recovered.map(r -> r + "\n\n").orElse("") + warning);
        }
        if (!OPEN_HERE.containsKey(location.file())) {
            verify(location);
        }
        Database database = connect(location, location.jdbcUrl(true));
        database.recovered = recovered;
        OwnerMarker.claim(location.ownerFile());
        return migrated(database);
    }

    /**
     * Deals with what an interrupted restore, backup check or creation left beside the database: a
     * restore is finished or undone, the rest removed. Says what the user should be told, if anything.
     */
    private static Optional<String> afterInterruptions(DatabaseLocation location) {
        if (OPEN_HERE.containsKey(location.file())) {
            return Optional.empty();
        }
        Optional<String> interrupted = RestoreJournal.recover(location);
        Optional<String> afterWindow = Backups.restoreOutcome(location);
        Backups.clearStaleChecks(location);
        clearInterruptedCreation(location);
        return interrupted.isEmpty() ? afterWindow
                : Optional.of(interrupted.get() + afterWindow.map(more -> " " + more).orElse(""));
    }

    /**
     * What the user must be told on opening, in words for them: a restore that was interrupted and
     * has been finished or undone, or one the window asked for as it closed (done, or failed and
     * undone); a database on a network share, a network drive or OneDrive.
     */
    public Optional<String> recovered() {
        return recovered;
    }

    private static Database connect(DatabaseLocation location, String url) {
        Connection connection;
        try {
            connection = DriverManager.getConnection(url, USER, "");
        } catch (SQLException e) {
            throw unavailable(location, e);
        }
        OPEN_HERE.merge(location.file(), 1, Integer::sum);
        return new Database(connection, location, null);
    }

    private static void create(DatabaseLocation location, Consumer<Database> setUp) {
        createFolder(location);
        DatabaseLocation beside = location.beingCreated();
        if (Files.exists(beside.file())) {
            // Not cleared above: another program holds it.
            throw new StoreUnavailableException("The database " + location.file() + " is being created by another"
                    + " program; try again when it has finished.");
        }
        try (Database created = migrated(connect(beside, beside.jdbcUrl(false)))) {
            setUp.accept(created);
        }
        try {
            try (FileChannel written = FileChannel.open(beside.file(), StandardOpenOption.WRITE)) {
                written.force(true);
            }
            placeWithoutReplacing(beside.file(), location.file());
        } catch (FileAlreadyExistsException e) {
            clearInterruptedCreation(location);
            throw new StoreUnavailableException("The database " + location.file() + " was created by another program"
                    + " at the same moment; this one was not kept.", e);
        } catch (IOException e) {
            throw new StoreUnavailableException("The new database could not be put in place at " + location.file()
                    + ": " + e.getMessage(), e);
        }
        LOG.info(() -> "Created " + location.file());
    }

    /** Moves a whole file into place, never over one that is there: linked, then unlinked, where links work. */
    private static void placeWithoutReplacing(Path from, Path to) throws IOException {
        boolean linked;
        try {
            Files.createLink(to, from);
            linked = true;
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | IOException noLinksHere) {
            linked = false;
        }
        if (linked) {
            try {
                Files.deleteIfExists(from);
            } catch (IOException e) {
                LOG.warning(() -> "Could not remove " + from + ", which is removed the next time: " + e.getMessage());
            }
        } else {
            Files.move(from, to);
        }
        Backups.syncFolder(to.getParent());
    }

    /** Removes what a creation killed part-way left beside the database, unless one is under way. */
    private static void clearInterruptedCreation(DatabaseLocation location) {
        DatabaseLocation beside = location.beingCreated();
        if (!Files.exists(beside.file()) || OPEN_HERE.containsKey(beside.file())) {
            return;
        }
        try (FileChannel channel = FileChannel.open(beside.file(), StandardOpenOption.WRITE);
             FileLock free = channel.tryLock()) {
            if (free == null) {
                return;
            }
        } catch (OverlappingFileLockException | IOException underWay) {
            return;
        }
        try {
            Files.deleteIfExists(beside.file());
        } catch (IOException e) {
            LOG.warning(() -> "Could not remove " + beside.file() + ": " + e.getMessage());
        }
    }

    /**
     * Opens a database only to read it. At the latest version it is opened read-only, so not a byte
     * of the file changes; an older one is brought up to date first, as any opening does.
     */
    public static Database openToRead(DatabaseLocation location) {
        Optional<String> recovered = afterInterruptions(location);
        if (!location.exists()) {
            throw new StoreUnavailableException("There is no database at " + location.file() + ".");
        }
        boolean readOnly = !OPEN_HERE.containsKey(location.file()) && verify(location) == Migrations.LATEST;
        Database database = readOnly ? connect(location, location.readOnlyUrl()) : openEmbedded(location, false);
        database.recovered = recovered;
        return database;
    }

    /** Refuses a file {@link #examine} finds is not a whole database of this app's, saying why; else its version. */
    private static int verify(DatabaseLocation location) {
        Path file = location.file();
        Examined examined = examine(file);
        examined.rejection().ifPresent(rejection -> {
            throw switch (rejection.kind()) {
                case IN_USE -> alreadyOpen(location, rejection.cause());
                case NEWER -> new StoreUnavailableException("The database " + file + " " + rejection.reason()
                        + ". It has not been changed. Install the newer version to open it.");
                case NOT_OURS -> new DamagedStoreException(file, "The database " + file + " " + rejection.reason()
                        + ". It has not been changed; " + restoreHint(location), rejection.cause());
            };
        });
        return examined.version();
    }

    /** Why a file may not be opened, in words that follow its name. */
    record Rejection(Kind kind, String reason, Exception cause) {
        enum Kind { IN_USE, NEWER, NOT_OURS }
    }

    /** A file's schema version, and why it may not be opened if it may not. */
    record Examined(int version, Optional<Rejection> rejection) {
        static Examined refused(Rejection.Kind kind, String reason, Exception cause) {
            return new Examined(0, Optional.of(new Rejection(kind, reason, cause)));
        }
    }

    /**
     * Reads a file as stored, without H2's SQL engine (which would run code kept in it), and says
     * why it may not be opened unless it is a whole database of this app's at a version it knows: not
     * a damaged or truncated file, not one from a newer version, not one holding objects that the
     * app's scripts do not make (ADR 18). The file is not changed.
     */
    static Examined examine(Path file) {
        DatabaseFile.Contents contents;
        try {
            contents = DatabaseFile.read(file);
        } catch (DatabaseFile.Unreadable e) {
            return Examined.refused(e.inUse() ? Rejection.Kind.IN_USE : Rejection.Kind.NOT_OURS,
                    "cannot be read: " + e.getMessage(), e);
        }
        if (contents.version() > Migrations.LATEST) {
            return Examined.refused(Rejection.Kind.NEWER, "was written by a newer version of CSWO Assurance (schema"
                    + " version " + contents.version() + "; this version knows up to " + Migrations.LATEST + ")", null);
        }
        if (contents.version() <= 0) {
            return Examined.refused(Rejection.Kind.NOT_OURS, "is not a complete CSWO Assurance database ("
                    + (contents.version() == 0 ? "it holds none of its tables" : "an upgrade of it did not finish")
                    + ")", null);
        }
        AppSchema.Difference difference = AppSchema.compare(contents);
        if (!difference.foreign().isEmpty()) {
            List<String> named = difference.foreign().stream().sorted(DatabaseFile.MOST_DANGEROUS_FIRST)
                    .map(DatabaseFile::describe).toList();
            LOG.warning(() -> file + " holds objects the app did not create: " + difference.foreign());
            return Examined.refused(Rejection.Kind.NOT_OURS, "holds " + named.getFirst()
                    + (named.size() > 1 ? " and " + (named.size() - 1) + " more" : "") + " that CSWO Assurance did not"
                    + " create (a database from elsewhere may not run code or reach files on this PC)", null);
        }
        if (!difference.missing().isEmpty()) {
            LOG.warning(() -> file + " lacks part of the app's schema: " + difference.missing());
            return Examined.refused(Rejection.Kind.NOT_OURS, "is not a complete CSWO Assurance database (part of its"
                    + " structure is missing)", null);
        }
        return new Examined(contents.version(), Optional.empty());
    }

    /**
     * Connects to a PostgreSQL server and brings its schema up to date. The password is used once
     * and never kept.
     */
    public static Database openServer(ServerAddress address, String user, char[] password) {
        Properties credentials = new Properties();
        credentials.setProperty("user", user == null ? "" : user);
        // An empty password is not sent, so the driver looks in pgpass.conf (%APPDATA%\\postgresql) for one.
        boolean sent = password != null && password.length > 0;
        if (sent) {
            credentials.setProperty("password", new String(password));
        }
        Connection connection;
        try {
            connection = DriverManager.getConnection(address.jdbcUrl(), credentials);
        } catch (SQLException e) {
            // pgjdbc's "no password was provided" is a refused connection (08004), not an unreachable server.
            if (!sent && "08004".equals(e.getSQLState())) {
                throw new StoreUnavailableException("The server for the " + address.describe() + " asks for a"
                        + " password for " + user + ", and none was given or found in PostgreSQL's password file"
                        + " (pgpass.conf).", e);
            }
            throw unreachable(address, e);
        }
        return migrated(new Database(connection, null, address));
    }

    /**
     * Connects signing in with the person's Windows logon (Kerberos single sign-on, ADR 15): no
     * password is asked for or sent; the server must be set up for GSSAPI or SSPI sign-in.
     */
    public static Database openServerWithWindowsSignIn(ServerAddress address, String user) {
        // Java's GSS-API with the credentials the operating system already holds for the person (on
        // Windows its native bridge to SSPI), so no JAAS login file. pgjdbc's own SSPI route needs the
        // Waffle library, which the app does not ship.
        System.setProperty("sun.security.jgss.native", "true");
        System.setProperty("javax.security.auth.useSubjectCredsOnly", "false");
        Connection connection;
        try {
            connection = DriverManager.getConnection(address.jdbcUrl(), windowsSignIn(user));
        } catch (SQLException e) {
            throw signInRefused(address, user, e);
        }
        return migrated(new Database(connection, null, address));
    }

    /** What the driver is told for a Windows sign-in: GSSAPI, the logon's own credentials, no password. */
    static Properties windowsSignIn(String user) {
        Properties settings = new Properties();
        settings.setProperty("user", user == null ? "" : user);
        settings.setProperty("gsslib", "gssapi");
        settings.setProperty("jaasLogin", "false");
        settings.setProperty("gssUseDefaultCreds", "true");
        return settings;
    }

    /**
     * Refuses if a database file is open in any program (H2 holds a lock on it while open), so a
     * restore never replaces a file under someone's feet. A missing file is fine.
     */
    public static void requireNotInUse(DatabaseLocation location) {
        if (!Files.exists(location.file())) {
            return;
        }
        if (OPEN_HERE.containsKey(location.file())) {
            throw inUse(location);
        }
        try (FileChannel channel = FileChannel.open(location.file(), StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw inUse(location);
            }
        } catch (OverlappingFileLockException e) {
            throw inUse(location);
        } catch (IOException e) {
            throw new StoreUnavailableException("The database " + location.file() + " cannot be replaced: "
                    + e.getMessage() + ". Nothing was changed.", e);
        }
    }

    private static StoreUnavailableException alreadyOpen(DatabaseLocation location, Exception cause) {
        return new StoreUnavailableException("The database " + location.file() + " is already open"
                + OwnerMarker.describe(location.ownerFile()).map(o -> " by " + o).orElse(" in another program")
                + ". Close CSWO Assurance there and try again.", cause);
    }

    private static StoreUnavailableException inUse(DatabaseLocation location) {
        return new StoreUnavailableException("The database " + location.file() + " is open"
                + OwnerMarker.describe(location.ownerFile()).map(o -> " by " + o).orElse(" in another program")
                + ". Close CSWO Assurance there first; nothing was changed.");
    }

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    private static Database migrated(Database database) {
        int applied = Migrations.appliedVersion(database.connection);
        if (database.location != null && applied > 0 && applied < Migrations.LATEST) {
            // An upgrade changes the file for good: keep the data as it was first.
            new Backups(database.location).take(database, Instant.now(), ZoneId.systemDefault(),
                    "before-v" + Migrations.LATEST);
        }
        try {
            if (database.server != null) {
                if (applied >= 0 && applied < Migrations.LATEST) {
                    ServerRoles.requireMayUpgrade(database.dsl, database.server.describe(), applied,
                            Migrations.LATEST);
                }
                database.serverRoles = ServerRoles.of(database.dsl).orElse(null);
            }
            Migrations.migrate(database.connection);
            if (database.serverRoles != null) {
                database.serverRoles.requireSetUpFor(database.dsl, DatabaseCopy.inDependencyOrder());
            } else if (database.server != null) {
                LOG.warning(() -> "The " + database.server.describe() + " has not been set up to enforce roles:"
                        + " the app checks them, the server does not (ADR 15).");
            }
            LOG.info(() -> "Opened " + database.description());
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /** The file, for an embedded database. */
    public Optional<DatabaseLocation> embeddedLocation() {
        return Optional.ofNullable(location);
    }

    public boolean embedded() {
        return server == null;
    }

    /**
     * The roles the server enforces, with the login signed in, when its DBA has set it up to
     * (ADR 15); empty for an embedded database and for a server everyone reaches with one login.
     */
    public Optional<ServerRoles> serverRoles() {
        return Optional.ofNullable(serverRoles);
    }

    /** Where the data is, for people: the file, or the database on its server. */
    public String description() {
        return server == null ? location.file().toString() : "PostgreSQL " + server.describe();
    }

    /** Runs a query in a read transaction, so it sees one consistent state. */
    public synchronized <T> T read(Function<DSLContext, T> query) {
        boolean interrupted = Thread.interrupted();
        try {
            return dsl.transactionResult(cfg -> query.apply(DSL.using(cfg)));
        } catch (DataAccessException e) {
            throw failed(e);
        } finally {
            restore(interrupted);
        }
    }

    /** Runs a change as one transaction and forces it to disk before returning. */
    public synchronized <T> T write(Function<DSLContext, T> change) {
        // A pending interrupt would make H2 close its file channel mid-write; it is set again after.
        boolean interrupted = Thread.interrupted();
        try {
            T result = dsl.transactionResult(cfg -> change.apply(DSL.using(cfg)));
            if (server == null) {
                // H2 does not fsync each commit; a user-visible save must survive a power cut.
                dsl.execute("CHECKPOINT SYNC");
            }
            return result;
        } catch (DataAccessException e) {
            throw failed(e);
        } finally {
            restore(interrupted);
        }
    }

    private static void restore(boolean interrupted) {
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Writes a consistent copy of the embedded database as a zip (H2's online BACKUP): what was
     * committed when it starts, while the database stays open.
     */
    public synchronized void backupTo(Path zip) {
        if (server != null) {
            throw new IllegalStateException("A server database is backed up by the server's own tools");
        }
        try {
            dsl.execute("BACKUP TO " + DSL.inline(zip.toAbsolutePath().toString()));
        } catch (DataAccessException e) {
            throw failed(e);
        }
    }

    /** How many rows each table holds, with the schema version: for diagnostics, never content. */
    public Map<String, Integer> tableSizes() {
        return read(ctx -> {
            Map<String, Integer> sizes = new LinkedHashMap<>();
            sizes.put("schema version", Migrations.appliedVersion(connection));
            for (Table<?> table : DatabaseCopy.inDependencyOrder()) {
                sizes.put(table.getName(), ctx.fetchCount(table));
            }
            return sizes;
        });
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreUnavailableException("The database " + description() + " did not close cleanly: "
                    + firstLine(e.getMessage()), e);
        } finally {
            if (location != null) {
                OPEN_HERE.computeIfPresent(location.file(), (file, count) -> count == 1 ? null : count - 1);
                OwnerMarker.release(location.ownerFile());
            }
        }
    }

    private RuntimeException failed(DataAccessException e) {
        SQLException sql = e.getCause(SQLException.class);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        if (server != null && state.startsWith("08")) {
            return new StoreUnavailableException("The connection to the " + server.describe() + " was lost, so"
                    + " nothing was saved. Check the network, then restart CSWO Assurance. ("
                    + firstLine(sql.getMessage()) + ")", e);
        }
        if (server != null && state.equals(INSUFFICIENT_PRIVILEGE)) {
            // The server's own check (ADR 15): reached only where the app's check let the change through.
            return new NotAllowedException("The server did not allow this change for your login"
                    + serverRoles().map(r -> " " + r.login()).orElse("") + ", so nothing was saved ("
                    + serverMessage(sql) + "). An administrator can change your role.");
        }
        if (server != null && state.equals(REFUSED_BY_SET_UP)) {
            return new RefusedException(serverMessage(sql));
        }
        if (server == null && sql != null && (sql.getErrorCode() == ErrorCode.DATABASE_IS_CLOSED
                || sql.getErrorCode() == ErrorCode.DATABASE_CALLED_AT_SHUTDOWN)) {
            return new StoreUnavailableException("The database " + location.file() + " stopped after it could not"
                    + " write to the disk, so nothing was saved. Close CSWO Assurance, check the disk has space and"
                    + " the folder is writable, then start it again; everything saved before is kept.", e);
        }
        if (server == null && sql != null && (isIoProblem(sql.getErrorCode()) || causedByIo(e))) {
            return new StoreUnavailableException("The database " + location.file()
                    + " could not be written; nothing was saved. Check the disk is not full and the folder is"
                    + " writable. (" + firstLine(sql.getMessage()) + ")", e);
        }
        return e;
    }

    /** The server's sentence, without its "ERROR:" and the lines saying where in its code it arose. */
    private static String serverMessage(SQLException e) {
        return firstLine(e.getMessage()).replaceFirst("^ERROR:\\s*", "");
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
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> alreadyOpen(location, e);
            case ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1, ErrorCode.DATABASE_NOT_FOUND_1 ->
                    new StoreUnavailableException("There is no database at " + file + ".", e);
            case ErrorCode.WRONG_USER_OR_PASSWORD -> new StoreUnavailableException("The file " + file
                    + " is not a CSWO Assurance database (it belongs to another program). It has not been changed.", e);
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.GENERAL_ERROR_1 ->
                    new DamagedStoreException(location.file(), "The database " + file + " cannot be read: it is"
                            + " damaged or was written by an incompatible version. It has not been changed; "
                            + restoreHint(location) + " (" + firstLine(e.getMessage()) + ")", e);
            default -> isIoProblem(e.getErrorCode())
                    ? new StoreUnavailableException("The database " + file + " cannot be opened: the file or its"
                            + " folder cannot be read or written. (" + firstLine(e.getMessage()) + ")", e)
                    : new StoreUnavailableException("The database " + file + " cannot be opened: "
                            + firstLine(e.getMessage()), e);
        };
    }

    static StoreUnavailableException unreachable(ServerAddress address, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String where = "the " + address.describe();
        if (state.startsWith("08")) {
            return new StoreUnavailableException("The server for " + where + " cannot be reached. Check the address,"
                    + " that this PC is on the council network, and that the server is running. ("
                    + firstLine(e.getMessage()) + ")", e);
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return new StoreUnavailableException("The server refused the user name or password for " + where + ".", e);
        }
        if (state.equals("3D000")) {
            return new StoreUnavailableException("There is no " + where + ". Ask IT to create an empty database;"
                    + " CSWO Assurance sets it up on first use.", e);
        }
        return new StoreUnavailableException(where.substring(0, 1).toUpperCase(Locale.ROOT)
                + where.substring(1) + " cannot be opened: " + firstLine(e.getMessage()), e);
    }

    /** A Windows sign-in the server did not take: anything but an unreachable server is about the sign-in. */
    static StoreUnavailableException signInRefused(ServerAddress address, String user, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("08001") || state.equals("3D000")) {
            return unreachable(address, e);
        }
        return new StoreUnavailableException("The server for the " + address.describe() + " did not accept the"
                + " Windows sign-in for " + user + ". Ask IT whether it is set up for single sign-on for you (user"
                + " guide, \"A shared server\"), or sign in with a password in File > Database connection. ("
                + firstLine(e.getMessage()) + ")", e);
    }

    private static String restoreHint(DatabaseLocation location) {
        var backups = new Backups(location).list();
        return backups.isEmpty() ? "there are no backups of it, so ask IT to restore the file from the council's"
                + " backups." : "the newest backup is from " + backups.getFirst().takenAt().toLocalDate() + " ("
                + backups.getFirst().file() + "); restore it with: " + Launcher.command() + " restore \""
                + backups.getFirst().file() + "\" --db \"" + location.file() + "\"";
    }

    /** H2 reports a full disk as a "general error" wrapping the IOException. */
    private static boolean causedByIo(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
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
