package scot.cswo.assurance.store;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import scot.cswo.assurance.domain.problem.StoreUnavailableException;
import scot.cswo.assurance.platform.FileMoves;

/**
 * The record of a restore under way, beside the database, so that one interrupted at any step
 * (the process killed, the power cut) is finished or undone the next time the database is opened.
 * A restore unpacks the backup beside the database, notes where the current file will be kept,
 * moves the current file aside and moves the backup into its place; the journal says how far it
 * got. While a restore runs, its process holds a lock on the journal, so no other opens the
 * database half-way.
 *
 * <p>On the next opening: before the current file was moved aside, the restore is undone (the
 * unpacked copy removed; the database is as it was); after, it is finished (the backup moved into
 * place; the replaced file stays where the journal says). Either way the user is told.
 */
final class RestoreJournal implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(RestoreJournal.class.getName());
    private static final String BACKUP = "backup";
    private static final String STAGE = "stage";
    private static final String ASIDE = "aside";
    private static final String UNPACKING = "unpacking";
    private static final String MOVING = "moving";
    private static final int RECORD_BYTES = 4096;

    private final DatabaseLocation target;
    private final FileChannel channel;
    private final FileLock lock;
    private final String backup;
    private boolean moving;
    private boolean done;

    private RestoreJournal(DatabaseLocation target, FileChannel channel, FileLock lock, String backup) {
        this.target = target;
        this.channel = channel;
        this.lock = lock;
        this.backup = backup;
    }

    /** The file the backup is unpacked to, beside the database, before it takes its place. */
    static Path incoming(DatabaseLocation target) {
        return target.file().resolveSibling(target.file().getFileName() + ".restoring");
    }

    private static Path file(DatabaseLocation target) {
        return target.base().resolveSibling(target.base().getFileName() + ".restore-journal");
    }

    /** Starts the journal of a restore, first finishing or undoing one that was interrupted. */
    static RestoreJournal begin(DatabaseLocation target, String backup) {
        RestoreJournal journal = open(target, backup);
        try {
            journal.recover();
            journal.write(UNPACKING, null);
            return journal;
        } catch (RuntimeException e) {
            journal.release(false);
            throw e;
        }
    }

    /** Finishes or undoes a restore that was interrupted, saying which; nothing if there was none. */
    static Optional<String> recover(DatabaseLocation target) {
        if (!Files.exists(file(target))) {
            return Optional.empty();
        }
        RestoreJournal journal = open(target, null);
        try {
            return journal.recover();
        } finally {
            journal.release(true);
        }
    }

    /** Notes where the current file will be kept, just before it is moved there. */
    void moving(Optional<Path> aside) {
        write(MOVING, aside.orElse(null));
        moving = true;
    }

    /** The backup is in place. */
    void done() {
        done = true;
    }

    /** The backup could not take its place, and the database was put back as it was. */
    void undone() {
        done = true;
    }

    /**
     * The restore is over: the journal goes, unless files were being moved when it failed, which
     * the next opening finishes or undoes.
     */
    @Override
    public void close() {
        release(done || !moving);
    }

    private static RestoreJournal open(DatabaseLocation target, String backup) {
        Path file = file(target);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new OverlappingFileLockException();
            }
            return new RestoreJournal(target, channel, lock, backup);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new StoreUnavailableException("A backup is being put in place of the database " + target.file()
                    + " right now; try again in a moment.", e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreUnavailableException("The restore journal " + file + " cannot be written: "
                    + e.getMessage(), e);
        }
    }

    private Optional<String> recover() {
        Properties noted = read();
        Path current = target.file();
        Path incoming = incoming(target);
        String aside = noted.getProperty(ASIDE, "");
        String restore = "A restore of " + noted.getProperty(BACKUP, "a backup") + " into " + current;
        try {
            if (noted.isEmpty()) {
                // Begun, but killed before the journal said what: at most an unpacked copy is left.
                removeUnpacked(incoming);
                return Optional.empty();
            }
            if (!MOVING.equals(noted.getProperty(STAGE)) || (Files.exists(current) && Files.exists(incoming))) {
                removeUnpacked(incoming);
                return said(restore + " was interrupted before it changed anything; the database is as it was.");
            }
            if (!Files.exists(current) && Files.exists(incoming)) {
                Backups.move(incoming, current);
                Backups.syncFolder(current.getParent());
            } else if (!Files.exists(current) && !aside.isEmpty() && Files.exists(Path.of(aside))) {
                Backups.move(Path.of(aside), current);
                Backups.syncFolder(current.getParent());
                return said(restore + " was interrupted; it has been undone, and the database is as it was.");
            }
            return said(restore + " was interrupted; it has now been finished" + (aside.isEmpty() ? ""
                    : ", and the database it replaced is kept as " + aside) + ".");
        } catch (IOException e) {
            throw new StoreUnavailableException(restore + " was interrupted and cannot be finished now ("
                    + e.getMessage() + "); nothing has been lost: the backup and the database are both still there.",
                    e);
        }
    }

    private static void removeUnpacked(Path incoming) throws IOException {
        FileMoves.standard().delete(incoming);
        FileMoves.standard().delete(incoming.resolveSibling(incoming.getFileName() + ".partial"));
    }

    private static Optional<String> said(String notice) {
        LOG.warning(notice);
        return Optional.of(notice);
    }

    private Properties read() {
        try {
            ByteBuffer content = ByteBuffer.allocate((int) Math.min(channel.size(), RECORD_BYTES));
            channel.read(content, 0);
            Properties noted = new Properties();
            noted.load(new StringReader(new String(content.array(), 0, content.position(), StandardCharsets.UTF_8)));
            return noted;
        } catch (IOException | IllegalArgumentException e) {
            // Unreadable: treated as not yet begun, which undoes nothing the restore had done.
            Properties unknown = new Properties();
            unknown.setProperty(STAGE, UNPACKING);
            return unknown;
        }
    }

    private void write(String stage, Path aside) {
        // Written as Properties.load reads it, but without the date Properties.store adds (which loads time zones).
        String text = "# CSWO Assurance: a restore under way\n" + BACKUP + "=" + escaped(backup) + "\n" + STAGE + "="
                + stage + "\n" + ASIDE + "=" + (aside == null ? "" : escaped(aside.toString())) + "\n";
        try {
            // One write of one block, never truncated first: a killed process leaves the old record or the new.
            byte[] written = text.getBytes(StandardCharsets.UTF_8);
            if (written.length > RECORD_BYTES) {
                throw new StoreUnavailableException("The path of " + target.file() + " is too long to restore into.");
            }
            byte[] record = Arrays.copyOf(written, RECORD_BYTES);
            Arrays.fill(record, written.length, RECORD_BYTES, (byte) '\n');
            channel.write(ByteBuffer.wrap(record), 0);
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A value as Properties.load reads it back: backslashes (Windows paths) and line breaks escaped. */
    private static String escaped(String value) {
        String text = value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
        return text.startsWith(" ") ? "\\" + text : text;
    }

    /** Removes the journal (when {@code done}) before letting go of its lock, so no one sees it unlocked. */
    private void release(boolean done) {
        try {
            if (done) {
                Files.deleteIfExists(file(target));
            }
        } catch (IOException e) {
            LOG.warning(() -> "The restore journal " + file(target) + " could not be removed: " + e.getMessage());
        } finally {
            try {
                lock.release();
            } catch (IOException ignored) {
                // Closing the channel releases it too.
            }
            closeQuietly(channel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing more to do.
            }
        }
    }
}
