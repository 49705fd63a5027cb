package scot.cswo.assurance.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.problem.StoreUnavailableException;

/** Embedded H2 only: it works with the database file itself. */
@Tag("embedded")
class MigrationsTest {
    private static final Pattern SCRIPT = Pattern.compile("V(\\d+)__.*\\.sql");

    @TempDir
    Path dir;

    @Test
    void theLatestVersionKnownToTheAppIsTheHighestMigrationScript() throws IOException {
        int highest;
        try (Stream<Path> scripts = Files.list(Path.of("src/main/resources/db/migration"))) {
            highest = scripts.map(p -> SCRIPT.matcher(p.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
        }
        assertThat(Migrations.LATEST).isEqualTo(highest);
    }

    @Test
    void aNewDatabaseIsBroughtToTheLatestVersion() {
        try (Database database = Database.openEmbedded(DatabaseLocation.of(dir.resolve("new")), true)) {
            assertThat(database.<Integer>read(ctx -> Migrations.appliedVersion(ctx.configuration().connectionProvider().acquire())))
                    .isEqualTo(Migrations.LATEST);
        }
    }

    @Test
    void aDatabaseWrittenByANewerVersionIsLeftExactlyAsItWas() throws Exception {
        DatabaseLocation location = writtenByVersion99();
        byte[] before = Files.readAllBytes(location.file());

        assertThatThrownBy(() -> Database.openEmbedded(location, false)).isInstanceOf(StoreUnavailableException.class);

        assertThat(Arrays.equals(Files.readAllBytes(location.file()), before)).as("not a byte changed").isTrue();
    }

    @Test
    void aDatabaseWrittenByANewerVersionIsRefusedAndNotMigrated() throws Exception {
        DatabaseLocation location = writtenByVersion99();

        assertThatThrownBy(() -> Database.openEmbedded(location, false))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("written by a newer version of CSWO Assurance")
                .hasMessageContaining("schema version 99");
        try (Connection readOnly = DriverManager.getConnection("jdbc:h2:file:" + location.base()
                + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE", "sa", "");
             ResultSet versions = readOnly.createStatement().executeQuery(
                     "select count(*), max(\"installed_rank\") from \"flyway_schema_history\"")) {
            versions.next();
            assertThat(versions.getInt(2)).as("nothing was applied after the newer version").isEqualTo(99);
            assertThat(versions.getInt(1)).isEqualTo(Migrations.LATEST + 2);
        }
    }

    /** A database as a later version of the app would leave it: schema version 99. */
    private DatabaseLocation writtenByVersion99() {
        DatabaseLocation location = DatabaseLocation.of(dir.resolve("newer"));
        try (Database database = Database.openEmbedded(location, true)) {
            database.write(ctx -> ctx.execute("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\","
                    + " \"description\", \"type\", \"script\", \"installed_by\", \"execution_time\", \"success\")"
                    + " values (99, '99', 'from the future', 'SQL', 'V99__future.sql', 'sa', 1, true)"));
        }
        return location;
    }
}
