package scot.cswo.assurance.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
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

    @Test
    void aDatabaseH2HasAnalysedStillHoldsExactlyItsSchema() throws Exception {
        // H2 analyses a table by itself once enough rows have changed (2,000 by default), and then
        // keeps each column's selectivity with the table: an office's own database, not a foreign one.
        DatabaseLocation location = DatabaseLocation.of(dir.resolve("used.mv.db"));
        Database.openEmbedded(location, true).close();
        String base = location.file().toString().replaceFirst("\\.mv\\.db$", "");
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + base, "sa", "");
             Statement sql = connection.createStatement()) {
            sql.execute("insert into lead_officer (name) values ('Jane Martin'), ('Kathryn Sharp')");
            sql.execute("analyze");
        }

        DatabaseFile.Contents contents = DatabaseFile.read(location.file());

        assertThat(contents.objects()).anySatisfy(o -> assertThat(o.sql()).contains("SELECTIVITY"));
        assertThat(AppSchema.compare(contents).none()).isTrue();
    }
}
