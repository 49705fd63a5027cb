package scot.cswo.assurance.service.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;
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

    /**
     * A file the user chose to bring in, read whole. Refused, naming the file, if it is missing, a
     * folder, not an ordinary file (a device such as /dev/zero, a pipe, or a link to one: they may
     * never end), unreadable (often: open in Excel) or larger than {@code maxBytes}, which a file of
     * the kind described ("a matrix file") would never be. No more than that is ever read.
     */
    public static byte[] readUserFile(Path file, long maxBytes, String kind) {
        String source = name(file);
        try {
            if (Files.isDirectory(file)) {
                throw refused(source, "this is a folder, not a file (" + file.toAbsolutePath() + ").");
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw refused(source, "this is not an ordinary file (it is a device, a pipe or a link to one), so it"
                        + " was not read. Choose the spreadsheet itself.");
            }
            long size = Files.size(file);
            byte[] bytes = new byte[0];
            if (size <= maxBytes) {
                try (InputStream in = Files.newInputStream(file)) {
                    // Bounded even so: the file may grow while it is read.
                    bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                }
            }
            if (size > maxBytes || bytes.length > maxBytes) {
                throw refused(source, "the file is " + (Math.max(size, bytes.length) / 1024 / 1024) + " MB; " + kind
                        + " is far smaller (at most " + (maxBytes / 1024 / 1024) + " MB). Check that this is the"
                        + " right file.");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw refused(source, "there is no such file (" + file.toAbsolutePath() + ").");
        } catch (IOException e) {
            throw refused(source, "the file could not be read (" + e.getMessage()
                    + "); if it is open in Excel, close it and try again.");
        }
    }

    /** The file's name as messages give it ("matrix.xlsx"), or the whole path for a root such as "/". */
    public static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    private static InvalidDataException refused(String source, String message) {
        return new InvalidDataException(List.of(new Problem(source, 0, null, null, message)));
    }
}
