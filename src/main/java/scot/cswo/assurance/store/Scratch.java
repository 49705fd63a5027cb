package scot.cswo.assurance.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import scot.cswo.assurance.platform.FileMoves;

/** Scratch folders the store makes for a moment (to check a backup, to build a schema) and removes. */
final class Scratch {

    private Scratch() {
    }

    /** Removes a scratch folder and all in it, as far as it can: what is left does no harm and is tried again. */
    static void delete(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                // Tried again for a moment: on Windows, a file just closed may still be held by a scanner.
                FileMoves.standard().delete(file);
            }
        } catch (IOException ignored) {
            // Only scratch files; the next open of the database tries again.
        }
    }
}
