package scot.cswo.assurance.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
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

    /** Makes the change, then says what it did to which meeting. */
    int said(String verb, Function<Workspace, Meeting> change) {
        Meeting meeting = root.with(change);
        context.out().printf("%s the %s meeting on %s.%n", verb, meeting.series().title(),
                DateFormats.display(meeting.date()));
        return ExitCode.OK;
    }

    /** A command that changes one meeting, named by its series and date. */
    abstract static class OneMeeting implements Callable<Integer> {
        @ParentCommand
        MeetingsCommand parent;

        @Option(names = "--series", required = true, paramLabel = "jswmt|committee|strategic")
        MeetingSeries series;

        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The meeting's date now.")
        LocalDate date;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a meeting.")
    static final class Add extends OneMeeting {
        @Override
        public Integer call() {
            return parent.said("Added", workspace -> workspace.meetings().add(series, date));
        }
    }

    @Command(name = "move", mixinStandardHelpOptions = true, description = "Move a meeting to another date.")
    static final class Move extends OneMeeting {
        @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "Its new date.")
        LocalDate to;

        @Override
        public Integer call() {
            Meeting moved = parent.root.with(workspace -> workspace.meetings().move(series, date, to));
            parent.context.out().printf("Moved the %s meeting on %s to %s.%n", moved.series().title(),
                    DateFormats.display(date), DateFormats.display(moved.date()));
            return ExitCode.OK;
        }
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true, description = "Cancel a meeting.")
    static final class Cancel extends OneMeeting {
        @Override
        public Integer call() {
            return parent.said("Cancelled", workspace -> workspace.meetings().cancel(series, date));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the meetings.")
    static final class ListMeetings implements Callable<Integer> {
        private static final Listing<Meeting> LISTING = new Listing<Meeting>()
                .column("Series", "series", 8, m -> m.series().key())
                .column("Meeting", "title", 34, m -> m.series().title())
                .column("Date", "date", 10, m -> m.date().toString(), m -> DateFormats.display(m.date()))
                .column("Cancelled", "cancelled", 9, m -> m.cancelled() ? "yes" : "no");

        @ParentCommand
        MeetingsCommand parent;

        @Mixin
        FormatOption output;

        @Override
        public Integer call() {
            return parent.root.list(LISTING, output, workspace -> workspace.meetings().list());
        }
    }
}
