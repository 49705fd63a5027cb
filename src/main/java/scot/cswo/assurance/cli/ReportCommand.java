package scot.cswo.assurance.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.report.AnnualReport;
import scot.cswo.assurance.report.InternalAnnex;
import scot.cswo.assurance.service.report.ReportService;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the annual CSWO report for a financial year as an accessible PDF (PDF/UA), and optionally "
                + "as an HTML page. Files are written whole or not at all. Lists what stands in the way of "
                + "publishing; until nothing does, every page says \"Draft — not for publication\"."})
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

    @Option(names = "--annex", paramLabel = "FILE.pdf", description = "Also write the internal annex, not for"
            + " publication: the evidence log and the missed periods without a reason or action.")
    Path annex;

    @Option(names = "--final", description = "Write the report only if it is ready to publish; otherwise list what"
            + " stands in the way, write nothing and exit with 3.")
    boolean ready;

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
        List<String> problems = report.check().problems();
        if (ready && !problems.isEmpty()) {
            context.err().println("The report is not ready to publish, so nothing was written. Still to do:");
            problems.forEach(problem -> context.err().println("- " + problem));
            return ExitCode.INVALID_DATA;
        }
        if (annex != null) {
            InternalAnnex.requireFile(annex);
        }
        report.save(out, html, data);
        if (annex != null) {
            report.annex().save(annex);
        }
        context.out().printf("Wrote %s (%d pages)%s%s%s: %s, position as at %s.%n", out.toAbsolutePath(),
                report.pages(), html == null ? "" : " and " + html.toAbsolutePath(),
                data == null ? "" : " and " + data.toAbsolutePath(),
                annex == null ? "" : " and the internal annex " + annex.toAbsolutePath(), report.data().year().label(),
                DateFormats.display(report.data().asOf()));
        if (!problems.isEmpty()) {
            context.out().println("This is a draft: every page says \"Draft — not for publication\". Before it can be"
                    + " published:");
            problems.forEach(problem -> context.out().println("- " + problem));
        }
        return ExitCode.OK;
    }
}
