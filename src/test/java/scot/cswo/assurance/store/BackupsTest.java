package scot.cswo.assurance.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static scot.cswo.assurance.store.jooq.Tables.EVIDENCE;
import static scot.cswo.assurance.store.jooq.Tables.LEAD_OFFICER;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Objects;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.problem.DamagedStoreException;
import scot.cswo.assurance.domain.problem.RefusedException;

/** Backups of an embedded database, restoring them, and the upgrade safety net. Embedded H2 only. */
@Tag("embedded")
class BackupsTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant NOON = Instant.parse("2025-11-22T12:00:00Z");

    @TempDir
    Path dir;

    private DatabaseLocation location() {
        return DatabaseLocation.of(dir.resolve("assurance.mv.db"));
    }

    private static void addLead(Database database, String name) {
        database.write(ctx -> ctx.insertInto(LEAD_OFFICER).set(LEAD_OFFICER.NAME, name).execute());
    }

    private static int leads(Database database) {
        return database.read(ctx -> ctx.fetchCount(LEAD_OFFICER));
    }

    @Test
    void aBackupIsAConsistentCopyThatRestoresExactlyWhatWasCommitted() {
        Backups backups = new Backups(location());
        Backups.Backup taken;
        try (Database database = Database.openEmbedded(location(), true)) {
            addLead(database, "Jane Martin");
            taken = backups.take(database, NOON, LONDON, "manual");
            addLead(database, "Added after the backup");
        }

        var aside = Backups.restore(taken.file(), location(), NOON.plusSeconds(60), LONDON);

        try (Database restored = Database.openEmbedded(location(), false)) {
            assertThat(leads(restored)).isEqualTo(1);
        }
        assertThat(aside).hasValueSatisfying(p -> assertThat(p.getFileName().toString())
                .isEqualTo("assurance-replaced-20251122-120100.mv.db"));
        try (Database replaced = Database.openEmbedded(DatabaseLocation.of(aside.orElseThrow()), false)) {
            assertThat(leads(replaced)).as("the replaced database is kept, not deleted").isEqualTo(2);
        }
    }

    @Test
    void backupsAreListedNewestFirstAndOnlyTheNewestAreKept() {
        Backups backups = new Backups(location());
        try (Database database = Database.openEmbedded(location(), true)) {
            for (int day = 0; day < 5; day++) {
                backups.take(database, NOON.plusSeconds(86_400L * day), LONDON, "daily");
            }
        }
        backups.keepNewest(3, null);

        assertThat(backups.list()).extracting(b -> b.takenAt().getDayOfMonth()).containsExactly(26, 25, 24);
        assertThat(backups.list()).allSatisfy(b -> assertThat(b.reason()).isEqualTo("daily"));
    }

    @Test
    void somethingThatIsNotABackupIsRefusedAndNothingChanges() throws IOException {
        try (Database database = Database.openEmbedded(location(), true)) {
            addLead(database, "Jane Martin");
        }
        byte[] before = Files.readAllBytes(location().file());
        Path notABackup = Files.writeString(dir.resolve("holiday-photos.zip"), "not a zip at all");

        assertThatThrownBy(() -> Backups.restore(notABackup, location(), NOON, LONDON))
                .isInstanceOf(RefusedException.class).hasMessageContaining("holiday-photos.zip");
        assertThat(Files.readAllBytes(location().file())).isEqualTo(before);
    }

    @Test
    void aDamagedDatabaseSaysWhichBackupToRestoreAndIsLeftAsItWas() throws IOException {
        Backups backups = new Backups(location());
        try (Database database = Database.openEmbedded(location(), true)) {
            addLead(database, "Jane Martin");
            backups.take(database, NOON, LONDON, "daily");
        }
        byte[] damaged = Files.readAllBytes(location().file());
        Arrays.fill(damaged, 0, 8192, (byte) 0x5a);
        Files.write(location().file(), damaged);

        assertThatThrownBy(() -> Database.openEmbedded(location(), false))
                .isInstanceOfSatisfying(DamagedStoreException.class, e -> {
                    assertThat(e.file()).isEqualTo(location().file());
                    assertThat(e.getMessage()).contains("has not been changed", "cswo-assurance restore",
                            backups.list().getFirst().file().toString());
                });
        assertThat(Files.readAllBytes(location().file())).isEqualTo(damaged);
    }

    @Test
    void aRestoreIsRefusedWhileTheDatabaseIsOpen() {
        Backups backups = new Backups(location());
        try (Database database = Database.openEmbedded(location(), true)) {
            Backups.Backup taken = backups.take(database, NOON, LONDON, "manual");

            assertThatThrownBy(() -> Database.requireNotInUse(location())).hasMessageContaining("is open");
            assertThat(taken.file()).exists();
        }
    }

    @Test
    void aDatabaseFromTheEarlierSchemaIsBackedUpBeforeItIsUpgradedAndKeepsItsData() throws IOException {
        Path fixture = dir.resolve("v4.zip");
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(
                "/fixtures/assurance-schema-v4-h2-2.4.240.zip"))) {
            Files.copy(in, fixture);
        }
        Backups.restore(fixture, location(), NOON, LONDON);

        try (Database upgraded = Database.openEmbedded(location(), false)) {
            assertThat(upgraded.<Integer>read(ctx -> ctx.fetchCount(EVIDENCE))).isEqualTo(2);
        }

        assertThat(new Backups(location()).list()).singleElement().satisfies(backup -> {
            assertThat(backup.reason()).isEqualTo("before-v" + Migrations.LATEST);
            assertThat(Backups.check(backup.file(), location(), database -> { }).evidence()).isEqualTo(2);
        });
    }
}
