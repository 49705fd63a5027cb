package scot.cswo.assurance.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.report.QuarterlyReview;
import scot.cswo.assurance.service.Workspace;

@Command(name = "qbr", mixinStandardHelpOptions = true,
        description = {"Write the quarterly business review pack for the Joint Social Work Management Team as an "
                + "accessible PDF (PDF/UA), and optionally as an HTML page: the matrix at the quarter's end, "
                + "periods missed, the dataset against targets (small counts hidden) and the actions due."})
final class QbrCommand implements Callable<Integer> {
    private final CliContext context;

    @ParentCommand
    RootCommand root;

    @Option(names = "--quarter", required = true, paramLabel = "YYYY-Qn",
            description = "The quarter of the financial year, e.g. 2025-Q1 for April to June 2025.")
    String quarter;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write the PDF.")
    Path out;

    @Option(names = "--html", paramLabel = "FILE.html", description = "Also write the pack as an HTML page.")
    Path html;

    @Option(names = "--data", paramLabel = "FILE.json",
            description = "Also write the figures the pack prints as JSON (keys in the README).")
    Path data;

    QbrCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Quarter chosen = Quarter.parse(quarter);
        QuarterlyReview review;
        try (Workspace workspace = root.open()) {
            review = new QuarterlyReview(workspace.report().quarterly(chosen));
        }
        review.save(out, html, data);
        context.out().printf("Wrote %s (%d pages)%s%s: %s, position as at %s.%n", out.toAbsolutePath(), review.pages(),
                html == null ? "" : " and " + html.toAbsolutePath(), data == null ? "" : " and " + data.toAbsolutePath(),
                chosen.label(),
                DateFormats.display(review.data().asOf()));
        return ExitCode.OK;
    }
}
