package scot.cswo.assurance.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.report.AnnualReport;
import scot.cswo.assurance.service.report.ReportService;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the annual CSWO report for a financial year as an accessible PDF (PDF/UA),",
                "and optionally as an HTML page. Files are written whole or not at all."})
final class ReportCommand implements Callable<Integer> {
    private final CliContext context;

    @ParentCommand
    RootCommand root;

    @Option(names = "--year", required = true, paramLabel = "YYYY-YY", description = "The financial year, e.g. 2024-25.")
    String year;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write the PDF.")
    Path out;

    @Option(names = "--html", paramLabel = "FILE.html", description = "Also write the report as an HTML page.")
    Path html;

    @Option(names = "--data", paramLabel = "FILE.json",
            description = "Also write the figures the report prints as JSON (keys in the README).")
    Path data;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "Report the position at this date instead of the year's end (for a year in progress).")
    LocalDate asOf;

    ReportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        AnnualReport report = root.with(workspace -> new AnnualReport(workspace.report().data(ReportService.year(year),
                Optional.ofNullable(asOf))));
        report.save(out, html, data);
        context.out().printf("Wrote %s (%d pages)%s%s: %s, position as at %s.%n", out.toAbsolutePath(), report.pages(),
                html == null ? "" : " and " + html.toAbsolutePath(), data == null ? "" : " and " + data.toAbsolutePath(),
                report.data().year().label(),
                DateFormats.display(report.data().asOf()));
        return ExitCode.OK;
    }
}
