package scot.cswo.assurance.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import scot.cswo.assurance.service.files.SafeFiles;

/**
 * How a listing comes out, written once for every command that lists things (a picocli mixin):
 * --format, and --out to write it to a file in UTF-8 rather than to the console, whose code page
 * PowerShell and Excel would read a redirected listing in. CSV gets a byte-order mark, which is how
 * Excel knows to read it as UTF-8 ("Siobhán", not "SiobhÃ¡n").
 */
final class FormatOption {
    private static final String BOM = "\ufeff";

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the listing to this file (UTF-8; CSV with"
            + " the mark Excel needs to read accents) instead of printing it.")
    Path out;

    /** Prints {@code listing}, or writes it to the --out file and says so. */
    void print(CliContext context, String listing) {
        if (out == null) {
            context.out().print(listing);
            return;
        }
        String text = format == OutputFormat.CSV ? BOM + listing : listing;
        SafeFiles.writeOutput(out, "The listing", text.getBytes(StandardCharsets.UTF_8), extensions());
        context.out().println("Wrote " + out.toAbsolutePath() + ".");
    }

    private String[] extensions() {
        return switch (format) {
            case CSV -> new String[] {".csv", ".txt"};
            case JSON -> new String[] {".json", ".txt"};
            case TABLE -> new String[] {".txt"};
        };
    }
}
