package scot.cswo.assurance.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static scot.cswo.assurance.store.jooq.Tables.LEAD_OFFICER;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.problem.StoreUnavailableException;

/** Embedded H2 only: it works with the database file itself. */
@Tag("embedded")
class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void aNewDatabaseIsCreatedTogetherWithItsFolder() {
        DatabaseLocation location = DatabaseLocation.of(dir.resolve("new/folder/assurance.mv.db"));

        try (Database database = Database.openEmbedded(location, true)) {
            assertThat(database.<Integer>read(ctx -> ctx.fetchCount(LEAD_OFFICER))).isZero();
        }
        assertThat(dir.resolve("new/folder/assurance.mv.db")).isRegularFile();
    }

    @Test
    void theSuffixMayBeOmittedFromTheFileName() {
        assertThat(DatabaseLocation.of(dir.resolve("assurance")).file())
                .isEqualTo(DatabaseLocation.of(dir.resolve("assurance.mv.db")).file());
    }

    @Test
    void aDatabaseThatMustExistIsNeitherFoundNorCreatedWhenMissing() {
        DatabaseLocation location = DatabaseLocation.of(dir.resolve("missing.mv.db"));

        assertThatThrownBy(() -> Database.openEmbedded(location, false))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("There is no database at " + location.file());
        assertThat(location.file()).doesNotExist();
    }

    @Test
    void aDamagedFileIsReportedAndLeftExactlyAsItWas() throws IOException {
        Path file = dir.resolve("damaged.mv.db");
        byte[] garbage = new byte[64 * 1024];
        new Random(42).nextBytes(garbage);
        Files.write(file, garbage);

        assertThatThrownBy(() -> Database.openEmbedded(DatabaseLocation.of(file), true))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("cannot be read")
                .hasMessageContaining("has not been changed");
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
    }

    @Test
    void anEmptyFileIsNotMistakenForANewDatabase() throws IOException {
        Path file = dir.resolve("empty.mv.db");
        Files.write(file, new byte[0]);

        assertThatThrownBy(() -> Database.openEmbedded(DatabaseLocation.of(file), true))
                .isInstanceOf(StoreUnavailableException.class);
        assertThat(file).isEmptyFile();
    }

    @Test
    void aSavedChangeIsThereAfterReopening() {
        DatabaseLocation location = DatabaseLocation.of(dir.resolve("reopen"));
        try (Database database = Database.openEmbedded(location, true)) {
            database.write(ctx -> ctx.insertInto(LEAD_OFFICER).set(LEAD_OFFICER.NAME, "Siobhán Ó Briain").execute());
        }
        try (Database database = Database.openEmbedded(location, false)) {
            assertThat(database.<List<String>>read(ctx -> ctx.select(LEAD_OFFICER.NAME).from(LEAD_OFFICER).fetch(LEAD_OFFICER.NAME)))
                    .containsExactly("Siobhán Ó Briain");
        }
    }

    @Test
    void aFailedChangeSavesNothing() {
        try (Database database = Database.openEmbedded(DatabaseLocation.of(dir.resolve("atomic")), true)) {
            assertThatThrownBy(() -> database.write(ctx -> {
                ctx.insertInto(LEAD_OFFICER).set(LEAD_OFFICER.NAME, "First").execute();
                return ctx.insertInto(LEAD_OFFICER).set(LEAD_OFFICER.NAME, "First").execute();
            })).isInstanceOf(RuntimeException.class);

            assertThat(database.<Integer>read(ctx -> ctx.fetchCount(LEAD_OFFICER))).isZero();
        }
    }

    @Test
    void aThreadWithAPendingInterruptStillSavesAndTheDatabaseStaysUsable() {
        try (Database database = Database.openEmbedded(DatabaseLocation.of(dir.resolve("interrupted")), true)) {
            Thread.currentThread().interrupt();
            database.write(ctx -> ctx.insertInto(LEAD_OFFICER).set(LEAD_OFFICER.NAME, "Jane Martin").execute());

            assertThat(Thread.interrupted()).as("the interrupt is kept for the caller").isTrue();
            database.write(ctx -> ctx.insertInto(LEAD_OFFICER).set(LEAD_OFFICER.NAME, "Kathryn Sharp").execute());
            assertThat(database.<Integer>read(ctx -> ctx.fetchCount(LEAD_OFFICER))).isEqualTo(2);
        }
    }
}
