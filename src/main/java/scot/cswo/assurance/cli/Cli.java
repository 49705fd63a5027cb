package scot.cswo.assurance.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import scot.cswo.assurance.domain.access.ConflictException;
import scot.cswo.assurance.domain.access.NotAllowedException;
import scot.cswo.assurance.domain.problem.ControlCharacters;
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

    /** The commands in the order {@code --help} lists them. */
    private static final List<Class<?>> COMMANDS = List.of(InitCommand.class, MatrixCommand.class,
            EvidenceCommand.class, MeetingsCommand.class, ActionsCommand.class, DatasetCommand.class,
            StatusCommand.class, LeadsCommand.class, ChaseCommand.class, DigestCommand.class, MailCommand.class,
            ReportCommand.class, QbrCommand.class, ImportCommand.class, ExportCommand.class, CalendarCommand.class,
            HistoryCommand.class, RolesCommand.class, ServerScriptCommand.class, BackupCommand.class,
            RestoreCommand.class, DiagnosticsCommand.class);

    private Cli() {
    }

    /** Runs the command in {@code args} and returns the process exit code. */
    public static int run(CliContext given, String... args) {
        // Nothing from the data reaches the terminal as a control character, whichever command prints it.
        PrintWriter err = HarmlessOutput.around(given.err(), true);
        CliContext context = new CliContext(new TellingOpener(given.opener(), err),
                HarmlessOutput.around(given.out(), false), err, given.clock(), given.version(), given.openWindow(),
                given.logFile(), given.restorer(), given.diagnostics(), given.askPassword());
        try {
            List<Problem> refused = controlCharacters(args);
            if (!refused.isEmpty()) {
                refused.forEach(problem -> context.err().println(problem.describe()));
                context.err().println("Nothing was changed.");
                return ExitCode.INVALID_DATA;
            }
            return execute(context, args);
        } finally {
            context.out().flush();
            context.err().flush();
        }
    }

    /** Every argument holding a control character, named by its option where it has one. */
    static List<Problem> controlCharacters(String... args) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            int control = ControlCharacters.first(args[i]).orElse(-1);
            if (control < 0) {
                continue;
            }
            String option = args[i].startsWith("--") && args[i].contains("=") ? args[i].substring(0, args[i].indexOf('='))
                    : i > 0 && args[i - 1].startsWith("-") ? args[i - 1] : "Argument " + (i + 1);
            problems.add(new Problem(null, 0, option, args[i], "this value " + ControlCharacters.refusal(control)));
        }
        return problems;
    }

    private static int execute(CliContext context, String... args) {
        CommandLine commandLine = commands(context, asked(args))
                .setOut(context.out())
                .setErr(context.err())
                .setParameterExceptionHandler(Cli::usageError)
                .setExecutionExceptionHandler((e, cmd, parsed) -> failure(context, e));
        commandLine.getCommandSpec().version("CSWO Assurance " + context.version());
        return commandLine.execute(args);
    }

    /** Every command and its options, as {@code --help} describes them. */
    static CommandLine commands(CliContext context) {
        return commands(context, COMMANDS);
    }

    /**
     * The root command with {@code which} beneath it. Picocli reads every option of every command it is
     * given, by reflection, before parsing: for one command that took longer than running {@code status}.
     */
    private static CommandLine commands(CliContext context, List<Class<?>> which) {
        CommandLine root = new CommandLine(new RootCommand(context));
        for (Class<?> type : which) {
            try {
                root.addSubcommand(type.getDeclaredConstructor(CliContext.class).newInstance(context));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot make the " + type.getSimpleName(), e);
            }
        }
        return Converters.register(root).setCaseInsensitiveEnumValuesAllowed(true);
    }

    /**
     * The one command {@code args} names, or all of them when it names none (the root's help, the window,
     * an unknown command and its list of commands): the first argument that is a command's name and not
     * the value of an option before it.
     */
    static List<Class<?>> asked(String... args) {
        CommandSpec root = CommandSpec.forAnnotatedObject(new RootCommand(null));
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                break;
            }
            OptionSpec before = i > 0 ? root.findOption(args[i - 1]) : null;
            boolean optionValue = before != null && before.arity().max() > 0;
            if (!optionValue && !args[i].startsWith("-")) {
                String name = args[i];
                return COMMANDS.stream().filter(type -> type.getAnnotation(Command.class).name().equals(name))
                        .findFirst().<List<Class<?>>>map(List::of).orElse(COMMANDS);
            }
        }
        return COMMANDS;
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

    private static int failure(CliContext context, Exception thrown) {
        var err = context.err();
        Exception e = thrown instanceof UncheckedIOException unchecked
                && unchecked.getCause() instanceof FileSystemException cause ? cause : thrown;
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
            case FileSystemException file -> {
                err.println(fileProblem(file));
                return ExitCode.INVALID_DATA;
            }
            case InvalidPathException badPath -> {
                // Typed or set with quotes, or with a character Windows does not allow in names (< > | ? *).
                err.println("\"" + badPath.getInput() + "\" is not a path to a file or folder (" + badPath.getReason()
                        + "). Give the path without quotes around it or characters such as < > | ? *.");
                return ExitCode.INVALID_DATA;
            }
            case StoreUnavailableException unavailable -> {
                err.println(unavailable.getMessage());
                return ExitCode.DATABASE_UNAVAILABLE;
            }
            default -> {
                // The exception's own text stays in the log: it may quote SQL or the data that caused it.
                LOG.log(Level.SEVERE, "Unexpected error", thrown);
                err.println("Something went wrong that the app did not expect (" + e.getClass().getSimpleName()
                        + "). Details are in " + context.logFile() + ".");
                return ExitCode.UNEXPECTED;
            }
        }
    }

    /** A file or folder named on the command line that cannot be used, in words (no exception names). */
    static String fileProblem(FileSystemException e) {
        if (e.getFile() == null) {
            return "A file or folder could not be used" + (e.getReason() == null ? "." : ": " + e.getReason() + ".");
        }
        Path path = Path.of(e.getFile()).toAbsolutePath();
        Path folder = path.getParent();
        return switch (e) {
            case NoSuchFileException missing when folder != null && !Files.isDirectory(folder) ->
                    "The folder " + folder + " does not exist; create it or choose another place.";
            case NoSuchFileException missing -> "There is no file " + path + ".";
            case DirectoryNotEmptyException folderInTheWay -> path + " is a folder; give the name of a file.";
            case FileAlreadyExistsException exists -> path + " already exists.";
            case AccessDeniedException denied -> "Your account may not use " + path + " (access denied).";
            case NotDirectoryException notFolder -> path + " is not a folder.";
            default -> path + " could not be used" + (e.getReason() == null ? "." : ": " + e.getReason() + ".");
        };
    }
}
