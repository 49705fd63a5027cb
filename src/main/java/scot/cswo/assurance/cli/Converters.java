package scot.cswo.assurance.cli;

import java.time.LocalDate;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;
import scot.cswo.assurance.domain.DateText;
import scot.cswo.assurance.domain.frequency.MeetingSeries;
import scot.cswo.assurance.domain.matrix.Ref;

/** Reads option values and says plainly what was expected when they do not fit. */
final class Converters {

    private Converters() {
    }

    /** Registers on the command and every subcommand already added to it. */
    static CommandLine register(CommandLine commandLine) {
        return commandLine
                .registerConverter(LocalDate.class, Converters::date)
                .registerConverter(Ref.class, Converters::ref)
                .registerConverter(MeetingSeries.class, Converters::series);
    }

    /** Dates as the window reads them (2025-04-01, 1/4/25, 1 April 2025), years 1900 to 2099. */
    static LocalDate date(String text) {
        return DateText.read(text).orElseThrow(() -> new TypeConversionException(
                "'" + text + "' is not a date; write it like 15/09/2026 or 2026-09-15"));
    }

    static Ref ref(String text) {
        return Ref.parse(text).orElseThrow(() -> new TypeConversionException(
                "'" + text + "' is not a ref; refs look like F1.3 (function 1, third mechanism)"));
    }

    static MeetingSeries series(String text) {
        return MeetingSeries.fromKey(text).orElseThrow(() -> new TypeConversionException(
                "'" + text + "' is not a meeting series; use jswmt, committee or strategic"));
    }
}
