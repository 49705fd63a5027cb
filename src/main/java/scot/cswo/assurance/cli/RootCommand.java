package scot.cswo.assurance.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** cswo-assurance: with no command, opens the window; with a command, runs it and exits. */
@Command(name = "cswo-assurance", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Assurance matrix, schedule and annual report for a Chief Social Work Officer's",
                "governance framework. With no command, opens the desktop window."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success", "  2  usage error", "  3  invalid data or refused operation",
                "  4  database unavailable or damaged"})
final class RootCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = {"The database file (the .mv.db suffix may be omitted; a missing folder is created).",
                    "Default: $CSWO_ASSURANCE_DB, else the per-user data folder."})
    Path database;

    RootCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.openWindow().accept(database);
        return ExitCode.OK;
    }
}
