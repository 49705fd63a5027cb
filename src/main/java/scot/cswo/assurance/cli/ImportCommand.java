package scot.cswo.assurance.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.FrameworkDetails;
import scot.cswo.assurance.domain.matrix.UntouchedStarter;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.importing.ImportService;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a framework's matrix from a Word document (.docx: its framework table, however the"
                + " council laid it out), an Excel workbook (.xlsx: the sheet showing when it was saved; hidden rows"
                + " are left out and named) or a CSV file (or Excel's Unicode Text .txt).",
                "A table needs a header row naming the Function, Assurance mechanism, Lead and Frequency columns"
                + " (any order; a spreadsheet also needs Function title; Ref optional); --column says which is which"
                + " where a heading is not recognised. The whole file is checked first: every problem is listed and"
                + " nothing is changed. The imported framework becomes the one in use; the previous one is kept,"
                + " read-only, for past years' reports."})
final class ImportCommand implements Callable<Integer> {
    private final CliContext context;

    @ParentCommand
    RootCommand root;

    @Parameters(paramLabel = "FILE", description = "The .docx, .xlsx, .csv or .txt file.")
    Path file;

    @Option(names = "--frequency", paramLabel = "PHRASE=FREQUENCY",
            description = "Read a frequency the app does not know as one it does, e.g."
                    + " --frequency \"Termly=4 monthly\". Repeat for each phrase.")
    Map<String, String> frequencies = new LinkedHashMap<>();

    @Option(names = "--column", paramLabel = "HEADING=COLUMN",
            description = "Read a column whose heading the app does not recognise as one it does, e.g."
                    + " --column \"How we check=mechanism\"; COLUMN is function, function title, mechanism, lead, lead"
                    + " email, frequency, ref, or ignore to leave the column out. Repeat for each heading.")
    Map<String, String> columns = new LinkedHashMap<>();

    @Option(names = "--framework", paramLabel = "NAME",
            description = "The framework's name (default: the file's name).")
    String name;

    @Option(names = "--council", paramLabel = "NAME", description = "The council (default: the current framework's).")
    String council;

    @Option(names = "--period", paramLabel = "LABEL", description = "The framework's period, e.g. 2026-2030.")
    String period;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD",
            description = "The day tracking starts (default: the start of the financial year).")
    LocalDate from;

    @Option(names = "--dry-run", description = "Check the file and say what it would create; change nothing.")
    boolean dryRun;

    ImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        // Only init creates a database: a mistyped --db must not leave an empty one behind.
        try (Workspace workspace = root.open()) {
            ImportService imports = workspace.imports();
            ImportService.Preview preview = imports.preview(file, frequencies, columns);
            var out = context.out();
            out.println(preview.source() + ": " + preview.draft().functions().size() + " functions, "
                    + preview.draft().mechanisms().size() + " mechanisms, " + preview.draft().rows().size() + " rows.");
            preview.notes().forEach(out::println);
            if (!preview.newLeads().isEmpty()) {
                out.println("New leads (" + preview.newLeads().size() + "): " + String.join("; ", preview.newLeads()));
            }
            FrameworkDetails suggested = preview.suggested();
            FrameworkDetails details = new FrameworkDetails(name != null ? name : suggested.name(),
                    council != null ? council : suggested.council(), period != null ? period : suggested.periodLabel(),
                    from != null ? from : suggested.trackingStart(), suggested.yearStart(), suggested.graceDays());
            if (dryRun) {
                // The same checks as the import itself: a dry run that passes is an import that will.
                imports.check(details);
                imports.replacing(details.trackingStart()).ifPresent(starter -> out.println("It would replace the"
                        + " starter framework \"" + starter.framework().name() + "\", which holds no records: that"
                        + " framework would be removed, and the imported one would be the only framework."));
                out.println("It would be imported as \"" + details.name() + "\" (" + details.periodLabel() + ") for "
                        + details.council() + ", in force from " + DateFormats.display(details.trackingStart())
                        + "; --framework, --council, --period and --from change these.");
                out.println("Dry run: the file is valid; nothing was changed.");
                return ExitCode.OK;
            }
            Optional<UntouchedStarter> starter = imports.replacing(details.trackingStart());
            AssuranceMatrix imported = imports.apply(preview, details);
            LocalDate start = imported.framework().trackingStart();
            out.println("Imported as \"" + imported.framework().name() + "\" (" + imported.framework().periodLabel()
                    + "), in force from " + DateFormats.display(start) + ".");
            if (starter.isPresent()) {
                out.println(starter.get().replacementNote() + ".");
            } else if (preview.replaces() != null && start.isAfter(LocalDate.now(context.clock()))) {
                out.println("Until then \"" + preview.replaces().name() + "\" stays in force: nothing before "
                        + DateFormats.display(start) + " has changed.");
            } else if (preview.replaces() != null) {
                out.println("\"" + preview.replaces().name() + "\" keeps its evidence for the years before "
                        + DateFormats.display(start) + ".");
            }
            return ExitCode.OK;
        }
    }
}
