package scot.cswo.assurance.testing;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.logging.LogManager;
import scot.cswo.assurance.store.Backups;
import scot.cswo.assurance.store.DatabaseLocation;

/**
 * A child process for the kill test of restore: puts two backups in place of one database in turn,
 * saying "START n" before each restore and "DONE n" once it has returned. It does only what changes
 * the database's files (unpacking, the journal and the renames, {@link Backups#restore}); the checks
 * the command makes first only read, and are left out so that a process starts and restores quickly.
 *
 * <p>Arguments: the database, the backup to restore first, the other backup, and optionally how many
 * restores to make before ending (else it goes on until it is killed).
 */
public final class RestoreLoop {

    private RestoreLoop() {
    }

    public static void main(String[] args) {
        // Quick to start: no log lines to format, and no time-zone rules to load (ical4j brings its own).
        LogManager.getLogManager().reset();
        DatabaseLocation database = DatabaseLocation.of(Path.of(args[0]));
        Path[] backups = {Path.of(args[1]), Path.of(args[2])};
        int last = args.length > 3 ? Integer.parseInt(args[3]) : Integer.MAX_VALUE;
        for (int n = 1; n <= last; n++) {
            System.out.println("START " + n);
            System.out.flush();
            Backups.restore(backups[(n - 1) % 2], database, Instant.now(), ZoneOffset.UTC);
            System.out.println("DONE " + n);
            System.out.flush();
        }
    }
}
