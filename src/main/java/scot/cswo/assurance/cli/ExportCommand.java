package scot.cswo.assurance.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import scot.cswo.assurance.service.Workspace;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the matrix with each row's status to an Excel workbook (.xlsx) or CSV file, chosen by "
                + "the file's extension. The file imports back unchanged."})
final class ExportCommand implements Callable<Integer> {
    private final CliContext context;

    @ParentCommand
    RootCommand root;

    @Parameters(paramLabel = "FILE", description = "The .xlsx or .csv file to write (replaced if it exists).")
    Path file;

    @Mixin
    AsOfOption asOf;

    ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (Workspace workspace = root.open()) {
            int rows = workspace.export().write(file, asOf.orToday(context.clock()));
            context.out().println("Wrote " + rows + " rows to " + file.toAbsolutePath() + ".");
            return ExitCode.OK;
        }
    }
}
