package scot.cswo.assurance.service.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import scot.cswo.assurance.domain.problem.RefusedException;

/**
 * Writes files the user asked for (reports, exports, calendars) whole or not at all: to a temporary
 * file beside the target, then moved into place, so a crash never leaves half a file.
 */
public final class SafeFiles {

    private SafeFiles() {
    }

    public static void write(Path target, byte[] content) {
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        Path partial = null;
        try {
            Files.createDirectories(folder);
            partial = Files.createTempFile(folder, "." + file.getFileName() + ".", ".partial");
            Files.write(partial, content);
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new RefusedException("The file " + file + " could not be written (" + e.getMessage() + "); if it"
                    + " is open in another program, close it and try again. Nothing was changed.");
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // Only a leftover temporary file; the target is whole either way.
                }
            }
        }
    }
}
