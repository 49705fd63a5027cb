package scot.cswo.assurance.app;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.domain.problem.StoreUnavailableException;
import scot.cswo.assurance.platform.RemoteSession;
import scot.cswo.assurance.service.access.Access;
import scot.cswo.assurance.service.backup.BackupService;
import scot.cswo.assurance.service.files.SafeFiles;
import scot.cswo.assurance.store.Backups;
import scot.cswo.assurance.store.Database;
import scot.cswo.assurance.store.DatabaseLocation;

/**
 * Backups of an embedded database, kept beside it; how many to keep is remembered beside them. A
 * second folder for copies is remembered for this PC ({@link ThisPc}), as it is this PC's disks.
 */
final class EmbeddedBackups implements BackupService {
    static final String KEEP_FIELD = "Backups kept";
    private static final String KEEP = "keep";
    private static final String COPY_FOLDER = "folder";

    /** @param copySettings where this PC's second backup folder is remembered; @param environment its variables */
    record ThisPc(Path copySettings, Map<String, String> environment) {
    }

    private final Database database;
    private final DatabaseLocation location;
    private final Backups backups;
    private final Access access;
    private final Clock clock;
    private final ThisPc pc;
    private Path pendingRestore;

    EmbeddedBackups(Database database, Access access, Clock clock, ThisPc pc) {
        this.database = database;
        this.pc = pc;
        this.location = database.embeddedLocation().orElseThrow();
        this.backups = new Backups(location);
        this.access = access;
        this.clock = clock;
    }

    @Override
    public BackupInfo backupNow() {
        access.require(Role.EDITOR, "back up the database");
        return take("manual");
    }

    @Override
    public Optional<BackupInfo> dailyIfDue() {
        LocalDate today = LocalDate.now(clock);
        boolean takenToday = backups.list().stream().anyMatch(b -> b.takenAt().toLocalDate().equals(today));
        return takenToday ? Optional.empty() : Optional.of(take("daily"));
    }

    private BackupInfo take(String reason) {
        Backups.Backup taken = backups.take(database, clock.instant(), clock.getZone(), reason);
        int keep;
        try {
            keep = keepSetting();
        } catch (RefusedException unusable) {
            throw new RefusedException("Backed up to " + taken.file() + ", but no old backup was removed: "
                    + unusable.getMessage());
        }
        backups.keepNewest(keep, taken.file());
        Optional<Path> copyFolder = copyFolder();
        if (copyFolder.isPresent()) {
            try {
                backups.copyTo(taken, copyFolder.get(), keep);
            } catch (StoreUnavailableException e) {
                throw new RefusedException(e.getMessage());
            }
        }
        return info(taken);
    }

    @Override
    public Optional<Path> copyFolder() {
        Path file = pc.copySettings();
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new RefusedException("The settings file " + file + " cannot be read (" + e.getMessage() + ").");
        }
        String folder = properties.getProperty(COPY_FOLDER, "").strip();
        return folder.isEmpty() ? Optional.empty() : Optional.of(Path.of(folder));
    }

    @Override
    public void copyFolder(Optional<Path> folder) {
        access.require(Role.EDITOR, "choose where backups are copied");
        if (folder.isPresent() && folder.get().toAbsolutePath().normalize().equals(backups.folder())) {
            throw new RefusedException(folder.get() + " is where the backups are kept already; choose a folder on"
                    + " another drive (your home drive or OneDrive).");
        }
        Properties properties = new Properties();
        folder.ifPresent(f -> properties.setProperty(COPY_FOLDER, f.toAbsolutePath().normalize().toString()));
        StringWriter text = new StringWriter();
        try {
            properties.store(text, "CSWO Assurance on this PC: the second folder each backup is copied into");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SafeFiles.write(pc.copySettings(), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Optional<String> warning() {
        if (!RemoteSession.remote(pc.environment()) || copyFolder().isPresent()) {
            return Optional.empty();
        }
        return Optional.of("You are working in a remote desktop session. The database and its backups are kept in"
                + " this session's profile (" + backups.folder() + "), which may be cleared when you sign out. Choose"
                + " a second folder for backups (your home drive or OneDrive) under File, Backups.");
    }

    @Override
    public List<BackupInfo> list() {
        return backups.list().stream().map(EmbeddedBackups::info).toList();
    }

    @Override
    public Path folder() {
        return backups.folder();
    }

    /** As the settings file says; the default while what it says cannot be used (taking a backup says why). */
    @Override
    public int keep() {
        try {
            return keepSetting();
        } catch (RefusedException unusable) {
            return DEFAULT_KEEP;
        }
    }

    /** How many backups the settings file says to keep, refused unless from 1 to 365. */
    private int keepSetting() {
        Path file = settingsFile();
        if (!Files.exists(file)) {
            return DEFAULT_KEEP;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new RefusedException("the settings file " + file + " cannot be read (" + e.getMessage() + ").");
        }
        String value = properties.getProperty(KEEP, Integer.toString(DEFAULT_KEEP)).strip();
        if (!value.matches("\\d{1,3}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > 365) {
            throw new RefusedException(file + " says " + KEEP + "=" + value + ", and it must be a whole number from 1"
                    + " to 365.");
        }
        return Integer.parseInt(value);
    }

    @Override
    public void keep(int count) {
        access.require(Role.ADMINISTRATOR, "change how many backups are kept");
        if (count < 1 || count > 365) {
            throw new InvalidDataException(List.of(new Problem(null, 0, KEEP_FIELD, Integer.toString(count),
                    "keep from 1 to 365 backups.")));
        }
        SafeFiles.write(settingsFile(), (KEEP + "=" + count + "\n").getBytes(StandardCharsets.UTF_8));
        backups.keepNewest(count, null);
    }

    @Override
    public BackupContents check(Path backup) {
        return contents(backup, location, database -> { });
    }

    @Override
    public BackupContents restoreWhenClosed(Path backup) {
        access.require(Role.ADMINISTRATOR, "restore a backup");
        BackupContents contents = check(backup);
        pendingRestore = backup;
        return contents;
    }

    /** Called once the database is closed: puts a requested backup in place, keeping how it went for the next start. */
    void afterClose() {
        if (pendingRestore != null) {
            Backups.restoreAndTell(pendingRestore, location, clock.instant(), clock.getZone());
        }
    }

    /** What a backup holds, once {@code first} (given the backup's database) has not refused it. */
    static BackupContents contents(Path backup, DatabaseLocation beside, Consumer<Database> first) {
        Backups.Contents contents = Backups.check(backup, beside, first);
        return new BackupContents(contents.framework(), contents.evidence(), contents.changes());
    }

    static BackupInfo info(Backups.Backup backup) {
        return new BackupInfo(backup.file(), backup.takenAt(), backup.reason(), backup.bytes());
    }

    private Path settingsFile() {
        return backups.folder().resolve("backups.properties");
    }
}
