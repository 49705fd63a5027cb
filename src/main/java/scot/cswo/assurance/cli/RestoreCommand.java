package scot.cswo.assurance.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.service.DatabaseChoice;
import scot.cswo.assurance.service.Restorer;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Put a backup in place of this PC's database. The backup is checked first; the current file "
                + "(even a damaged one) is kept beside it with a timestamp, never deleted. The database must not "
                + "be open anywhere."})
final class RestoreCommand implements Callable<Integer> {
    private final CliContext context;

    @ParentCommand
    RootCommand root;

    @Parameters(paramLabel = "FILE", description = "The backup (.zip) to restore.")
    Path backup;

    RestoreCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!(root.choice() instanceof DatabaseChoice.File file)) {
            throw new RefusedException("A shared server is restored by IT with the server's own tools.");
        }
        Restorer.Restored restored = context.restorer().restore(file, backup);
        restored.recovered().ifPresent(context.err()::println);
        context.out().println("Restored " + backup.getFileName() + ": " + restored.contents().framework() + ", "
                + restored.contents().evidence() + " evidence records, " + restored.contents().changes()
                + " history entries.");
        restored.movedAside().ifPresent(aside -> context.out().println("The previous database is kept as " + aside
                + "."));
        return ExitCode.OK;
    }
}
