package scot.cswo.assurance.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
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

@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Print the change history, newest first: who changed what, when, and the old and new values. The "
                + "history cannot be changed or deleted. Times are UTC in csv and json."})
final class HistoryCommand implements Callable<Integer> {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final CliContext context;

    @ParentCommand
    RootCommand root;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Only changes made on or after this day.")
    LocalDate since;

    @Option(names = "--ref", paramLabel = "REF", description = "Only changes to this row's mechanism and its evidence.")
    Ref ref;

    @Mixin
    FormatOption output;

    HistoryCommand(CliContext context) {
        this.context = context;
    }

    private Listing<HistoryEntry> listing() {
        ZoneId zone = context.clock().getZone();
        boolean table = output.format == OutputFormat.TABLE;
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
        return root.list(listing(), output, workspace -> {
            if (ref == null) {
                return workspace.history().log(since, null);
            }
            // A ref is looked for in every framework, earlier and prepared in advance ones too: the
            // row's history does not stop at the day a new framework came into force.
            List<MatrixRow> rows = workspace.matrix().frameworks().stream()
                    .flatMap(f -> workspace.matrix().matrixOf(f.id()).row(ref).stream()).toList();
            if (rows.isEmpty()) {
                throw new InvalidDataException("There is no row " + ref + " in any framework.");
            }
            return rows.stream().flatMap(row -> workspace.history().forMechanism(row.mechanism().id()).stream())
                    .distinct().sorted(Comparator.comparingLong(HistoryEntry::id).reversed())
                    .filter(e -> since == null || !e.at().isBefore(since.atStartOfDay(context.clock().getZone())
                            .toInstant()))
                    .toList();
        });
    }
}
