package scot.cswo.assurance.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static scot.cswo.assurance.store.jooq.Tables.LEAD_OFFICER;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.problem.StoreUnavailableException;
import scot.cswo.assurance.platform.SharingViolations;

/**
 * A restore killed at each of its steps, as the files and its journal are left then: the next
 * opening finishes it (once the current file was moved aside) or undoes it (before), says which,
 * and leaves nothing else behind. KilledWhileRestoringTest kills real processes at random.
 */
@Tag("embedded")
class InterruptedRestoreTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant NOON = Instant.parse("2025-11-22T12:00:00Z");

    @TempDir
    Path dir;
    private DatabaseLocation location;
    private Path backup;
    private Path incoming;
    private Path aside;

    @BeforeEach
    void aDatabaseAndABackupOfAnEarlierState() {
        location = DatabaseLocation.of(dir.resolve("assurance.mv.db"));
        try (Database database = Database.openEmbedded(location, true)) {
            addLead(database, "In the backup");
            backup = new Backups(location).take(database, NOON, LONDON, "manual").file();
            addLead(database, "Added after the backup");
        }
        incoming = RestoreJournal.incoming(location);
        aside = dir.resolve("assurance-replaced-20251122-120000.mv.db");
    }

    private static void addLead(Database database, String name) {
        database.write(ctx -> ctx.insertInto(LEAD_OFFICER).set(LEAD_OFFICER.NAME, name).execute());
    }

    /** The journal as a restore writes it, left behind by a killed process. */
    private void journal(String stage, Path asideNoted) throws IOException {
        Files.writeString(dir.resolve("assurance.restore-journal"), "backup=" + backup.getFileName() + "\nstage=" + stage
                + "\naside=" + (asideNoted == null ? "" : asideNoted.toString().replace("\\", "\\\\")) + "\n");
    }

    /** The backup unpacked beside the database, as a restore does first. */
    private void unpacked() {
        Backups.restore(backup, DatabaseLocation.of(dir.resolve("unpacked.mv.db")), NOON, LONDON);
        try {
            Files.move(dir.resolve("unpacked.mv.db"), incoming);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the database as the next start does: what it holds, and what it said. */
    private Opened nextStart() {
        try (Database database = Database.openEmbedded(location, false)) {
            return new Opened(database.read(ctx -> ctx.select(LEAD_OFFICER.NAME).from(LEAD_OFFICER)
                    .fetch(LEAD_OFFICER.NAME)), database.recovered().orElse(""));
        }
    }

    private record Opened(List<String> leads, String said) {
    }

    private List<String> leftBehind() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.contains("restor") || n.endsWith(".partial")).toList();
        }
    }

    @Test
    void killedWhileUnpackingTheBackupIsUndone() throws IOException {
        journal("unpacking", null);
        Files.write(incoming.resolveSibling(incoming.getFileName() + ".partial"), new byte[4096]);

        Opened opened = nextStart();

        assertThat(opened.leads()).contains("Added after the backup");
        assertThat(opened.said()).isEqualTo("A restore of " + backup.getFileName() + " into " + location.file()
                + " was interrupted before it changed anything; the database is as it was.");
        assertThat(leftBehind()).isEmpty();
    }

    @Test
    void killedJustBeforeTheCurrentFileWasMovedAsideIsUndone() throws IOException {
        unpacked();
        journal("moving", aside);

        Opened opened = nextStart();

        assertThat(opened.leads()).contains("Added after the backup");
        assertThat(opened.said()).contains("was interrupted before it changed anything");
        assertThat(aside).doesNotExist();
        assertThat(leftBehind()).isEmpty();
    }

    @Test
    void killedBetweenMovingTheCurrentFileAsideAndTheBackupInIsFinished() throws IOException {
        unpacked();
        journal("moving", aside);
        Files.move(location.file(), aside);

        Opened opened = nextStart();

        assertThat(opened.leads()).containsExactly("In the backup");
        assertThat(opened.said()).isEqualTo("A restore of " + backup.getFileName() + " into " + location.file()
                + " was interrupted; it has now been finished, and the database it replaced is kept as " + aside + ".");
        try (Database replaced = Database.openEmbedded(DatabaseLocation.of(aside), false)) {
            assertThat(replaced.<Integer>read(ctx -> ctx.fetchCount(LEAD_OFFICER))).isEqualTo(2);
        }
        assertThat(leftBehind()).isEmpty();
    }

    @Test
    void killedAfterTheBackupWasInPlaceIsFinishedAndSaysSo() throws IOException {
        unpacked();
        journal("moving", aside);
        Files.move(location.file(), aside);
        Files.move(incoming, location.file());

        Opened opened = nextStart();

        assertThat(opened.leads()).containsExactly("In the backup");
        assertThat(opened.said()).contains("it has now been finished", aside.toString());
        assertThat(aside).exists();
        assertThat(leftBehind()).isEmpty();
    }

    @Test
    void killedBeforeItsJournalSaidAnythingLeavesNoTraceOnTheNextStart() throws IOException {
        Files.write(dir.resolve("assurance.restore-journal"), new byte[0]);
        unpacked();

        Opened opened = nextStart();

        assertThat(opened.leads()).contains("Added after the backup");
        assertThat(opened.said()).isEmpty();
        assertThat(leftBehind()).isEmpty();
    }

    @Test
    void theScratchCopyOfABackupCheckKilledPartWayIsRemovedOnTheNextStart() throws IOException {
        Path check = Files.createDirectory(dir.resolve(".restore-check1234567"));
        Files.write(check.resolve("in-use.lock"), new byte[0]);
        Files.copy(location.file(), check.resolve("check.mv.db"));

        nextStart();

        assertThat(check).doesNotExist();
    }

    @Test
    void aBackupHeldForAMomentByAVirusScannerStillTakesItsPlace() {
        SharingViolations forAMoment = SharingViolations.forFirst(3);

        Backups.restore(backup, location, NOON, LONDON, forAMoment.moves());

        assertThat(forAMoment.refused()).isEqualTo(3);
        assertThat(nextStart().leads()).containsExactly("In the backup");
    }

    @Test
    void aBackupThatCannotTakeItsPlaceIsUndoneAndTheDatabaseIsAsItWas() throws IOException {
        SharingViolations heldBySyncing = SharingViolations.always(from -> from.equals(incoming));

        assertThatThrownBy(() -> Backups.restore(backup, location, NOON, LONDON, heldBySyncing.moves()))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("in use by another program")
                .hasMessageContaining("The database is as it was");

        assertThat(location.file()).exists();
        assertThat(aside).doesNotExist();
        assertThat(leftBehind()).isEmpty();
        Opened opened = nextStart();
        assertThat(opened.leads()).contains("Added after the backup");
        assertThat(opened.said()).isEmpty();
    }

    @Test
    void aRestoreWhenTheWindowClosedIsToldOnceAtTheNextStart() throws IOException {
        Backups.restoreAndTell(backup, location, NOON, LONDON);

        Opened opened = nextStart();

        assertThat(opened.leads()).containsExactly("In the backup");
        assertThat(opened.said()).isEqualTo("The backup " + backup.getFileName() + " was restored when the window"
                + " closed; the database it replaced is kept as " + aside + ".");
        assertThat(nextStart().said()).isEmpty();
        assertThat(leftBehind()).isEmpty();
    }

    @Test
    void aRestoreWhenTheWindowClosedThatFailsSaysWhyAtTheNextStart() throws IOException {
        Path gone = dir.resolve("on-a-usb-stick.zip");

        Backups.restoreAndTell(gone, location, NOON, LONDON);

        Opened opened = nextStart();
        assertThat(opened.leads()).contains("Added after the backup");
        assertThat(opened.said()).startsWith("The backup on-a-usb-stick.zip was not restored when the window closed: ");
        assertThat(leftBehind()).isEmpty();
    }

    @Test
    void aSecondRestoreInTheSameSecondKeepsBothReplacedDatabases() {
        Backups.restore(backup, location, NOON, LONDON);
        Backups.restore(backup, location, NOON, LONDON);

        assertThat(dir.resolve("assurance-replaced-20251122-120000.mv.db")).exists();
        assertThat(dir.resolve("assurance-replaced-20251122-120000-2.mv.db")).exists();
    }
}
