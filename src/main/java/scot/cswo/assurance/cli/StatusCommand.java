package scot.cswo.assurance.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.domain.schedule.MechanismStatus;
import scot.cswo.assurance.domain.schedule.StatusBoard;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Print every row's status as of a date, with the period, due date and reason.")
final class StatusCommand implements Callable<Integer> {
    private final CliContext context;

    @ParentCommand
    RootCommand root;

    @Mixin
    AsOfOption asOf;

    @Option(names = "--lead", paramLabel = "NAME", description = "Only the rows this lead leads.")
    String lead;

    @Mixin
    FormatOption output;

    StatusCommand(CliContext context) {
        this.context = context;
    }

    private record Line(MatrixRow row, MechanismStatus status) {
    }

    private static final Listing<Line> LISTING = new Listing<Line>()
            .column("Ref", "ref", 6, l -> l.row().ref().text())
            .column("Assurance mechanism", "mechanism", 34, l -> l.row().mechanism().description())
            // Who to chase is the office's first question of an overdue row.
            .column("Lead(s)", "leads", 20, l -> l.row().mechanism().leads().stream().map(Lead::name).toList(),
                    l -> String.join(", ", l.row().mechanism().leads().stream().map(Lead::name).toList()))
            .column("Frequency", "frequency", 0, l -> l.row().mechanism().frequency().wording())
            .column("Status", "status", 12, l -> l.status().status().name(), l -> l.status().status().label())
            .column("Period start", "periodStart", 0, l -> l.status().period() == null ? null
                    : l.status().period().start().toString())
            .column("Period end", "periodEnd", 0, l -> l.status().period() == null ? null
                    : l.status().period().end().toString())
            .column("Due", "due", 10, l -> iso(l.status().due()), l -> shown(l.status().due()))
            .column("Last evidence", "lastEvidence", 10, l -> iso(l.status().lastEvidence()),
                    l -> shown(l.status().lastEvidence()))
            .column("Reason", "reason", 40, l -> l.status().reason());

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String shown(LocalDate date) {
        return date == null ? null : DateFormats.display(date);
    }

    @Override
    public Integer call() {
        LocalDate date = asOf.orToday(context.clock());
        StatusBoard board = root.with(workspace -> workspace.status().board(date));
        List<MatrixRow> rows = board.matrix().rows();
        if (lead != null) {
            List<Lead> matching = board.matrix().leads().stream()
                    .filter(l -> l.name().equalsIgnoreCase(lead.strip())).toList();
            if (matching.isEmpty()) {
                throw new RefusedException("There is no lead called \"" + lead + "\". Leads are: "
                        + String.join(", ", board.matrix().leads().stream().map(Lead::name).toList()) + ".");
            }
            rows = rows.stream().filter(r -> r.mechanism().leads().stream()
                    .anyMatch(l -> l.name().toLowerCase(Locale.ROOT).equals(lead.strip().toLowerCase(Locale.ROOT))))
                    .toList();
        }
        output.print(context, LISTING.render(output.format, rows.stream().map(r -> new Line(r, board.status(r))).toList()));
        return ExitCode.OK;
    }
}
