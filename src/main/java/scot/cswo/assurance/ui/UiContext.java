package scot.cswo.assurance.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletionStage;
import scot.cswo.assurance.service.ConnectionSettings;
import scot.cswo.assurance.service.DatabaseChoice;
import scot.cswo.assurance.service.Diagnostics;
import scot.cswo.assurance.service.Restorer;

/**
 * What the window needs from the composition root.
 *
 * @param startup     the database opening, already under way when the window is built
 * @param windowState file remembering the window's size and position
 * @param connections this PC's choice of database (its own file or a shared server)
 * @param restorer    puts a backup in place of a database that cannot be opened
 * @param database    the database being opened
 * @param diagnostics writes the zip IT asks for when something goes wrong
 * @param userGuide   the guide Help &gt; User guide (F1) opens
 */
public record UiContext(CompletionStage<Startup> startup, BackgroundRunner runner, Clock clock, Path windowState,
                        String version, ConnectionSettings connections, Restorer restorer, DatabaseChoice database,
                        Diagnostics diagnostics, UserGuide userGuide) {
}
