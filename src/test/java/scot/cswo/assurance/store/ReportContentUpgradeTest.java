package scot.cswo.assurance.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrading a database whose report content was kept per framework (schema 14): everything a later
 * framework held moves to the first, where the app now keeps the council's report, and nothing
 * written is lost: of two texts for the same year and section the newer is kept and the older is
 * in the history.
 */
@Tag("embedded")
class ReportContentUpgradeTest {
    @TempDir
    Path dir;

    private static List<String> rows(Statement sql, String query) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ResultSet r = sql.executeQuery(query)) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }

    @Test
    void aLaterFrameworksReportContentMovesToTheFirstAndTheOlderOfTwoTextsIsInTheHistory() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("old"), "sa", "");
             Statement sql = connection.createStatement()) {
            Migrations.migrate(connection, 14);
            for (String row : List.of("1, 'Framework 2025'", "2, 'Framework 2026'")) {
                sql.execute("insert into framework (id, name, council, period_label, tracking_start, created_at)"
                        + " values (" + row + ", 'Dundee City Council', '2025', date '2025-04-01', current_timestamp)");
            }
            sql.execute("insert into report_text (framework_id, report_year, text_key, body, updated_by, updated_at)"
                    + " values (1, 2026, 'introduction', 'Written in June', 'a', timestamp with time zone"
                    + " '2026-06-01 10:00:00+00'), (2, 2026, 'introduction', 'Written in January', 'b',"
                    + " timestamp with time zone '2027-01-10 10:00:00+00'), (2, 2026, 'looking_ahead', 'Next year',"
                    + " 'b', timestamp with time zone '2027-01-10 10:00:00+00')");
            sql.execute("insert into resource_line (framework_id, report_year, position, service, budget, outturn)"
                    + " values (2, 2026, 1, 'Children''s services', 45000, 46250)");
            sql.execute("insert into report_chapter (framework_id, section_key, position, shown)"
                    + " values (2, 'RESOURCES', 1, true)");
            sql.execute("insert into framework_setting (framework_id, setting_key, setting_value)"
                    + " values (2, 'report.leads', 'names')");

            Migrations.migrate(connection);

            assertThat(rows(sql, "select framework_id || ' ' || text_key || ': ' || body from report_text order by"
                    + " text_key")).containsExactly("1 introduction: Written in January", "1 looking_ahead: Next year");
            assertThat(rows(sql, "select old_value from change_history where entity = 'report_text'"))
                    .containsExactly("Written in June");
            assertThat(rows(sql, "select framework_id || ' ' || service from resource_line"))
                    .containsExactly("1 Children's services");
            assertThat(rows(sql, "select framework_id || ' ' || section_key from report_chapter"))
                    .containsExactly("1 RESOURCES");
            assertThat(rows(sql, "select framework_id || ' ' || setting_value from framework_setting"))
                    .containsExactly("1 names");
        }
    }
}
