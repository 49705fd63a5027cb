package scot.cswo.assurance.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.backup.BackupService;
import scot.cswo.assurance.service.files.SafeFiles;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Back up this PC's database now: a consistent copy taken while it is open, kept with the others "
                + "in the backups folder beside it (the oldest beyond the number kept are removed)."})
final class BackupCommand implements Callable<Integer> {
    private static final String COPY = "The copy of the backup";
    private final CliContext context;

    @ParentCommand
    RootCommand root;

    @Option(names = "--out", paramLabel = "FILE", description = "Also save a copy of the backup here (a .zip file).")
    Path out;

    BackupCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (Workspace workspace = root.open()) {
            BackupService backups = workspace.backups().orElseThrow(() -> new RefusedException(
                    "A shared server is backed up by IT with the server's own tools, not by CSWO Assurance."));
            if (out != null) {
                SafeFiles.requireOutput(out, COPY, ".zip");
            }
            BackupService.BackupInfo taken = backups.backupNow();
            if (out != null) {
                try {
                    SafeFiles.copyOutput(taken.file(), out, COPY, ".zip");
                } catch (RefusedException notCopied) {
                    // The backup itself was taken: say where, so no one takes it for lost.
                    throw new RefusedException("Backed up to " + taken.file() + ", but the copy was not saved. "
                            + notCopied.getMessage());
                }
            }
            context.out().println("Backed up to " + (out != null ? out.toAbsolutePath() : taken.file()) + " ("
                    + DateFormats.display(taken.takenAt().toLocalDate()) + ", " + (taken.bytes() / 1024) + " KB). "
                    + backups.list().size() + " backups are kept in " + backups.folder() + ".");
            return ExitCode.OK;
        }
    }
}
