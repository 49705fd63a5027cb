package scot.cswo.assurance.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import scot.cswo.assurance.domain.problem.StoreUnavailableException;
import scot.cswo.assurance.service.Workspace;

@Command(name = "diagnostics", mixinStandardHelpOptions = true,
        description = {"Write a zip for IT: the log files, versions, which database is used, its schema version and row "
                + "counts, and its backups. No evidence text or notes. Works even when the database cannot be "
                + "opened."})
final class DiagnosticsCommand implements Callable<Integer> {
    private final CliContext context;

    @ParentCommand
    RootCommand root;

    @Option(names = "--out", paramLabel = "FILE.zip", required = true, description = "The zip to write.")
    Path out;

    DiagnosticsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Workspace workspace = null;
        try {
            workspace = root.open();
        } catch (StoreUnavailableException cannotOpen) {
            context.err().println("The database could not be opened (" + cannotOpen.getMessage()
                    + "); the diagnostics say so.");
        }
        try {
            context.diagnostics().write(out, workspace);
        } finally {
            if (workspace != null) {
                workspace.close();
            }
        }
        context.out().println("Wrote diagnostics to " + out.toAbsolutePath() + ".");
        return ExitCode.OK;
    }
}
