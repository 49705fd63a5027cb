package scot.cswo.assurance.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Every row of every table of a closed test database, in key order, as text: two equal snapshots
 * mean the same tables with the same rows. Works on both test engines.
 */
public final class Snapshot {

    private Snapshot() {
    }

    public static String of(Path databaseFile) {
        try (Connection connection = connect(databaseFile); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet found = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (found.next()) {
                    String schema = found.getString("TABLE_SCHEM");
                    if (schema != null && schema.toLowerCase(Locale.ROOT).equals("public")) {
                        tables.add(found.getString("TABLE_NAME"));
                    }
                }
            }
            tables.sort(String.CASE_INSENSITIVE_ORDER);
            StringBuilder text = new StringBuilder();
            for (String table : tables) {
                text.append("== ").append(table.toLowerCase(Locale.ROOT)).append('\n');
                // Ordered by every column, so rows with equal keys (a link table's) come in one order.
                int width;
                try (ResultSet columns = connection.getMetaData().getColumns(null, null, table, "%")) {
                    width = 0;
                    while (columns.next()) {
                        width++;
                    }
                }
                String order = String.join(", ", IntStream.rangeClosed(1, width)
                        .mapToObj(Integer::toString).toList());
                try (ResultSet rows = statement.executeQuery("select * from \"" + table + "\" order by " + order)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            text.append(i > 1 ? " | " : "").append(rows.getString(i));
                        }
                        text.append('\n');
                    }
                }
            }
            return text.toString();
        } catch (SQLException e) {
            throw new IllegalStateException("could not read " + databaseFile, e);
        }
    }

    private static Connection connect(Path databaseFile) throws SQLException {
        if (TestEngine.postgres()) {
            return DriverManager.getConnection(TestEngine.address(TestEngine.databaseFor(databaseFile)).jdbcUrl(),
                    TestEngine.user(), TestEngine.password());
        }
        String base = databaseFile.toAbsolutePath().toString().replaceFirst("\\.mv\\.db$", "");
        return DriverManager.getConnection("jdbc:h2:file:" + base + ";IFEXISTS=TRUE", "sa", "");
    }
}
