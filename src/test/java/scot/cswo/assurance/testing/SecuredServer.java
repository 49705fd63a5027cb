package scot.cswo.assurance.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.store.ServerAddress;

/**
 * A test database set up as a council's DBA sets up the real one: the set-up script the app ships
 * run with psql, and a login per person. Logins are named after the database, so runs never meet.
 */
public final class SecuredServer implements AutoCloseable {
    private static final String PASSWORD = "own-login-password";

    private final Path file;
    private final String database;

    /** The test database standing for this file, which must exist and hold the app's tables. */
    public SecuredServer(Path file) {
        this.file = file;
        this.database = TestEngine.databaseFor(file);
    }

    /**
     * Creates a person's own login, as IT would, once the database exists (a test run clearing up
     * drops roles whose database has gone); returns its name.
     */
    public String login(String person) {
        String login = loginName(person);
        TestEngine.execute("create role " + login + " login password '" + PASSWORD + "'");
        return login;
    }

    /** What {@link #login} names a person's login. */
    public String loginName(String person) {
        return database + "_" + person;
    }

    /** The server role the set-up made for an app role. */
    public String role(Role role) {
        return database + "_" + role.name().toLowerCase(Locale.ROOT);
    }

    /** Runs the shipped set-up script with psql as the database's owner, naming the first administrator. */
    public void setUp(String firstAdministrator) {
        ServerAddress address = TestEngine.address(database);
        Path script = shippedScript();
        List<String> command = List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", address.host(), "-p",
                Integer.toString(address.port()), "-U", TestEngine.user(), "-d", database, "-v",
                "first_administrator=" + firstAdministrator, "-f", script.toString());
        try {
            ProcessBuilder psql = new ProcessBuilder(command).redirectErrorStream(true);
            psql.environment().put("PGPASSWORD", TestEngine.password());
            Process running = psql.start();
            String output = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!running.waitFor(60, TimeUnit.SECONDS) || running.exitValue() != 0) {
                throw new IllegalStateException("The set-up script failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("psql (PostgreSQL's client) is needed to run the set-up script", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Connects as a login with a SQL tool would, outside the app. */
    public Connection connect(String login) throws SQLException {
        return DriverManager.getConnection(TestEngine.address(database).jdbcUrl(), login, PASSWORD);
    }

    /** Opens the app on this database (or a copy of it) as a login, signing in as the app does. */
    public Workspace open(TestApp app, Path database, String login) {
        return app.openServer(TestEngine.address(TestEngine.databaseFor(database)).jdbcUrl(), login, PASSWORD);
    }

    /**
     * Drops the database and the roles made for it; roles that copies of it still use are left for
     * the next run, which drops the copies first.
     */
    @Override
    public void close() {
        TestEngine.drop(database);
        TestEngine.dropRoles(database);
    }

    private static Path shippedScript() {
        try (InputStream in = SecuredServer.class.getResourceAsStream("/server/cswo-server-setup.sql")) {
            if (in == null) {
                throw new IllegalStateException("server/cswo-server-setup.sql is not on the class path");
            }
            Path script = Files.createTempFile("cswo-server-setup", ".sql");
            script.toFile().deleteOnExit();
            Files.write(script, in.readAllBytes());
            return script;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
