package scot.cswo.assurance.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import scot.cswo.assurance.domain.history.HistoryEntry;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.service.Workspace;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Print the change history, newest first: who changed what, when, and the old and new",
                "values. The history cannot be changed or deleted."})
final class HistoryCommand implements Callable<Integer> {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final CliContext context;

    @ParentCommand
    RootCommand root;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Only changes made on or after this day.")
    LocalDate since;

    @Option(names = "--ref", paramLabel = "REF", description = "Only changes to this row's mechanism and its evidence.")
    Ref ref;

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
            description = "Output format (default: ${DEFAULT-VALUE}). Times are UTC in csv and json.")
    OutputFormat format;

    @Mixin
    ListingFile listingFile;

    HistoryCommand(CliContext context) {
        this.context = context;
    }

    private Listing<HistoryEntry> listing() {
        ZoneId zone = context.clock().getZone();
        boolean table = format == OutputFormat.TABLE;
        return new Listing<HistoryEntry>()
                .column("When", "at", 19, e -> table ? LOCAL.format(e.at().atZone(zone)) : e.at().toString())
                .column("Account", "account", 18, HistoryEntry::account)
                .column("What", "entity", 10, HistoryEntry::entity)
                .column("Subject", "subject", 30, HistoryEntry::subject)
                .column("Field", "field", 12, HistoryEntry::field)
                .column("Old value", "oldValue", 24, HistoryEntry::oldValue)
                .column("New value", "newValue", 24, HistoryEntry::newValue);
    }

    @Override
    public Integer call() {
        List<HistoryEntry> entries;
        try (Workspace workspace = root.open()) {
            if (ref != null) {
                MatrixRow row = workspace.matrix().matrix().row(ref).orElseThrow(() -> new InvalidDataException(
                        "There is no row " + ref + " in the matrix."));
                entries = workspace.history().forMechanism(row.mechanism().id()).stream()
                        .filter(e -> since == null || !e.at().isBefore(since.atStartOfDay(context.clock().getZone())
                                .toInstant()))
                        .toList();
            } else {
                entries = workspace.history().log(since, null);
            }
        }
        listingFile.print(context, format, listing().render(format, entries));
        return ExitCode.OK;
    }
}
