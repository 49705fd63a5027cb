package scot.cswo.assurance.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import scot.cswo.assurance.domain.lead.Leads;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.matrix.FrameworkEditor;
import scot.cswo.assurance.service.matrix.FrameworkEditor.LeadInput;

@Command(name = "leads", mixinStandardHelpOptions = true,
        description = "The leads: their job titles and the email addresses chases are sent to.",
        subcommands = {LeadsCommand.ListLeads.class, LeadsCommand.SetLead.class})
final class LeadsCommand {
    final CliContext context;

    @ParentCommand
    RootCommand root;

    LeadsCommand(CliContext context) {
        this.context = context;
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List every lead with job title, email address and whether they are still active.")
    static final class ListLeads implements Callable<Integer> {
        private static final Listing<Lead> LISTING = new Listing<Lead>()
                .column("Lead", "name", 30, Lead::name)
                .column("Job title", "jobTitle", 30, l -> l.jobTitle() == null ? "" : l.jobTitle())
                .column("Email", "email", 30, l -> l.email() == null ? "" : l.email())
                .column("Active", "active", 6, l -> l.active() ? "Yes" : "No");

        @ParentCommand
        LeadsCommand parent;

        @Mixin
        FormatOption output;

        @Override
        public Integer call() {
            return parent.root.list(LISTING, output, workspace -> workspace.editor().leads());
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Change a lead's email address or job title (administrators only); an empty value clears it.")
    static final class SetLead implements Callable<Integer> {
        @ParentCommand
        LeadsCommand parent;

        @Option(names = "--name", paramLabel = "NAME", required = true, description = "The lead, as the matrix names them.")
        String name;

        @Option(names = "--email", paramLabel = "ADDRESS", description = "Their email address, for chases.")
        String email;

        @Option(names = "--job-title", paramLabel = "TITLE", description = "Their job title.")
        String jobTitle;

        @Override
        public Integer call() {
            if (email == null && jobTitle == null) {
                throw new RefusedException("Give --email, --job-title or both: there is nothing to change.");
            }
            Lead saved;
            try (Workspace workspace = parent.root.open()) {
                FrameworkEditor editor = workspace.editor();
                Lead lead = Leads.named(editor.leads(), name);
                saved = editor.updateLead(lead.id(), lead.version(), new LeadInput(lead.name(),
                        jobTitle != null ? jobTitle : lead.jobTitle(), lead.windowsAccount(),
                        email != null ? email : lead.email(), lead.active()));
            }
            parent.context.out().println("Saved " + saved.name() + ": email "
                    + (saved.email() == null ? "none" : saved.email()) + ", job title "
                    + (saved.jobTitle() == null ? "none" : saved.jobTitle()) + ".");
            return ExitCode.OK;
        }
    }
}
