package scot.cswo.assurance.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The CLI floor: a plain Java program that opens the same H2 file with JDBC, runs one indexed query
 * (the latest evidence per mechanism) and exits.
 */
public final class JdbcFloor {
    private JdbcFloor() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceFirst("\\.mv\\.db$", "");
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + base + ";IFEXISTS=TRUE", "sa", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select mechanism_id, max(activity_date) from evidence"
                     + " group by mechanism_id")) {
            int count = 0;
            while (rows.next()) {
                count++;
            }
            System.out.println(count);
        }
    }
}
