package scot.cswo.assurance.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.domain.problem.StoreUnavailableException;
import scot.cswo.assurance.service.DatabaseChoice;
import scot.cswo.assurance.service.access.Identity;
import scot.cswo.assurance.service.access.Access;
import scot.cswo.assurance.service.backup.BackupService;
import scot.cswo.assurance.service.Restorer;
import scot.cswo.assurance.store.Backups;
import scot.cswo.assurance.store.Database;
import scot.cswo.assurance.store.DatabaseLocation;
import scot.cswo.assurance.store.access.JooqRoleRepository;
import scot.cswo.assurance.store.lead.JooqLeadRepository;

/**
 * Restores a database file that is not open (for the command line, and a damaged file at start-up).
 * Only an administrator may: of the database being replaced, or, when that cannot be opened (it is
 * missing, damaged or not the app's), of the backup being put in its place.
 */
final class FileRestorer implements Restorer {
    private final AppPaths paths;
    private final Identity identity;
    private final Clock clock;

    FileRestorer(AppPaths paths, Identity identity, Clock clock) {
        this.paths = paths;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public List<BackupService.BackupInfo> backupsOf(DatabaseChoice.File database) {
        return new Backups(location(database)).list().stream().map(EmbeddedBackups::info).toList();
    }

    @Override
    public Restored restore(DatabaseChoice.File database, Path backup) {
        DatabaseLocation location = location(database);
        Optional<String> recovered = Backups.finishInterrupted(location);
        Database.requireNotInUse(location);
        boolean administratorHere = administratorOf(location);
        BackupService.BackupContents contents = EmbeddedBackups.contents(backup, location, copy -> {
            if (!administratorHere) {
                access(copy).require(Role.ADMINISTRATOR, "restore " + backup.getFileName() + " in place of a database"
                        + " that cannot be opened, which only an administrator of that backup may do");
            }
        });
        return new Restored(contents, Backups.restore(backup, location, clock.instant(), clock.getZone()), recovered);
    }

    /** Refuses unless the account administers the database; false if it cannot be opened, so cannot say. */
    private boolean administratorOf(DatabaseLocation location) {
        Database current;
        try {
            current = Database.openToRead(location);
        } catch (StoreUnavailableException cannotBeOpened) {
            return false;
        }
        try (current) {
            access(current).require(Role.ADMINISTRATOR, "restore a backup over " + location.file());
            return true;
        }
    }

    private Access access(Database database) {
        return new Access(new JooqRoleRepository(database), new JooqLeadRepository(database), identity, clock);
    }

    private DatabaseLocation location(DatabaseChoice.File database) {
        return DatabaseLocation.of(paths.database(database.path()));
    }
}
