package scot.cswo.assurance.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import scot.cswo.assurance.domain.dataset.DataPeriod;
import scot.cswo.assurance.domain.dataset.MeasureSeries;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.domain.dataset.SmallNumbers;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.dataset.DatasetService;
import scot.cswo.assurance.service.dataset.DatasetService.ImportResult;

@Command(name = "dataset", mixinStandardHelpOptions = true,
        description = "The CSWO dataset: measures and their values by quarter or financial year.",
        subcommands = {DatasetCommand.ListMeasures.class, DatasetCommand.ImportValues.class,
                DatasetCommand.ExportValues.class, DatasetCommand.AddMeasures.class, DatasetCommand.Threshold.class})
final class DatasetCommand {
    final CliContext context;

    @ParentCommand
    RootCommand root;

    DatasetCommand(CliContext context) {
        this.context = context;
    }

    /** A measure as of a quarter: its value then, the year so far and its rating. */
    record Line(MeasureSeries series, Quarter quarter) {
        BigDecimal value() {
            return series.value(DataPeriod.of(quarter));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the measures with a quarter's value, the year so far, the target and its rating.")
    static final class ListMeasures implements Callable<Integer> {
        private static final Listing<Line> LISTING = new Listing<Line>()
                .column("Measure", "measure", 50, l -> l.series().measure().name())
                .column("Unit", "unit", 14, l -> l.series().measure().unit())
                .column("Quarter", "quarter", 0, l -> l.quarter().label())
                .column("Value", "value", 9, l -> plain(l.value()))
                .column("Year so far", "yearSoFar", 11, l -> plain(l.series().yearToDate(l.quarter()).value()))
                .column("Target", "target", 8, l -> l.series().target(l.quarter().financialYear()) == null ? ""
                        : plain(l.series().target(l.quarter().financialYear()).value()))
                .column("Rating", "rating", 9, l -> l.series().rag(l.quarter()).label());

        @ParentCommand
        DatasetCommand parent;

        @Option(names = "--quarter", paramLabel = "YYYY-Qn",
                description = "The quarter, e.g. 2025-Q1 for April to June 2025 (default: the last one ended).")
        String quarter;

        @Mixin
        FormatOption output;

        @Override
        public Integer call() {
            return parent.root.list(LISTING, output, workspace -> {
                Quarter chosen = quarter == null ? workspace.dataset().lastEndedQuarter() : Quarter.parse(quarter);
                return workspace.dataset().dataset().stream().map(s -> new Line(s, chosen)).toList();
            });
        }

        private static String plain(BigDecimal value) {
            return value == null ? "" : value.stripTrailingZeros().toPlainString();
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import values from an Excel workbook (.xlsx, the sheet showing when saved) or a CSV file with "
                + "the columns Measure, Period (2025-Q1, or 2025-26 for annual measures) and Value (Unit optional, "
                + "checked).",
                "The whole file is checked first: any problem rejects it and nothing is changed."})
    static final class ImportValues implements Callable<Integer> {
        @ParentCommand
        DatasetCommand parent;

        @Parameters(paramLabel = "FILE", description = "The .xlsx or .csv file.")
        Path file;

        @Option(names = "--dry-run", description = "Check the file and say what it would change; change nothing.")
        boolean dryRun;

        @Override
        public Integer call() {
            try (Workspace workspace = parent.root.open()) {
                ImportResult result = workspace.dataset().importValues(file, !dryRun);
                result.notes().forEach(parent.context.out()::println);
                parent.context.out().printf("%s: %d new values, %d changed, %d unchanged.%n%s%n",
                        file.getFileName(), result.added(), result.changed(), result.unchanged(),
                        result.saved() ? "Saved." : "Dry run: the file is valid; nothing was changed.");
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Export every value entered to an Excel workbook (.xlsx) or CSV file, in the import layout.")
    static final class ExportValues implements Callable<Integer> {
        @ParentCommand
        DatasetCommand parent;

        @Parameters(paramLabel = "FILE", description = "The .xlsx or .csv file to write.")
        Path file;

        @Override
        public Integer call() {
            try (Workspace workspace = parent.root.open()) {
                int values = workspace.dataset().export(file);
                parent.context.out().printf("Wrote %d values to %s%n", values, file.toAbsolutePath());
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "add-measures", mixinStandardHelpOptions = true,
            description = {"Add measures defined in an Excel workbook (.xlsx) or CSV file with the columns Measure, Unit, "
                + "Collection (Quarterly or Annual) and Polarity (Higher is better, Lower is better, Context "
                + "only); optional: Statutory area, Definition, Data owner, Aggregation, Counts people (Yes/No), "
                + "Breakdown. The whole file is checked first: any problem rejects it and nothing is changed."})
    static final class AddMeasures implements Callable<Integer> {
        @ParentCommand
        DatasetCommand parent;

        @Parameters(paramLabel = "FILE", description = "The .xlsx or .csv file.")
        Path file;

        @Override
        public Integer call() {
            try (Workspace workspace = parent.root.open()) {
                DatasetService.MeasuresAdded added = workspace.dataset().addMeasures(file);
                added.notes().forEach(parent.context.out()::println);
                parent.context.out().printf("Added %d measures from %s.%n", added.added(), file.getFileName());
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "threshold", mixinStandardHelpOptions = true,
            description = {"Show the small-number threshold, or set it (administrators): published reports show counts of "
                + "people from 1 to the threshold as \"<N+1\" (default 4, shown as \"<5\")."})
    static final class Threshold implements Callable<Integer> {
        @ParentCommand
        DatasetCommand parent;

        @Parameters(paramLabel = "N", arity = "0..1", description = "The new threshold, 1 to 99.")
        Integer threshold;

        @Override
        public Integer call() {
            try (Workspace workspace = parent.root.open()) {
                if (threshold != null) {
                    workspace.dataset().setThreshold(threshold);
                }
                SmallNumbers shown = workspace.dataset().smallNumbers();
                parent.context.out().printf("Small-number threshold: %d (published counts from 1 to %d show as"
                        + " \"%s\").%n", shown.threshold(), shown.threshold(), shown.shown(1));
            }
            return ExitCode.OK;
        }
    }
}
