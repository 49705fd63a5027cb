package scot.cswo.assurance.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import scot.cswo.assurance.domain.chase.CoveringText;
import scot.cswo.assurance.domain.chase.MailSettings;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.chase.ChaseService;

@Command(name = "mail", mixinStandardHelpOptions = true,
        description = "The mail relay chases and the digest are sent through, and the chase's covering text.",
        subcommands = {MailCommand.Show.class, MailCommand.Relay.class, MailCommand.Template.class})
final class MailCommand {
    final CliContext context;

    @ParentCommand
    RootCommand root;

    MailCommand(CliContext context) {
        this.context = context;
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show the mail relay as set up and the covering text chases use.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        MailCommand parent;

        @Override
        public Integer call() {
            var out = parent.context.out();
            try (Workspace workspace = parent.root.open()) {
                ChaseService chases = workspace.chases();
                chases.mailSettings().ifPresentOrElse(relay -> {
                    out.println("Relay:      " + relay.host() + " port " + relay.port()
                            + (relay.startTls() ? ", STARTTLS" : ", no STARTTLS"));
                    out.println("Account:    " + (relay.signsIn() ? relay.account() + " (password asked each time)"
                            : "none (the relay takes mail without signing in)"));
                    out.println("From:       " + relay.from());
                    out.println("Digest to:  " + (relay.digestTo() == null ? "nobody yet" : relay.digestTo()));
                }, () -> out.println("No mail relay is set up: chases can be written as drafts (chase --drafts)."));
                CoveringText text = chases.template();
                out.println();
                out.println("Subject:    " + text.subject());
                out.println();
                out.println(text.body());
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "relay", mixinStandardHelpOptions = true,
            description = {"Set up the council's mail relay (administrators only). The password is never stored:",
                    "it is asked for each time mail is sent."})
    static final class Relay implements Callable<Integer> {
        @ParentCommand
        MailCommand parent;

        @Option(names = "--host", paramLabel = "NAME", required = true, description = "The relay, e.g. smtp.council.gov.uk.")
        String host;

        @Option(names = "--port", paramLabel = "N", defaultValue = "587", description = "Default: ${DEFAULT-VALUE}.")
        int port;

        @Option(names = "--starttls", negatable = true, defaultValue = "true", fallbackValue = "true",
                description = "Require STARTTLS, so nothing goes in the clear (default; --no-starttls for a relay"
                        + " inside the council's network that offers none).")
        boolean startTls;

        @Option(names = "--account", paramLabel = "NAME",
                description = "The account to sign in with; leave out for a relay that takes mail without signing in.")
        String account;

        @Option(names = "--from", paramLabel = "ADDRESS", required = true,
                description = "The address chases come from, such as the office's shared mailbox.")
        String from;

        @Option(names = "--digest-to", paramLabel = "ADDRESS", description = "Where the weekly digest goes (the CSWO).")
        String digestTo;

        @Override
        public Integer call() {
            MailSettings settings = new MailSettings(host, port, startTls, account, from, digestTo);
            try (Workspace workspace = parent.root.open()) {
                workspace.chases().saveMailSettings(settings);
            }
            parent.context.out().println("The mail relay is now " + settings.host() + " port " + settings.port() + ".");
            return ExitCode.OK;
        }
    }

    @Command(name = "template", mixinStandardHelpOptions = true,
            description = {"Keep the office's covering text for every chase (editors). {lead} becomes the lead's name "
                + "and {date} the chase's date; the list of items follows the text."})
    static final class Template implements Callable<Integer> {
        @ParentCommand
        MailCommand parent;

        @Option(names = "--subject", paramLabel = "TEXT", description = "The subject line (default: as now).")
        String subject;

        @Option(names = "--body-file", paramLabel = "FILE", required = true,
                description = "A UTF-8 text file holding the covering text.")
        Path bodyFile;

        @Override
        public Integer call() {
            String body;
            try {
                body = Files.readString(bodyFile, StandardCharsets.UTF_8);
            } catch (CharacterCodingException e) {
                throw new RefusedException(bodyFile.toAbsolutePath() + " is not UTF-8 text; save it as UTF-8 (in Notepad:"
                        + " Save as, Encoding UTF-8) and try again. Nothing was changed.");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try (Workspace workspace = parent.root.open()) {
                ChaseService chases = workspace.chases();
                chases.saveTemplate(subject != null ? subject : chases.template().subject(), body);
            }
            parent.context.out().println("Saved the covering text; every chase from now on uses it.");
            return ExitCode.OK;
        }
    }
}
