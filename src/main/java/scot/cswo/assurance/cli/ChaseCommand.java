package scot.cswo.assurance.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.chase.ChasePlan;
import scot.cswo.assurance.domain.chase.LeadChase;
import scot.cswo.assurance.domain.chase.MailSettings;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.chase.ChaseService;

@Command(name = "chase", mixinStandardHelpOptions = true,
        description = "Chase leads for evidence: one email per lead with something overdue or due soon (and overdue"
                + " improvement actions), under the office's covering text, as .eml drafts for your mail program or"
                + " sent through the council's mail relay (set up with 'mail relay'). Each chase is recorded. Leads"
                + " with something to chase but no email address are listed, and the exit code is 3.")
final class ChaseCommand implements Callable<Integer> {
    private final CliContext context;

    @ParentCommand
    RootCommand root;

    @Option(names = "--lead", paramLabel = "NAME", description = "Only this lead.")
    String lead;

    @Mixin
    AsOfOption asOf;

    @ArgGroup(multiplicity = "1")
    Delivery delivery;

    /** Drafts or sending: one of the two. */
    static final class Delivery {
        @Option(names = "--drafts", paramLabel = "FOLDER", required = true,
                description = "Write .eml drafts into this folder (created if missing); Outlook opens them as drafts.")
        Path drafts;

        @Option(names = "--send", required = true,
                description = "Send through the mail relay; its password is asked for (never stored).")
        boolean send;
    }

    ChaseCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        LocalDate date = asOf.orToday(context.clock());
        var out = context.out();
        ChasePlan plan;
        try (Workspace workspace = root.open()) {
            ChaseService chases = workspace.chases();
            plan = chases.plan(date, lead);
            if (lead != null && !plan.withoutAddress().isEmpty()) {
                throw new RefusedException(noAddress(plan.withoutAddress()) + " Nothing was "
                        + (delivery.send ? "sent." : "written."));
            }
            if (delivery.send) {
                int sent = plan.toChase().isEmpty() ? 0 : chases.send(plan, password(context, chases.relay()));
                out.println("Sent " + count(sent, "chase") + " through the mail relay.");
            } else {
                List<Path> files = chases.writeDrafts(plan, delivery.drafts);
                out.println("Wrote " + count(files.size(), "chase draft") + " to " + delivery.drafts.toAbsolutePath()
                        + (files.isEmpty() ? "." : ":"));
                files.forEach(f -> out.println("  " + f.getFileName()));
            }
        }
        if (plan.nothingToChase()) {
            out.println("Nothing is overdue or due soon on " + DateFormats.display(date) + ", so nobody was chased.");
        }
        if (!plan.withoutAddress().isEmpty()) {
            context.err().println(noAddress(plan.withoutAddress()));
            return ExitCode.INVALID_DATA;
        }
        return ExitCode.OK;
    }

    /** The relay's password for this sending, asked only when the relay is set up and signs in. */
    static char[] password(CliContext context, MailSettings relay) {
        if (!relay.signsIn()) {
            return new char[0];
        }
        char[] password = context.askPassword() == null ? null
                : context.askPassword().apply("Password for " + relay.account() + " on " + relay.host() + ": ");
        if (password == null || password.length == 0) {
            throw new RefusedException("No password was given for " + relay.account() + " on " + relay.host()
                    + ", so nothing was sent.");
        }
        return password;
    }

    private static String noAddress(List<LeadChase> leads) {
        return "Not chased, as they have no email address: " + leads.stream()
                .map(c -> c.lead().name() + " (" + count(c.items().size(), "item") + ")")
                .collect(Collectors.joining(", ")) + ". Give one with: leads set --name \"NAME\" --email ADDRESS.";
    }

    static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }
}
