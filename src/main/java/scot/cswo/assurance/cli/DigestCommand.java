package scot.cswo.assurance.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import scot.cswo.assurance.domain.chase.MailSettings;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.chase.ChaseService;

@Command(name = "digest", mixinStandardHelpOptions = true,
        description = {"The CSWO's weekly digest: rows by status, overdue items with their leads and days overdue, "
                + "improvement actions due, and who has been chased in the last 7 days; as an .eml draft or "
                + "sent through the mail relay to the digest address ('mail relay --digest-to')."})
final class DigestCommand implements Callable<Integer> {
    private final CliContext context;

    @ParentCommand
    RootCommand root;

    @Mixin
    AsOfOption asOf;

    @ArgGroup(multiplicity = "1")
    ChaseCommand.Delivery delivery;

    DigestCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        LocalDate date = asOf.orToday(context.clock());
        try (Workspace workspace = root.open()) {
            ChaseService chases = workspace.chases();
            if (delivery.send) {
                MailSettings relay = chases.digestRelay();
                chases.sendDigest(date, ChaseCommand.password(context, relay));
                context.out().println("Sent the digest to " + relay.digestTo() + ".");
            } else {
                Path file = chases.writeDigestDraft(date, delivery.drafts);
                context.out().println("Wrote the digest draft " + file.toAbsolutePath() + ".");
            }
        }
        return ExitCode.OK;
    }
}
