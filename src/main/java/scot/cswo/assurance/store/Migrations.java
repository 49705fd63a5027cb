package scot.cswo.assurance.store;

import java.sql.Connection;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import scot.cswo.assurance.domain.problem.StoreUnavailableException;

/** Brings a database's schema up to date with the Flyway scripts in db/migration. */
final class Migrations {

    private Migrations() {
    }

    static void migrate(Connection connection) {
        try {
            Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(new SingleConnectionDataSource(connection))
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreUnavailableException("The database could not be brought up to date: "
                    + Database.firstLine(e.getMessage()), e);
        }
    }
}
