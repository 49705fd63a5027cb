package scot.cswo.assurance.store;

import static scot.cswo.assurance.store.jooq.Tables.CHANGE_HISTORY;
import static scot.cswo.assurance.store.jooq.Tables.EVIDENCE;
import static scot.cswo.assurance.store.jooq.Tables.FRAMEWORK;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.domain.problem.StoreUnavailableException;
import scot.cswo.assurance.platform.FileMoves;

/**
 * Backups of an embedded database: consistent copies made by H2's own BACKUP while the database
 * is open, kept as timestamped zip files in a folder beside it ("assurance-backups"). Restoring
 * never deletes anything: the file being replaced is moved aside with a timestamp first.
 */
public final class Backups {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final long MAX_UNPACKED = 4L * 1024 * 1024 * 1024;

    /** One backup file. @param reason "manual", "daily", "before-v5", … */
    public record Backup(Path file, LocalDateTime takenAt, String reason, long bytes) {
    }

    /** What a backup holds, read from a scratch copy so the backup itself is never changed. */
    public record Contents(String framework, int evidence, int changes) {
    }

    private static final Logger LOG = Logger.getLogger(Backups.class.getName());
    /** Scratch folders for checking a backup: hidden, beside the database, each with a lock while in use. */
    private static final String CHECK_PREFIX = ".restore-check";
    private static final String IN_USE = "in-use.lock";
    private static final Set<Path> CHECKING = ConcurrentHashMap.newKeySet();

    private final Path folder;
    private final String name;
    private final Pattern pattern;

    public Backups(DatabaseLocation location) {
        this(location.base().resolveSibling(location.base().getFileName() + "-backups"),
                location.base().getFileName().toString());
    }

    private Backups(Path folder, String name) {
        this.folder = folder;
        this.name = name;
        // Windows matches names whatever their case: "Assurance-backups" is the folder of "assurance" too.
        this.pattern = Pattern.compile(Pattern.quote(name) + "-(\\d{8}-\\d{6})-([a-z0-9-]+)\\.zip",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public Path folder() {
        return folder;
    }

    /** Takes a backup of the open database (its committed state) now. */
    public Backup take(Database database, Instant at, ZoneId zone, String reason) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreUnavailableException("The backup folder " + folder + " could not be created: "
                    + e.getMessage(), e);
        }
        String stamp = STAMP.format(LocalDateTime.ofInstant(at, zone));
        Path file = folder.resolve(name + "-" + stamp + "-" + reason + ".zip");
        Path partial = folder.resolve(file.getFileName() + ".partial");
        try {
            Files.deleteIfExists(partial);
            database.backupTo(partial);
            move(partial, file);
            LOG.info(() -> "Backed up to " + file);
            return backup(file).orElseThrow();
        } catch (IOException e) {
            throw new StoreUnavailableException("The backup could not be written to " + folder + ": "
                    + FileMoves.why(e) + " If the disk is full, free some space.", e);
        } finally {
            FileMoves.standard().deleteQuietly(partial);
        }
    }

    /**
     * Copies a backup just taken into a second folder (a home drive or OneDrive, where a finished zip
     * is safe though the database is not), whole or not at all, and keeps there the newest {@code keep}
     * of this database's backups, as here.
     *
     * @return the copy
     */
    public Path copyTo(Backup taken, Path other, int keep) {
        Path copy = other.resolve(taken.file().getFileName().toString());
        Path partial = other.resolve("." + copy.getFileName() + ".partial");
        try {
            Files.createDirectories(other);
            Files.copy(taken.file(), partial, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel written = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                written.force(true);
            }
            FileMoves.standard().replace(partial, copy);
        } catch (IOException e) {
            throw new StoreUnavailableException("Backed up to " + taken.file() + ", but the second copy could not be"
                    + " written to " + other + ": " + FileMoves.why(e), e);
        } finally {
            FileMoves.standard().deleteQuietly(partial);
        }
        new Backups(other, name).keepNewest(keep, copy);
        LOG.info(() -> "Copied the backup to " + copy);
        return copy;
    }

