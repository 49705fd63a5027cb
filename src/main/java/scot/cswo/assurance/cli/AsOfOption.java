package scot.cswo.assurance.cli;

import java.time.Clock;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** --as-of: the date a command looks at, under the framework in force then; today unless given (a picocli mixin). */
final class AsOfOption {
    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "The date to look at, under the framework in force then (default: today).")
    LocalDate date;

    LocalDate orToday(Clock clock) {
        return date != null ? date : LocalDate.now(clock);
    }
}
