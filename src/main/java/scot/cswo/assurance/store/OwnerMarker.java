package scot.cswo.assurance.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Properties;

/**
 * Records who has an embedded database open. H2's own lock says only that the file is in use;
 * this says by whom, for the message the next person sees.
 */
final class OwnerMarker {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private OwnerMarker() {
    }

    static void claim(Path file) {
        Properties owner = new Properties();
        owner.setProperty("user", System.getProperty("user.name", "unknown"));
        owner.setProperty("computer", computerName());
        owner.setProperty("since", LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES).toString());
        owner.setProperty("process", Long.toString(ProcessHandle.current().pid()));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            owner.store(out, "CSWO Assurance: who has this database open");
        } catch (IOException notEssential) {
            // Only improves a message; the database lock itself is H2's.
        }
    }

    static void release(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException notEssential) {
            // A stale marker is only read when H2 reports the file in use.
        }
    }

    /** "jsmith on PC-0123 since 22/11/2026 09:15", if known. */
    static Optional<String> describe(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties owner = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            owner.load(in);
            String since = owner.getProperty("since", "");
            String when = since.isEmpty() ? "" : " since " + WHEN.format(LocalDateTime.parse(since));
            return Optional.of(owner.getProperty("user", "someone") + " on " + owner.getProperty("computer", "another computer")
                    + when);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static String computerName() {
        String name = System.getenv("COMPUTERNAME");
        if (name == null || name.isBlank()) {
            name = System.getenv("HOSTNAME");
        }
        if (name == null || name.isBlank()) {
            try {
                name = Files.readString(Path.of("/etc/hostname")).strip();
            } catch (IOException | RuntimeException unknown) {
                name = "";
            }
        }
        return name.isBlank() ? "this computer" : name;
    }
}
