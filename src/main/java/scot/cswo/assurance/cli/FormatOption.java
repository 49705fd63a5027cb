package scot.cswo.assurance.cli;

import picocli.CommandLine.Option;

/** The --format option of every command that lists things, written once (a picocli mixin). */
final class FormatOption {
    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    OutputFormat format;
}
