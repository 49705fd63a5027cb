package scot.cswo.assurance.service.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.platform.FileMoves;

/**
 * Writes files whole or not at all: to a temporary file beside the target, then moved into place,
 * so a crash never leaves half a file. Every file gets the account's default permissions, as a
 * file any program saves there would (on a shared folder, its settings decide who may read).
 */
public final class SafeFiles {
    /** Folders CSWO Assurance keeps beside a database ("assurance-backups" beside "assurance.mv.db"). */
    private static final List<String> DATABASE_FOLDERS = List.of("-backups", "-attachments");

    private SafeFiles() {
    }

    /**
     * Writes a file the user asked for (a report, an export, a copy of a backup), refusing a name
     * that does not end in one of {@code extensions} and any place where the app keeps a database's
     * own files: the database, its lock and trace files (none of which ends so), and the backups and
     * attachments folders beside it.
     *
     * @param what the file, for the message: "The report", "The export", …
     */
    public static void writeOutput(Path target, String what, byte[] content, String... extensions) {
        requireOutput(target, what, extensions);
        write(target, content);
    }

    /** Copies a file to a place the user asked for, with the same refusals as {@link #writeOutput}. */
    public static void copyOutput(Path source, Path target, String what, String... extensions) {
        requireOutput(target, what, extensions);
        writeWith(target, partial -> {
            try (InputStream in = Files.newInputStream(source)) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
        });
    }

    /** Refuses, before any work, a place {@link #writeOutput} would refuse. */
    public static void requireOutput(Path target, String what, String... extensions) {
        if (Files.isDirectory(target)) {
            throw new RefusedException(target + " is a folder; give the name of a file.");
        }
        String name = target.getFileName() == null ? "" : target.getFileName().toString();
        if (Arrays.stream(extensions).noneMatch(e -> name.toLowerCase(Locale.ROOT).endsWith(e))) {
            throw new RefusedException(what + " must be saved with a name ending in " + String.join(" or ", extensions)
                    + "; " + target.toAbsolutePath() + " does not, so nothing was written.");
        }
        Path folder = realFolder(target.toAbsolutePath().getParent());
        for (Path inside = folder; inside != null && inside.getFileName() != null; inside = inside.getParent()) {
            String folderName = inside.getFileName().toString();
            for (String kept : DATABASE_FOLDERS) {
                if (folderName.endsWith(kept) && Files.exists(inside.resolveSibling(
                        folderName.substring(0, folderName.length() - kept.length()) + ".mv.db"))) {
                    throw new RefusedException(what + " cannot be saved in " + inside + ", where CSWO Assurance keeps"
                            + " the database's own " + kept.substring(1) + "; choose another folder. Nothing was"
                            + " written.");
                }
            }
        }
    }

    /** The folder as it really is on the disk (through any links), as far as it exists yet. */
    private static Path realFolder(Path folder) {
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing == null ? folder : existing.toRealPath().resolve(existing.relativize(folder));
        } catch (IOException e) {
            return folder;
        }
    }

    /** Writes a file the app keeps for itself (its settings), whole or not at all. */
    public static void write(Path target, byte[] content) {
        write(target, content, FileMoves.standard());
    }

    /** As {@link #write(Path, byte[])}, moving the finished file into place with {@code moves}. */
    static void write(Path target, byte[] content, FileMoves moves) {
        writeWith(target, partial -> Files.write(partial, content, StandardOpenOption.TRUNCATE_EXISTING), moves);
    }

    private interface Filling {
        void fill(Path partial) throws IOException;
    }

    private static void writeWith(Path target, Filling filling) {
        writeWith(target, filling, FileMoves.standard());
    }

    private static void writeWith(Path target, Filling filling, FileMoves moves) {
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        Path partial = null;
        try {
            Files.createDirectories(folder);
            // Created as any new file is, with the account's default permissions (not a temporary file's 0600).
            partial = folder.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".partial");
            Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
            FileMoves.hidden(partial, true);
            filling.fill(partial);
            FileMoves.hidden(partial, false);
            // Tried again for a few seconds: a virus scanner or OneDrive may hold either file for a moment.
            moves.replace(partial, file);
        } catch (IOException e) {
            throw new RefusedException("The file " + file + " could not be written: " + FileMoves.why(e)
                    + " It has not been changed.");
        } finally {
            if (partial != null && Files.exists(partial)) {
                // Only a leftover temporary file (the target is whole either way), hidden again in case it stays.
                FileMoves.hidden(partial, true);
                moves.deleteQuietly(partial);
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
