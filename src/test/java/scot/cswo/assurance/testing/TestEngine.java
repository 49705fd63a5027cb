package scot.cswo.assurance.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import scot.cswo.assurance.domain.problem.StoreUnavailableException;
import scot.cswo.assurance.store.Database;
import scot.cswo.assurance.store.DatabaseLocation;
import scot.cswo.assurance.store.ServerAddress;
import scot.cswo.assurance.service.ConnectionField;

/**
 * The engine the store and service tests run against: embedded H2 by default, or PostgreSQL
 * when the build runs them a second time with {@code -Dcswo.test.engine=postgres} (see the pom's
 * postgres profile and .ci/run). On PostgreSQL each database file a test names becomes its own
 * server database, so tests that close and reopen "the same file" see the same data.
 *
 * <p>The server comes from CSWO_TEST_PG_URL (a database the test user can connect to, such as
 * jdbc:postgresql://127.0.0.1:5432/cswo_admin), CSWO_TEST_PG_USER and CSWO_TEST_PG_PASSWORD. If the
 * postgres engine is chosen and they are missing or the server is down, the tests fail: they never
 * pass quietly without a server.
 */
public final class TestEngine {
    private static final String PREFIX = "cswo_t_";
    private static volatile boolean cleaned;

    private TestEngine() {
    }

    public static boolean postgres() {
        return "postgres".equals(System.getProperty("cswo.test.engine", "h2"));
    }

    /** Opens (creating if missing) the test database for a file path, on the engine in use. */
    public static Database open(Path file) {
        if (!postgres()) {
            return Database.openEmbedded(DatabaseLocation.of(file), true);
        }
        String name = databaseFor(file);
        if (!exists(name)) {
            create(name, null);
        }
        return Database.openServer(address(name), user(), password().toCharArray());
    }

    /** The server database standing for a file path. */
    public static String databaseFor(Path file) {
        String key = DatabaseLocation.of(file.toAbsolutePath().normalize()).file().toString();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(hash).substring(0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean exists(String name) {
        return admin(statement -> {
            try (ResultSet rows = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                return rows.next();
            }
        });
    }

    /** Creates an empty database, or a copy of {@code template} (which must not be open). */
    public static void create(String name, String template) {
        cleanOnce();
        admin(statement -> statement.executeUpdate("create database " + name
                + (template == null ? "" : " template " + template)));
    }

    /** Copies a closed test database: a file copy on H2, a template copy on PostgreSQL. */
    public static void copy(Path from, Path to) {
        if (postgres()) {
            create(databaseFor(to), databaseFor(from));
            return;
        }
        try {
            Files.copy(DatabaseLocation.of(from).file(), DatabaseLocation.of(to).file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ServerAddress address(String database) {
        ServerAddress admin = ServerAddress.parse(setting("CSWO_TEST_PG_URL"), ConnectionField.SERVER_ADDRESS);
        return new ServerAddress(admin.host(), admin.port(), database, admin.options());
    }

    public static String user() {
        return setting("CSWO_TEST_PG_USER");
    }

    public static String password() {
        return setting("CSWO_TEST_PG_PASSWORD");
    }

    /** Runs a statement for the whole server (such as creating a login) as the test user. */
    public static void execute(String sql) {
        admin(statement -> statement.execute(sql));
    }

    /** Runs a statement on a test database as the test user (its owner), outside the app. */
    public static void execute(Path file, String sql) {
        on(databaseFor(file), statement -> statement.execute(sql));
    }

    /** The first column of the first row of a query on a test database, as a number. */
    public static long number(Path file, String sql) {
        return on(databaseFor(file), statement -> {
            try (ResultSet rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** Databases left by earlier runs are dropped before the first new one is made. */
    private static void cleanOnce() {
        if (cleaned) {
            return;
        }
        cleaned = true;
        // "_" is a wildcard in LIKE: escaped, so the connection's own database (cswo_test) never matches.
        List<String> old = names("select datname from pg_database where datname like '" + PREFIX.replace("_", "\\_")
                + "%' and pg_get_userbyid(datdba) = current_user");
        old.forEach(TestEngine::drop);
        // Roles made for test databases that no longer exist (ADR 15): their copies have just gone.
        dropRolesNamed("select rolname from pg_roles where rolname ~ '^" + PREFIX + "[0-9a-f]{20}_'"
                + " and not exists (select 1 from pg_database where datname = substring(rolname for 27))");
    }

    public static void drop(String name) {
        for (int attempt = 1; ; attempt++) {
            try {
                admin(statement -> statement.executeUpdate("drop database if exists " + name + " with (force)"));
                return;
            } catch (StoreUnavailableException e) {
                // A login's connection, just closed, takes a moment to end, and only its own role may end it sooner.
                boolean othersStillThere = e.getCause() instanceof SQLException sql
                        && "42501".equals(sql.getSQLState());
                if (!othersStillThere || attempt == 100) {
                    throw e;
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Drops the roles a server set-up made for a test database, and its test logins: all named after
     * it (ADR 15). Every database they have rights in must be dropped first.
     */
    public static void dropRoles(String name) {
        dropRolesNamed("select rolname from pg_roles where rolname like '" + name.replace("_", "\\_") + "\\_%'");
    }

    /** Drops the roles a query names, except those a database still uses (a copy's run drops them). */
    private static void dropRolesNamed(String query) {
        for (String role : names(query)) {
            try {
                admin(statement -> statement.executeUpdate("drop role if exists " + role));
            } catch (StoreUnavailableException stillUsed) {
                // Dropped by the run that drops the databases using it.
            }
        }
    }

    private static List<String> names(String query) {
        return admin(statement -> {
            List<String> names = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(query)) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        });
    }

    private interface Work<T> {
        T run(Statement statement) throws SQLException;
    }

    private static <T> T admin(Work<T> work) {
        return on(ServerAddress.parse(setting("CSWO_TEST_PG_URL"), ConnectionField.SERVER_ADDRESS).database(), work);
    }

    private static <T> T on(String database, Work<T> work) {
        try (Connection connection = DriverManager.getConnection(address(database).jdbcUrl(), user(), password());
             Statement statement = connection.createStatement()) {
            return work.run(statement);
        } catch (SQLException e) {
            throw new StoreUnavailableException("The PostgreSQL test server is not usable: " + e.getMessage(), e);
        }
    }

    private static String setting(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("The PostgreSQL tests need " + name + " (see .ci/run and the README).");
        }
        return value;
    }
}
