package scot.cswo.assurance.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Everything a closed database holds, as the SQL script H2 writes for it: two equal snapshots
 * mean the same tables with the same rows.
 */
public final class Snapshot {

    private Snapshot() {
    }

    public static String of(Path databaseFile) {
        String base = databaseFile.toAbsolutePath().toString().replaceFirst("\\.mv\\.db$", "");
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + base + ";IFEXISTS=TRUE", "sa", "");
             Statement statement = connection.createStatement();
             ResultSet script = statement.executeQuery("SCRIPT NOPASSWORDS NOSETTINGS")) {
            StringBuilder text = new StringBuilder();
            while (script.next()) {
                text.append(script.getString(1)).append('\n');
            }
            return text.toString();
        } catch (SQLException e) {
            throw new IllegalStateException("could not read " + databaseFile, e);
        }
    }
}
