package scot.cswo.assurance.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.frequency.MeetingSeries;
import scot.cswo.assurance.domain.meeting.Meeting;
import scot.cswo.assurance.service.Workspace;

@Command(name = "meetings", mixinStandardHelpOptions = true,
        description = "Keep the meeting dates that meeting-cycle mechanisms report to.",
        subcommands = {MeetingsCommand.Add.class, MeetingsCommand.Move.class, MeetingsCommand.Cancel.class,
            MeetingsCommand.ListMeetings.class})
final class MeetingsCommand {
    final CliContext context;

    @ParentCommand
    RootCommand root;

    MeetingsCommand(CliContext context) {
        this.context = context;
    }

    void said(String verb, Meeting meeting) {
        context.out().printf("%s the %s meeting on %s.%n", verb, meeting.series().title(),
                DateFormats.display(meeting.date()));
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a meeting.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        MeetingsCommand parent;

        @Option(names = "--series", required = true, paramLabel = "jswmt|committee|strategic")
        MeetingSeries series;

        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD")
        LocalDate date;

        @Override
        public Integer call() {
            try (Workspace workspace = parent.root.open()) {
                parent.said("Added", workspace.meetings().add(series, date));
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "move", mixinStandardHelpOptions = true, description = "Move a meeting to another date.")
    static final class Move implements Callable<Integer> {
        @ParentCommand
        MeetingsCommand parent;

        @Option(names = "--series", required = true, paramLabel = "jswmt|committee|strategic")
        MeetingSeries series;

        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Its date now.")
        LocalDate date;

        @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "Its new date.")
        LocalDate to;

        @Override
        public Integer call() {
            try (Workspace workspace = parent.root.open()) {
                parent.said("Moved to " + DateFormats.display(to) + ":", workspace.meetings().move(series, date, to));
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true, description = "Cancel a meeting.")
    static final class Cancel implements Callable<Integer> {
        @ParentCommand
        MeetingsCommand parent;

        @Option(names = "--series", required = true, paramLabel = "jswmt|committee|strategic")
        MeetingSeries series;

        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD")
        LocalDate date;

        @Override
        public Integer call() {
            try (Workspace workspace = parent.root.open()) {
                parent.said("Cancelled", workspace.meetings().cancel(series, date));
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the meetings.")
    static final class ListMeetings implements Callable<Integer> {
        private static final Listing<Meeting> LISTING = new Listing<Meeting>()
                .column("Series", "series", 8, m -> m.series().key())
                .column("Meeting", "title", 34, m -> m.series().title())
                .column("Date", "date", 10, m -> m.date().toString())
                .column("Cancelled", "cancelled", 9, m -> m.cancelled() ? "yes" : "no");

        @ParentCommand
        MeetingsCommand parent;

        @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
                description = "Output format (default: ${DEFAULT-VALUE}).")
        OutputFormat format;

        @Mixin
        ListingFile listingFile;

        @Override
        public Integer call() {
            List<Meeting> meetings;
            try (Workspace workspace = parent.root.open()) {
                meetings = workspace.meetings().list();
            }
            listingFile.print(parent.context, format, LISTING.render(format, meetings));
            return ExitCode.OK;
        }
    }
}