    /** Every backup of this database, newest first. */
    public List<Backup> list() {
        List<Backup> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                backup(file).ifPresent(found::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(Comparator.comparing(Backup::takenAt).reversed());
        return found;
    }

    /**
     * Deletes this database's oldest backups beyond the newest {@code keep} (at least one), never
     * {@code justTaken} (even if a backup dated later is in the folder), and nothing else.
     */
    public void keepNewest(int keep, Path justTaken) {
        if (keep < 1) {
            throw new IllegalArgumentException("At least one backup is kept, not " + keep);
        }
        int kept = 0;
        for (Backup backup : list()) {
            if (backup.file().equals(justTaken) || kept < keep) {
                kept++;
                continue;
            }
            try {
                Files.deleteIfExists(backup.file());
            } catch (IOException e) {
                // An old backup that cannot be deleted now is tried again next time.
            }
        }
    }

    /**
     * Opens a copy of a backup to see that it is a whole, readable CSWO Assurance database and what it
     * holds; {@code first} may refuse it before that (by throwing). The copy is made in a scratch folder
     * beside the database and removed afterwards (if this process is killed, the next time the
     * database is opened); the backup file is not changed.
     */
    public static Contents check(Path zip, DatabaseLocation beside, Consumer<Database> first) {
        clearStaleChecks(beside);
        Path scratch;
        try {
            scratch = Files.createTempDirectory(beside.file().getParent(), CHECK_PREFIX);
            FileMoves.hidden(scratch, true);
        } catch (IOException e) {
            throw new StoreUnavailableException("A scratch folder for checking the backup could not be made beside "
                    + beside.file() + ": " + e.getMessage(), e);
        }
        CHECKING.add(scratch);
        try (FileChannel inUse = FileChannel.open(scratch.resolve(IN_USE), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE); FileLock held = inUse.lock()) {
            DatabaseLocation copy = DatabaseLocation.of(scratch.resolve("check.mv.db"));
            unpack(zip, copy.file());
            refuseUnlessOurs(zip, copy.file());
            try (Database database = Database.openEmbedded(copy, false)) {
                first.accept(database);
                return database.read(ctx -> new Contents(
                        ctx.select(FRAMEWORK.NAME).from(FRAMEWORK).orderBy(FRAMEWORK.READ_ONLY, FRAMEWORK.ID.desc())
                                .limit(1).fetchOptional(FRAMEWORK.NAME).orElse("(no framework)"),
                        ctx.fetchCount(EVIDENCE), ctx.fetchCount(CHANGE_HISTORY)));
            }
        } catch (IOException e) {
            throw new StoreUnavailableException("The backup could not be checked in " + scratch + ": " + e.getMessage(),
                    e);
        } finally {
            CHECKING.remove(scratch);
            Scratch.delete(scratch);
        }
    }

    /**
     * Removes the scratch folders of checks that were interrupted (the process was killed): those
     * beside the database that no check, here or in another process, still holds.
     */
    static void clearStaleChecks(DatabaseLocation location) {
        Path folder = location.file().getParent();
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> checks = Files.newDirectoryStream(folder, CHECK_PREFIX + "*")) {
            for (Path check : checks) {
                if (!CHECKING.contains(check) && !held(check.resolve(IN_USE))) {
                    Scratch.delete(check);
                }
            }
        } catch (IOException ignored) {
            // Tried again the next time the database is opened.
        }
    }

