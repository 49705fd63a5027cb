package scot.cswo.assurance.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import scot.cswo.assurance.cli.Cli;
import scot.cswo.assurance.cli.CliContext;
import scot.cswo.assurance.service.access.Identity;
import scot.cswo.assurance.domain.problem.StoreUnavailableException;
import scot.cswo.assurance.service.ConnectionSettings;
import scot.cswo.assurance.service.DatabaseChoice;
import scot.cswo.assurance.service.Diagnostics;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.WorkspaceOpener;
import scot.cswo.assurance.service.Restorer;
import scot.cswo.assurance.store.Database;
import scot.cswo.assurance.store.ServerAttachmentStore;
import scot.cswo.assurance.testing.TestEngine;

/** The app wired as Main wires it, but with its data folder and clock chosen by the test. */
public final class TestApp {
    private final AppPaths paths;
    private final Clock clock;

    private final Identity identity;

    public TestApp(Path dataDir, LocalDate today) {
        this(dataDir, today, new Identity("COUNCIL\\tester"));
    }

    /** As a particular signed-in account. */
    public TestApp(Path dataDir, LocalDate today, Identity identity) {
        this.paths = new AppPaths(dataDir);
        this.clock = Clock.fixed(today.atTime(12, 0).atZone(ZoneId.of("Europe/London")).toInstant(),
                ZoneId.of("Europe/London"));
        this.identity = identity;
    }

    public record Run(int exitCode, String out, String err) {
    }

    /**
     * Opens databases as the app does, on the test engine: H2 files, or (in the PostgreSQL run)
     * one server database per file path.
     */
    public WorkspaceOpener opener() {
        if (!TestEngine.postgres()) {
            return new Workspaces(paths, server -> null, identity, clock);
        }
        return (choice, mode) -> {
            Path file = choice instanceof DatabaseChoice.File(Path path) && path != null ? path : paths.defaultDatabase();
            String name = TestEngine.databaseFor(file);
            if (!TestEngine.exists(name)) {
                if (mode == WorkspaceOpener.Mode.MUST_EXIST) {
                    throw new StoreUnavailableException("There is no database at " + file + ".");
                }
                TestEngine.create(name, null);
            }
            Database database = Database.openServer(TestEngine.address(name), TestEngine.user(),
                    TestEngine.password().toCharArray());
            return new DatabaseWorkspace(database, new ServerAttachmentStore(database, paths.attachmentCache()),
                    identity, clock, new EmbeddedBackups.ThisPc(paths.backupCopySettings(), java.util.Map.of()));
        };
    }

    /**
     * Opens a server database the way the app opens the one in its connection settings: signing in
     * as {@code user} with this password, and taking who it is from the server where the server
     * enforces roles.
     */
    public Workspace openServer(String url, String user, String password) {
        return new Workspaces(paths, server -> password.toCharArray(), identity, clock)
                .open(new DatabaseChoice.Server(url, user), WorkspaceOpener.Mode.MUST_EXIST);
    }

    /** This test's connection settings, kept in its data folder. */
    public ConnectionSettings connections() {
        return new ConnectionSettingsFile(paths.connectionSettings());
    }

    public Diagnostics diagnostics() {
        return new DiagnosticsFile(paths, "9.9.9-test", clock);
    }

    /** Puts backups in place of database files, as the app does. */
    public Restorer restorer() {
        return new FileRestorer(paths, identity, clock);
    }

    public Clock clock() {
        return clock;
    }

    /** Runs the command line in this JVM and captures what it prints. */
    public Run cli(String... args) {
        return cliAnswering("", args);
    }

    /** As {@link #cli}, answering {@code password} when the command asks for one (the mail relay's). */
    public Run cliAnswering(String password, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new CliContext(opener(), new PrintWriter(out), new PrintWriter(err), clock, "9.9.9-test",
                requested -> {
                    throw new AssertionError("the window must not open in a command-line test");
                }, paths.logFile(), restorer(), diagnostics(), prompt -> password.toCharArray()), args);
        return new Run(code, out.toString(), err.toString());
    }
}
