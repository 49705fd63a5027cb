package scot.cswo.assurance.cli;

import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import scot.cswo.assurance.domain.access.ConflictException;
import scot.cswo.assurance.domain.access.NotAllowedException;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.domain.problem.StoreUnavailableException;

/**
 * The command line. Errors reach the user as one plain sentence and an exit code, never a stack
 * trace; unexpected ones are logged in full.
 */
public final class Cli {
    private static final Logger LOG = Logger.getLogger(Cli.class.getName());

    private Cli() {
    }

    /** Runs the command in {@code args} and returns the process exit code. */
    public static int run(CliContext given, String... args) {
        CliContext context = given.withOpener(new TellingOpener(given.opener(), given.err()));
        CommandLine commandLine = Converters.register(new CommandLine(new RootCommand(context))
                .addSubcommand(new InitCommand(context))
                .addSubcommand(new MatrixCommand(context))
                .addSubcommand(new EvidenceCommand(context))
                .addSubcommand(new MeetingsCommand(context))
                .addSubcommand(new ActionsCommand(context))
                .addSubcommand(new DatasetCommand(context))
                .addSubcommand(new StatusCommand(context))
                .addSubcommand(new ReportCommand(context))
                .addSubcommand(new QbrCommand(context))
                .addSubcommand(new ImportCommand(context))
                .addSubcommand(new ExportCommand(context))
                .addSubcommand(new CalendarCommand(context))
                .addSubcommand(new HistoryCommand(context))
                .addSubcommand(new RolesCommand(context))
                .addSubcommand(new BackupCommand(context))
                .addSubcommand(new RestoreCommand(context))
                .addSubcommand(new DiagnosticsCommand(context)))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(context.out())
                .setErr(context.err())
                .setParameterExceptionHandler(Cli::usageError)
                .setExecutionExceptionHandler((e, cmd, parsed) -> failure(context, e));
        commandLine.getCommandSpec().version("CSWO Assurance " + context.version());
        try {
            return commandLine.execute(args);
        } finally {
            context.out().flush();
            context.err().flush();
        }
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String message = e.getMessage();
        if (e instanceof UnmatchedArgumentException unmatched && cmd.getParent() == null
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().getFirst().startsWith("-")) {
            message = "Unknown command '" + unmatched.getUnmatched().getFirst() + "'. Commands: "
                    + String.join(", ", cmd.getSubcommands().keySet()) + ".";
        }
        var err = cmd.getErr();
        err.println("cswo-assurance: " + message);
        err.print(cmd.getHelp().synopsis(0));
        err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for details.");
        return ExitCode.USAGE;
    }

    private static int failure(CliContext context, Exception e) {
        var err = context.err();
        switch (e) {
            case InvalidDataException invalid -> {
                for (Problem problem : invalid.problems()) {
                    err.println(problem.describe());
                }
                err.println("Nothing was changed.");
                return ExitCode.INVALID_DATA;
            }
            case RefusedException refused -> {
                err.println(refused.getMessage());
                return ExitCode.INVALID_DATA;
            }
            case NotAllowedException notAllowed -> {
                err.println(notAllowed.getMessage());
                return ExitCode.INVALID_DATA;
            }
            case ConflictException conflict -> {
                err.println(conflict.getMessage());
                return ExitCode.INVALID_DATA;
            }
            case StoreUnavailableException unavailable -> {
                err.println(unavailable.getMessage());
                return ExitCode.DATABASE_UNAVAILABLE;
            }
            default -> {
                LOG.log(Level.SEVERE, "Unexpected error", e);
                err.println("Something went wrong that the app did not expect: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ". Details are in " + context.logFile());
                return ExitCode.UNEXPECTED;
            }
        }
    }
}
