package scot.cswo.assurance.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's own schema, which every database file is checked against before it is opened (ADR 18). */
@Tag("embedded")
class AppSchemaTest {
    @TempDir
    Path dir;

    @Test
    void theDigestOfTheLatestSchemaIsWhatTheScriptsBuild() {
        String built = AppSchema.digest(AppSchema.expected(Migrations.LATEST));

        assertThat(AppSchema.LATEST_DIGEST).as("AppSchema.LATEST_DIGEST after a new migration script").isEqualTo(built);
    }

    @Test
    void aDatabaseTheAppCreatedHoldsExactlyItsSchema() throws Exception {
        DatabaseLocation location = DatabaseLocation.of(dir.resolve("new.mv.db"));
        Database.openEmbedded(location, true).close();

        DatabaseFile.Contents contents = DatabaseFile.read(location.file());

        assertThat(contents.version()).isEqualTo(Migrations.LATEST);
        assertThat(AppSchema.compare(contents).none()).isTrue();
    }

    @Test
    void aDatabaseFromAnEarlierVersionHoldsExactlyThatVersionsSchemaBeforeAndAfterItsUpgrade() throws Exception {
        Path fixture = dir.resolve("v4.zip");
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(
                "/fixtures/assurance-schema-v4-h2-2.4.240.zip"))) {
            Files.copy(in, fixture);
        }
        DatabaseLocation location = DatabaseLocation.of(dir.resolve("old.mv.db"));
        Backups.restore(fixture, location, Instant.parse("2025-11-22T12:00:00Z"), ZoneId.of("Europe/London"));

        DatabaseFile.Contents before = DatabaseFile.read(location.file());
        Database.openEmbedded(location, false).close();
        DatabaseFile.Contents after = DatabaseFile.read(location.file());

        assertThat(before.version()).isEqualTo(4);
        assertThat(AppSchema.compare(before).none()).isTrue();
        assertThat(after.version()).isEqualTo(Migrations.LATEST);
        assertThat(AppSchema.compare(after).none()).isTrue();
    }
}
