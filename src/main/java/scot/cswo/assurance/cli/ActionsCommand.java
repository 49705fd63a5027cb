package scot.cswo.assurance.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.action.ActionService.ActionLine;

@Command(name = "actions", mixinStandardHelpOptions = true,
        description = "The improvement action tracker.",
        subcommands = {ActionsCommand.ListActions.class, ActionsCommand.AuditScotland.class})
final class ActionsCommand {
    final CliContext context;

    @ParentCommand
    RootCommand root;

    ActionsCommand(CliContext context) {
        this.context = context;
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the actions with their status today, in the matrix's words.")
    static final class ListActions implements Callable<Integer> {
        private static final Listing<ActionLine> LISTING = new Listing<ActionLine>()
                .column("Id", "id", 4, l -> Long.toString(l.tracked().id()))
                .column("Action", "action", 46, l -> l.tracked().action().title())
                .column("Source", "source", 20, l -> l.tracked().action().source().label())
                .column("Source ref", "sourceRef", 20, l -> l.tracked().sourceRef())
                .column("Lead", "lead", 18, l -> l.tracked().action().lead())
                .column("Target date", "targetDate", 11, l -> l.tracked().action().targetDate() == null ? ""
                        : l.tracked().action().targetDate().toString())
                .column("Progress", "progress", 11, l -> l.tracked().action().progress().label())
                .column("Status", "status", 11, l -> l.status().label())
                .column("Latest note", "latestNote", 10, l -> l.tracked().notes().isEmpty() ? ""
                        : DateFormats.display(l.tracked().notes().getLast().date()));

        @ParentCommand
        ActionsCommand parent;

        @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
                description = "Output format (default: ${DEFAULT-VALUE}).")
        OutputFormat format;

        @Mixin
        ListingFile listingFile;

        @Override
        public Integer call() {
            List<ActionLine> lines;
            try (Workspace workspace = parent.root.open()) {
                lines = workspace.actions().lines();
            }
            listingFile.print(parent.context, format, LISTING.render(format, lines));
            return ExitCode.OK;
        }
    }

    @Command(name = "add-audit-scotland-2016", mixinStandardHelpOptions = true,
            description = "Add the 13 recommendations of Audit Scotland's Social Work in Scotland (2016) as actions,"
                    + " each with Dundee's 2018 response as its first progress note.")
    static final class AuditScotland implements Callable<Integer> {
        @ParentCommand
        ActionsCommand parent;

        @Override
        public Integer call() {
            try (Workspace workspace = parent.root.open()) {
                int added = workspace.actions().addAuditScotland2016().size();
                parent.context.out().printf("Added %d Audit Scotland recommendations to the action tracker.%n", added);
            }
            return ExitCode.OK;
        }
    }
}
