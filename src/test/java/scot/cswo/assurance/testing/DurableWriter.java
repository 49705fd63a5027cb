package scot.cswo.assurance.testing;

import static scot.cswo.assurance.store.jooq.Tables.LEAD_OFFICER;

import java.nio.file.Path;
import scot.cswo.assurance.store.Database;
import scot.cswo.assurance.store.DatabaseLocation;

/**
 * A child process for the kill test: saves one record after another (named by round and number) through the store's write
 * path and acknowledges each on standard output only once the save has returned.
 */
public final class DurableWriter {

    private DurableWriter() {
    }

    public static void main(String[] args) {
        Database database = Database.openEmbedded(DatabaseLocation.of(Path.of(args[0])), true);
        String round = args[1];
        for (int i = 1; ; i++) {
            String name = "Round " + round + " lead " + i;
            database.write(ctx -> ctx.insertInto(LEAD_OFFICER).set(LEAD_OFFICER.NAME, name).execute());
            System.out.println("ACK " + i);
            System.out.flush();
        }
    }
}
