package scot.cswo.assurance.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;
import scot.cswo.assurance.service.DatabaseChoice;
import scot.cswo.assurance.service.Diagnostics;
import scot.cswo.assurance.service.WorkspaceOpener;
import scot.cswo.assurance.service.Restorer;

/**
 * What the commands need from the composition root.
 *
 * @param openWindow opens the desktop window on the given database and returns when it closes
 * @param logFile    where unexpected errors are written in full, for the message users see
 * @param restorer   puts a backup in place of a database file that is not open
 * @param diagnostics writes the zip IT asks for when something goes wrong
 * @param askPassword asks for a password with the prompt given (the mail relay's, each time it is used:
 *                    never stored); null if none was given
 */
public record CliContext(WorkspaceOpener opener, PrintWriter out, PrintWriter err, Clock clock, String version,
                         Consumer<DatabaseChoice> openWindow, Path logFile, Restorer restorer,
                         Diagnostics diagnostics, Function<String, char[]> askPassword) {

    /** The same, opening databases through {@code other}. */
    CliContext withOpener(WorkspaceOpener other) {
        return new CliContext(other, out, err, clock, version, openWindow, logFile, restorer, diagnostics,
                askPassword);
    }
}
