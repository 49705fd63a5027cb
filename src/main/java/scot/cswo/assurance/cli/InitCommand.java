package scot.cswo.assurance.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.importing.FrameworkTemplates;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Create a database holding a framework. Refuses (exit 3) if the database already holds one."})
final class InitCommand implements Callable<Integer> {
    private final CliContext context;

    @ParentCommand
    RootCommand root;

    @Option(names = "--template", paramLabel = "dundee|blank", defaultValue = FrameworkTemplates.DUNDEE,
            description = "Framework to load: dundee (Dundee City Council's CSWO Governance Framework 2018-2026,"
                    + " the default) or blank.")
    String template;

    @Option(names = "--tracking-start", paramLabel = "YYYY-MM-DD",
            description = "First day the schedule counts; periods ending earlier are ignored. Default: today.")
    LocalDate trackingStart;

    InitCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        LocalDate start = trackingStart != null ? trackingStart : LocalDate.now(context.clock());
        var chosen = FrameworkTemplates.named(template, start);
        AtomicBoolean measures = new AtomicBoolean();
        // Set up before the new file is put in place: a killed init leaves no database or a whole one.
        try (Workspace workspace = context.opener().create(root.choice(), created -> {
            created.matrix().create(chosen);
            measures.set(created.dataset().addStarterIfEmpty());
        })) {
            AssuranceMatrix matrix = workspace.matrix().matrix();
            context.out().printf("Created %s%n  %s%s: %d functions, %d rows. Tracking starts %s.%n",
                    workspace.where(), matrix.framework().name(),
                    matrix.framework().council().isBlank() ? "" : " (" + matrix.framework().council() + ")",
                    matrix.functions().size(), matrix.rows().size(), DateFormats.display(start));
            if (measures.get()) {
                context.out().printf("  The CSWO dataset starts with %d measures.%n", workspace.dataset().dataset().size());
            }
        }
        return ExitCode.OK;
    }
}
