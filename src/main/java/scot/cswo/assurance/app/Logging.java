package scot.cswo.assurance.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends java.util.logging (ours, Flyway's, jOOQ's) to a rolling file in the data folder and never
 * to the console, where it would mix with command output.
 */
final class Logging {

    private Logging() {
    }

    static void toFile(Path logFile) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        try {
            Files.createDirectories(logFile.getParent());
            Handler file = new FileHandler(logFile.toString().replace(".log", "-%g.log"), 1_000_000, 5, true);
            file.setFormatter(new SimpleFormatter());
            file.setEncoding("UTF-8");
            root.addHandler(file);
        } catch (IOException | RuntimeException cannotLog) {
            // A read-only profile must not stop the app; it just runs without a log file.
        }
    }
}
