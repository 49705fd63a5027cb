package scot.cswo.assurance.service.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Backups of this PC's own database (a shared server is backed up by IT's own tools). */
public interface BackupService {

    /** @param reason "manual", "daily", "before-v5", … */
    record BackupInfo(Path file, LocalDateTime takenAt, String reason, long bytes) {
    }

    /** What a backup holds: the framework in use then, and how much evidence and history. */
    record BackupContents(String framework, int evidence, int changes) {
    }

    int DEFAULT_KEEP = 14;

    /** Backs up now, then keeps only the newest {@link #keep()}. Editors and administrators. */
    BackupInfo backupNow();

    /** The daily backup, taken when the window opens and when it closes, if none has been taken today. */
    Optional<BackupInfo> dailyIfDue();

    /** Newest first. */
    List<BackupInfo> list();

    Path folder();

    /**
     * The second folder this PC copies each backup into (a home drive or OneDrive), if one is chosen:
     * the database and its backups are otherwise only on this PC.
     */
    Optional<Path> copyFolder();

    /** Chooses (or, when empty, stops using) the second folder for this PC. Editors and administrators. */
    void copyFolder(Optional<Path> folder);

    /**
     * What the user should be warned of about where the backups are, if anything: in a remote desktop
     * session with no second folder chosen, the backups may go with the session's profile.
     */
    Optional<String> warning();

    /** How many backups are kept. */
    int keep();

    /** Administrators only; from 1 to 365. */
    void keep(int backups);

    /** Reads a backup from a scratch copy: whether it is whole, and what it holds. The file is not changed. */
    BackupContents check(Path backup);

    /**
     * Puts a backup in place when the database closes (the window then closes; start it again).
     * The current database is kept aside, never deleted. Administrators only; the backup is checked first.
     */
    BackupContents restoreWhenClosed(Path backup);
}
