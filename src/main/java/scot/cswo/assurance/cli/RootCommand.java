package scot.cswo.assurance.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.service.DatabaseChoice;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.WorkspaceOpener;

/** cswo-assurance: with no command, opens the window; with a command, runs it and exits. */
@Command(name = "cswo-assurance", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Assurance matrix, schedule and annual report for a Chief Social Work Officer's governance "
                + "framework. With no command, opens the desktop window."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success", "  1  something the app did not expect (the message names the log file)",
                "  2  usage error", "  3  invalid data or refused operation", "  4  database unavailable or damaged"})
final class RootCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = {"The database file (the .mv.db suffix may be omitted; a missing folder is created).",
                "Default: $CSWO_ASSURANCE_DB, else the server this PC is set to use, else the per-user data "
                + "folder."})
    Path database;

    @Option(names = "--jdbc", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = {"A shared PostgreSQL database instead of a file: jdbc:postgresql://host[:port]/database.",
                "The password is asked for, or read from the first line of standard input; an empty one is not "
                + "sent, so the server's pgpass.conf (or its own sign-in rules) can supply it."})
    String server;

    @Option(names = "--user", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "The user name for --jdbc.")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = {"With --jdbc: read the password from the first line of this file (UTF-8), for scheduled scripts. "
                + "Keep the file where only your account can read it."})
    Path passwordFile;

    @Option(names = "--windows-sign-in", scope = ScopeType.INHERIT,
            description = {"With --jdbc: sign in with your Windows logon (single sign-on) instead of a password, where IT "
                + "has set the server up for it."})
    boolean windowsSignIn;

    RootCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.openWindow().accept(choice());
        return ExitCode.OK;
    }

    /** The database the options name, or this PC's usual one. */
    DatabaseChoice choice() {
        if (server != null && database != null) {
            throw new InvalidDataException("Give either --db (a file) or --jdbc (a server), not both.");
        }
        if (passwordFile != null && server == null) {
            throw new InvalidDataException("--password-file goes with --jdbc: give the server too.");
        }
        if (server != null) {
            if (user == null || user.isBlank()) {
                throw new InvalidDataException("Give the server user name with --user.");
            }
            return new DatabaseChoice.Server(server, user, windowsSignIn, passwordFile);
        }
        return new DatabaseChoice.File(database);
    }

    /** Opens the database the options name, which must already exist. */
    Workspace open() {
        return open(WorkspaceOpener.Mode.MUST_EXIST);
    }

    Workspace open(WorkspaceOpener.Mode mode) {
        return context.opener().open(choice(), mode);
    }

    /** Opens the database, reads or changes it, and closes it again before anything is printed. */
    <T> T with(Function<Workspace, T> work) {
        try (Workspace workspace = open()) {
            return work.apply(workspace);
        }
    }

    /** Prints what {@code query} reads from the database, in the format asked for. */
    <T> int list(Listing<T> listing, FormatOption output, Function<Workspace, List<T>> query) {
        return list(listing, output, query, null);
    }

    /** @param whenEmpty what the table says when there is nothing to list, so an empty answer is not a puzzle */
    <T> int list(Listing<T> listing, FormatOption output, Function<Workspace, List<T>> query, String whenEmpty) {
        output.print(context, listing.render(output.format, with(query), whenEmpty));
        return ExitCode.OK;
    }
}
