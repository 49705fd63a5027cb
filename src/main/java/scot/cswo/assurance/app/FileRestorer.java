package scot.cswo.assurance.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import scot.cswo.assurance.service.DatabaseChoice;
import scot.cswo.assurance.service.backup.BackupService;
import scot.cswo.assurance.service.backup.Restorer;
import scot.cswo.assurance.store.Backups;
import scot.cswo.assurance.store.Database;
import scot.cswo.assurance.store.DatabaseLocation;

/** Restores a database file that is not open (for the command line, and a damaged file at start-up). */
final class FileRestorer implements Restorer {
    private final AppPaths paths;
    private final Clock clock;

    FileRestorer(AppPaths paths, Clock clock) {
        this.paths = paths;
        this.clock = clock;
    }

    @Override
    public List<BackupService.BackupInfo> backupsOf(DatabaseChoice.File database) {
        return new Backups(location(database)).list().stream().map(EmbeddedBackups::info).toList();
    }

    @Override
    public Restored restore(DatabaseChoice.File database, Path backup) {
        DatabaseLocation location = location(database);
        BackupService.BackupContents contents = EmbeddedBackups.contents(backup, location);
        Database.requireNotInUse(location);
        return new Restored(contents, Backups.restore(backup, location, clock.instant(), clock.getZone()));
    }

    private DatabaseLocation location(DatabaseChoice.File database) {
        return DatabaseLocation.of(paths.database(database.path()));
    }
}
