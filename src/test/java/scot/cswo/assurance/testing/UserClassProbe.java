package scot.cswo.assurance.testing;

import java.nio.file.Path;
import scot.cswo.assurance.store.Database;
import scot.cswo.assurance.store.DatabaseLocation;

/**
 * A child process for EngineSettingsTest: opens a new database as the app does, then asks H2 to
 * make functions and triggers from Java classes, and prints what H2 answered for each.
 *
 * <p>Argument: the database file.
 */
public final class UserClassProbe {

    private UserClassProbe() {
    }

    public static void main(String[] args) {
        try (Database database = Database.openEmbedded(DatabaseLocation.of(Path.of(args[0])), true)) {
            for (String sql : new String[] {"CREATE ALIAS RUN FOR 'java.lang.Runtime.getRuntime'",
                    "CREATE TRIGGER RUN BEFORE INSERT ON LEAD_OFFICER CALL 'org.h2.tools.TriggerAdapter'"}) {
                try {
                    database.write(ctx -> ctx.execute(sql));
                    System.out.println("ALLOWED " + sql);
                } catch (RuntimeException refused) {
                    System.out.println("REFUSED " + sql + ": " + refused.getMessage().lines().findFirst().orElse(""));
                }
            }
        }
    }
}