    /** Whether a running check holds this lock; one that cannot be read is left alone. */
    private static boolean held(Path lock) {
        if (!Files.exists(lock)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE); FileLock free = channel.tryLock()) {
            return free == null;
        } catch (OverlappingFileLockException | IOException e) {
            return true;
        }
    }

    /**
     * Puts a backup in place of the (closed) database. The current file, if any, is moved aside
     * with a timestamp, never deleted. Every step is in a journal beside the database, so that one
     * interrupted (the process killed) is finished or undone the next time it is opened.
     *
     * @return where the replaced file now is, if there was one
     */
    public static Optional<Path> restore(Path zip, DatabaseLocation target, Instant at, ZoneId zone) {
        return restore(zip, target, at, zone, FileMoves.standard());
    }

    /** As {@link #restore(Path, DatabaseLocation, Instant, ZoneId)}, moving files with {@code moves}. */
    static Optional<Path> restore(Path zip, DatabaseLocation target, Instant at, ZoneId zone, FileMoves moves) {
        Path current = target.file();
        Path incoming = RestoreJournal.incoming(target);
        try (RestoreJournal journal = RestoreJournal.begin(target, zip.getFileName().toString())) {
            unpack(zip, incoming);
            refuseUnlessOurs(zip, incoming);
            Optional<Path> aside = Files.exists(current) ? Optional.of(aside(target, at, zone)) : Optional.empty();
            journal.moving(aside);
            try {
                if (aside.isPresent()) {
                    moves.replace(current, aside.get());
                }
                moves.replace(incoming, current);
            } catch (IOException e) {
                rollBack(zip, target, aside, moves, e);
                journal.undone();
                throw new StoreUnavailableException("The backup " + zip.getFileName() + " could not be put in place of "
                        + current + ": " + FileMoves.why(e) + " The database is as it was; nothing is lost.", e);
            }
            syncFolder(current.getParent());
            journal.done();
            LOG.info(() -> "Restored " + zip + " to " + current + aside.map(p -> "; the previous file is " + p)
                    .orElse(""));
            return aside;
        }
    }

    /**
     * Puts the database back as it was when the backup could not take its place: the current file
     * back from where it was moved aside, the unpacked copy removed. If even that fails, the journal
     * stays, and the next opening finishes or undoes the restore.
     */
    private static void rollBack(Path zip, DatabaseLocation target, Optional<Path> aside, FileMoves moves,
                                 IOException failure) {
        Path current = target.file();
        try {
            if (aside.isPresent() && !Files.exists(current) && Files.exists(aside.get())) {
                moves.moveNew(aside.get(), current);
            }
            moves.delete(RestoreJournal.incoming(target));
            syncFolder(current.getParent());
        } catch (IOException e) {
            failure.addSuppressed(e);
            throw new StoreUnavailableException("The backup " + zip.getFileName() + " could not be put in place of "
                    + current + " (" + FileMoves.why(failure) + ") and the database could not yet be put back ("
                    + FileMoves.why(e) + "). Nothing is lost: it is finished or undone the next time the database is"
                    + " opened.", failure);
        }
        LOG.warning(() -> "Restoring " + zip + " to " + current + " failed and was undone: " + failure);
    }

    /**
     * Restores as {@link #restore(Path, DatabaseLocation, Instant, ZoneId)} once the window has
     * closed, where no one is left to tell: how it went (done, or failed and undone, and why) is
     * logged and kept beside the database, and the next opening says it ({@link Database#recovered}).
     */
    public static void restoreAndTell(Path zip, DatabaseLocation target, Instant at, ZoneId zone) {
        String outcome;
        try {
            Optional<Path> aside = restore(zip, target, at, zone);
            outcome = "The backup " + zip.getFileName() + " was restored when the window closed"
                    + aside.map(p -> "; the database it replaced is kept as " + p).orElse("") + ".";
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Restoring " + zip + " when the window closed failed", e);
            outcome = "The backup " + zip.getFileName() + " was not restored when the window closed: "
                    + e.getMessage();
        }
        try {
            Path note = outcomeFile(target);
            Path partial = note.resolveSibling(note.getFileName() + ".partial");
            Files.writeString(partial, outcome, StandardCharsets.UTF_8);
            move(partial, note);
        } catch (IOException e) {
            LOG.warning(() -> "How the restore went could not be kept for the next start: " + e.getMessage());
        }
    }

    /** What {@link #restoreAndTell} kept for the next opening to say, if anything; said once. */
    static Optional<String> restoreOutcome(DatabaseLocation target) {
        Path note = outcomeFile(target);
        if (!Files.exists(note)) {
            return Optional.empty();
        }
        try {
            String outcome = Files.readString(note, StandardCharsets.UTF_8).strip();
            FileMoves.standard().delete(note);
            return outcome.isEmpty() ? Optional.empty() : Optional.of(outcome);
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.warning(() -> "How the last restore went could not be read from " + note + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Path outcomeFile(DatabaseLocation target) {
        return target.base().resolveSibling(target.base().getFileName() + ".restore-outcome");
    }

    /**
     * Finishes or undoes a restore into this database that was interrupted, and says which; nothing
     * if there was none.
     */
    public static Optional<String> finishInterrupted(DatabaseLocation target) {
        return RestoreJournal.recover(target);
    }

    /** Where the replaced database is kept: named for when, and never over an earlier one. */
    private static Path aside(DatabaseLocation target, Instant at, ZoneId zone) {
        String name = target.base().getFileName() + "-replaced-" + STAMP.format(LocalDateTime.ofInstant(at, zone));
        Path aside = target.file().resolveSibling(name + DatabaseLocation.SUFFIX);
        for (int n = 2; Files.exists(aside); n++) {
            aside = target.file().resolveSibling(name + "-" + n + DatabaseLocation.SUFFIX);
        }
        return aside;
    }

    /** Refuses (and removes) a backup's unpacked database unless it is a whole database of this app's. */
    private static void refuseUnlessOurs(Path zip, Path unpacked) {
        Optional<Database.Rejection> rejection = Database.examine(unpacked).rejection();
        if (rejection.isPresent()) {
            try {
                Files.deleteIfExists(unpacked);
            } catch (IOException ignored) {
                // Only an unpacked copy of the backup, which is kept.
            }
            throw new RefusedException("The backup " + zip.getFileName() + " " + rejection.get().reason()
                    + ", so it cannot be restored. Nothing was changed.");
        }
    }

    private Optional<Backup> backup(Path file) {
        Matcher m = pattern.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Backup(file, LocalDateTime.parse(m.group(1), STAMP),
                    m.group(2).toLowerCase(Locale.ROOT), Files.size(file)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The database file from a backup zip, written whole or not at all; anything else is refused. */
    private static void unpack(Path zip, Path to) {
        Path partial = to.resolveSibling(to.getFileName() + ".partial");
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (!entry.isDirectory() && entry.getName().endsWith(DatabaseLocation.SUFFIX) && !found) {
                    Files.createDirectories(to.getParent());
                    copyCapped(in, partial);
                    found = true;
                }
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // Only a scratch file.
            }
            throw new RefusedException("The file " + zip.getFileName() + " is not a readable backup ("
                    + e.getMessage() + "). Nothing was changed.");
        }
        if (!found) {
            throw new RefusedException("The file " + zip.getFileName() + " is not a CSWO Assurance backup: it holds"
                    + " no database. Nothing was changed.");
        }
        try {
            move(partial, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyCapped(InputStream in, Path to) throws IOException {
        long copied = 0;
        byte[] buffer = new byte[1 << 16];
        try (FileChannel out = FileChannel.open(to, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                copied += n;
                if (copied > MAX_UNPACKED) {
                    throw new IOException("it unpacks to more than 4 GB");
                }
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
            }
            // On the disk before it is renamed into place, so a power cut cannot leave a renamed but empty file.
            out.force(true);
        }
    }

    /** Makes a folder's renames durable (the file system's record of them written to the disk). */
    static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notOnThisSystem) {
            // Windows cannot open a folder this way; NTFS journals its renames itself.
        }
    }

    /** Moves a whole file into place in one step where the file system can, trying again while it is in use. */
    static void move(Path from, Path to) throws IOException {
        FileMoves.standard().replace(from, to);
    }
}
