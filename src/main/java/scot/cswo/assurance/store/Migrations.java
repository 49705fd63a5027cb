package scot.cswo.assurance.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import scot.cswo.assurance.domain.problem.StoreUnavailableException;

/**
 * Brings a database's schema up to date with the Flyway scripts in db/migration.
 *
 * <p>Flyway is only started when the schema is behind: checking one row of its history table is
 * enough for the everyday case and keeps Flyway off the path to the first window.
 */
final class Migrations {
    /** The highest migration version shipped (V{LATEST}__*.sql); a test keeps it in step with the scripts. */
    static final int LATEST = 15;

    private Migrations() {
    }

    static void migrate(Connection connection) {
        int applied = appliedVersion(connection);
        if (applied > LATEST) {
            throw new StoreUnavailableException("This database was written by a newer version of CSWO Assurance"
                    + " (schema version " + applied + "; this version knows up to " + LATEST + "). It has not been"
                    + " changed. Install the newer version to open it.");
        }
        if (applied == LATEST) {
            return;
        }
        try {
            flyway(connection).load().migrate();
        } catch (FlywayException e) {
            throw new StoreUnavailableException("The database could not be brought up to date: "
                    + Database.firstLine(e.getMessage()), e);
        }
    }

    /** Applies the scripts up to {@code version} only: the schema as that version of the app made it. */
    static void migrate(Connection connection, int version) {
        flyway(connection).target(Integer.toString(version)).load().migrate();
    }

    private static FluentConfiguration flyway(Connection connection) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(new SingleConnectionDataSource(connection))
                .locations("classpath:db/migration")
                .failOnMissingLocations(true);
    }

    /** The highest successfully applied version; 0 for a new database, -1 if a migration ever failed. */
    static int appliedVersion(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet tables = connection.getMetaData().getTables(null, null, "flyway_schema_history", null);
                 ResultSet upper = connection.getMetaData().getTables(null, null, "FLYWAY_SCHEMA_HISTORY", null)) {
                if (!tables.next() && !upper.next()) {
                    return 0;
                }
            }
            try (ResultSet rows = statement.executeQuery("select max(cast(\"version\" as integer)),"
                    + " min(case when \"success\" then 1 else 0 end) from \"flyway_schema_history\""
                    + " where \"version\" is not null")) {
                rows.next();
                return rows.getInt(2) == 0 && rows.getObject(2) != null ? -1 : rows.getInt(1);
            }
        } catch (SQLException e) {
            // Anything unusual: let Flyway look at it properly.
            return -1;
        }
    }
}
