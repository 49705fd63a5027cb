package scot.cswo.assurance.platform;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Logger;

/**
 * Moving and removing files as Windows allows: a virus scanner, the search indexer or OneDrive
 * opens a new file for a moment, and a move or removal then fails with a sharing violation or
 * "access denied" though nothing is wrong. Each is tried again with growing pauses (about four
 * seconds in all) before it is given up. What went wrong is then told apart for the user: a file
 * in use by another program, or access refused (a read-only file, a protected folder).
 */
public final class FileMoves {
    private static final Logger LOG = Logger.getLogger(FileMoves.class.getName());
    private static final long[] PAUSES_MS = {50, 100, 200, 400, 800, 1200, 1600};
    private static final FileMoves STANDARD = new FileMoves(Files::move, Files::deleteIfExists, FileMoves::pause);

    /** The file system's own move, or a stand-in for it in tests. */
    @FunctionalInterface
    public interface Move {
        void move(Path from, Path to, StandardCopyOption... options) throws IOException;
    }

    /** The file system's own removal (true if there was a file), or a stand-in for it in tests. */
    @FunctionalInterface
    public interface Delete {
        boolean delete(Path file) throws IOException;
    }

    /** Waits between tries; tests wait not at all. */
    @FunctionalInterface
    public interface Pause {
        void pause(long millis);
    }

    private final Move move;
    private final Delete delete;
    private final Pause pause;

    public FileMoves(Move move, Delete delete, Pause pause) {
        this.move = move;
        this.delete = delete;
        this.pause = pause;
    }

    /** Moves and removes on the real file system, pausing in earnest between tries. */
    public static FileMoves standard() {
        return STANDARD;
    }

    /** Moves a whole file into place (replacing what is there) in one step where the file system can. */
    public void replace(Path from, Path to) throws IOException {
        retried(() -> {
            try {
                move.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                move.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        });
    }

    /** Moves a file in one step, never over one that is there. */
    public void moveNew(Path from, Path to) throws IOException {
        retried(() -> {
            move.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            return true;
        });
    }

    /** Removes a file if it is there; true if it was. */
    public boolean delete(Path file) throws IOException {
        return retried(() -> delete.delete(file));
    }

    /** Removes a file if it can, after the same tries; what is left is only logged (a scratch file). */
    public void deleteQuietly(Path file) {
        try {
            delete(file);
        } catch (IOException e) {
            LOG.warning(() -> "Could not remove " + file + " (" + e.getMessage() + "); it does no harm.");
        }
    }

    /**
     * Hides a scratch file or folder from Explorer, as its leading dot hides it elsewhere (Windows
     * hides only what has the hidden attribute), or shows it again before it takes its real name (a
     * rename keeps the attribute). Where there is no such attribute, nothing happens.
     */
    public static void hidden(Path scratch, boolean hidden) {
        try {
            if (Files.getFileStore(scratch).supportsFileAttributeView("dos")) {
                Files.setAttribute(scratch, "dos:hidden", hidden);
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.fine(() -> "Could not change whether " + scratch + " is hidden: " + e.getMessage());
        }
    }

    private interface Attempt {
        boolean run() throws IOException;
    }

    private boolean retried(Attempt attempt) throws IOException {
        for (int tried = 0; ; tried++) {
            try {
                return attempt.run();
            } catch (IOException e) {
                if (!passing(e) || tried == PAUSES_MS.length) {
                    throw e;
                }
                pause.pause(PAUSES_MS[tried]);
            }
        }
    }

    /**
     * Whether a failure may pass in a moment: a sharing violation (Java reports Windows' error 32
     * as a plain FileSystemException) or access denied (error 5, which a file open for scanning
     * also gives). A missing file, a file in the way or a full disk will not pass.
     */
    static boolean passing(IOException e) {
        if (e instanceof AccessDeniedException) {
            return true;
        }
        return e.getClass() == FileSystemException.class && !(e instanceof NoSuchFileException
                || e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException
                || e instanceof DirectoryNotEmptyException) && !wontPass(e);
    }

    /** A full disk or a read-only one (Windows' "write-protected"), which no wait will mend. */
    private static boolean wontPass(IOException e) {
        String reason = e.getMessage() == null ? "" : e.getMessage().toLowerCase(java.util.Locale.ROOT);
        return reason.contains("space") || reason.contains("full") || reason.contains("read-only")
                || reason.contains("write-protected") || reason.contains("write protected");
    }

    /**
     * Why a file could not be written or moved, in words a user can act on, ending in a full stop:
     * access refused (read-only, or a folder Windows protects), in use by another program, or the
     * file system's own reason.
     */
    public static String why(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "access to it was refused: the file or its folder may be read-only, or protected by Windows"
                    + " (Controlled folder access lets only allowed apps write to Documents and Desktop); choose"
                    + " another folder or ask IT to allow CSWO Assurance.";
        }
        if (passing(e)) {
            return "it is in use by another program (a program it is open in, a virus scanner or OneDrive); close"
                    + " it or wait a moment, then try again.";
        }
        return (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ".";
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            // Kept for whoever interrupted; the next try comes at once.
            Thread.currentThread().interrupt();
        }
    }
}
