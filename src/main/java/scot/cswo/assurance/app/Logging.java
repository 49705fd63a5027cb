package scot.cswo.assurance.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends java.util.logging (ours, Flyway's, jOOQ's) to a rolling file in the data folder and never
 * to the console, where it would mix with command output.
 */
final class Logging {
    /** How many names FileHandler may have tried when other processes (the window, say) hold the log. */
    private static final int OTHER_PROCESSES = 20;

    private Logging() {
    }

    /**
     * Logs to {@code firstFile} ("cswo-assurance-0.log", older generations -1, -2 …) and returns the
     * file this process actually writes, so messages can name it: while another process holds the
     * log, FileHandler writes "cswo-assurance-0.log.1" instead. Returns {@code firstFile} if no log
     * can be written at all.
     */
    static Path toFile(Path firstFile) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        try {
            Files.createDirectories(firstFile.getParent());
            Handler file = new FileHandler(pattern(firstFile), 1_000_000, 5, true);
            file.setFormatter(new SimpleFormatter());
            file.setEncoding("UTF-8");
            root.addHandler(file);
            String marker = "Log opened by process " + ProcessHandle.current().pid() + " (" + UUID.randomUUID() + ")";
            file.publish(new LogRecord(Level.INFO, marker));
            file.flush();
            return written(firstFile, marker);
        } catch (IOException | RuntimeException cannotLog) {
            // A read-only profile must not stop the app, but someone should learn it runs without a log.
            System.err.println("CSWO Assurance cannot write its log file " + firstFile + " ("
                    + cannotLog.getClass().getSimpleName() + ") and runs without one.");
            return firstFile;
        }
    }

    /**
     * The FileHandler pattern for {@code firstFile}: "%" doubled so a folder such as "100%done" or
     * "%temp%" is taken literally, and only the file name's "-0.log" becoming the generation "-%g.log".
     */
    private static String pattern(Path firstFile) {
        String literal = firstFile.toString().replace("%", "%%");
        String name = firstFile.getFileName().toString();
        if (!name.endsWith("-0.log")) {
            return literal;
        }
        return literal.substring(0, literal.length() - "0.log".length()) + "%g.log";
    }

    /** The candidate whose end holds this process's marker line. */
    private static Path written(Path firstFile, String marker) throws IOException {
        for (int unique = 0; unique <= OTHER_PROCESSES; unique++) {
            Path file = unique == 0 ? firstFile : firstFile.resolveSibling(firstFile.getFileName() + "." + unique);
            if (Files.isRegularFile(file) && tail(file).contains(marker)) {
                return file;
            }
        }
        return firstFile;
    }

    private static String tail(Path file) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            ByteBuffer end = ByteBuffer.allocate(4096);
            channel.position(Math.max(0, channel.size() - end.capacity()));
            while (end.hasRemaining() && channel.read(end) > 0) {
                // Reads the last few kilobytes, where the marker was just written.
            }
            return new String(end.array(), 0, end.position(), StandardCharsets.UTF_8);
        }
    }
}
