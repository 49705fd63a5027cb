package scot.cswo.assurance.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.calendar.DueCalendar;

@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = {"Write the due dates of the next 12 months as an iCalendar file (.ics) that Outlook opens:",
                "one all-day event per due date. Opening a newer file updates the events rather than adding "
                + "copies."})
final class CalendarCommand implements Callable<Integer> {
    private final CliContext context;

    @ParentCommand
    RootCommand root;

    @Option(names = "--lead", paramLabel = "NAME", description = "Only this lead's mechanisms (default: everyone's).")
    String lead;

    @Option(names = "--out", paramLabel = "FILE.ics", required = true, description = "The file to write.")
    Path out;

    CalendarCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (Workspace workspace = root.open()) {
            DueCalendar calendar = workspace.calendar();
            Optional<Lead> only = lead == null ? Optional.empty() : Optional.of(calendar.lead(lead));
            int events = calendar.write(out, only);
            context.out().println("Wrote " + events + " due dates" + only.map(l -> " for " + l.name()).orElse("")
                    + " to " + out.toAbsolutePath() + ".");
            return ExitCode.OK;
        }
    }
}
