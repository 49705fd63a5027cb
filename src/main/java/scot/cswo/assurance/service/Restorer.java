package scot.cswo.assurance.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import scot.cswo.assurance.service.backup.BackupService;

/**
 * Restoring a database file that is not open, such as one that cannot be opened at all: the
 * backup is checked, the current file moved aside (never deleted) and the backup put in place.
 */
public interface Restorer {

    /**
     * @param movedAside where the replaced file now is, if there was one
     * @param recovered  an earlier restore into the same file that was interrupted, and how it was
     *                   finished or undone first
     */
    record Restored(BackupService.BackupContents contents, Optional<Path> movedAside, Optional<String> recovered) {
    }

    /** The backups kept for a database file, newest first. */
    List<BackupService.BackupInfo> backupsOf(DatabaseChoice.File database);

    Restored restore(DatabaseChoice.File database, Path backup);
}
