package scot.cswo.assurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.domain.problem.ControlCharacters;
import scot.cswo.assurance.testing.Snapshot;

/**
 * A terminal acts on control characters (ESC starts sequences that recolour, clear or retitle it),
 * so none reaches one from the app: refused on the command line with the option named, and shown
 * as &lt;U+001B&gt; in anything printed, whatever is in the database.
 */
class ControlCharactersTest extends CommandLineTest {

    private static void assertNoControlCharacters(String printed) {
        assertThat(printed.chars()).noneMatch(ControlCharacters::isControl);
    }

    @Test
    void anArgumentHoldingAnEscapeIsRefusedNamingItsOptionAndNothingChanges() {
        run("--db", db(), "init");
        String before = Snapshot.of(Path.of(db()));

        TestApp.Run refused = run("--db", db(), "evidence", "add", "--ref", "F1.3", "--date", "2025-11-20",
                "--note", "\u001b]0;hacked\u0007Minute 4", "--reference=\u009b2J");

        assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(refused.err()).contains("--note \"<U+001B>]0;hacked<U+0007>Minute 4\": this value holds a control"
                        + " character, ESC (U+001B)", "--reference \"--reference=<U+009B>2J\": this value holds a control"
                        + " character, CSI (U+009B)", "Nothing was changed.");
        assertNoControlCharacters(refused.err());
        assertThat(Snapshot.of(Path.of(db()))).isEqualTo(before);
    }

    @Test
    void aNoteOnSeveralLinesIsStillAccepted() {
        run("--db", db(), "init");

        TestApp.Run added = run("--db", db(), "evidence", "add", "--ref", "F1.3", "--date", "2025-11-20",
                "--note", "Minute 4\n\tagreed");

        assertThat(added.exitCode()).as(added.err()).isZero();
    }

    @Test
    void textAlreadyInTheDatabaseIsPrintedWithItsControlCharactersShownNotActedOn() throws SQLException {
        run("--db", db(), "init");
        // As an older version, or a program writing to the database directly, could have left it.
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:"
                + db().replaceFirst("\\.mv\\.db$", "") + ";IFEXISTS=TRUE", "sa", "");
             Statement sql = connection.createStatement()) {
            sql.executeUpdate("update mechanism set description = char(27) || '[31m' || description || char(7)");
            sql.executeUpdate("update lead_officer set name = name || char(155) || '2J'");
        }

        for (String[] command : new String[][] {{"matrix"}, {"matrix", "--format", "csv"}, {"matrix", "--format", "json"},
                {"status"}, {"status", "--format", "csv"}, {"status", "--format", "json"}}) {
            String[] args = new String[command.length + 2];
            args[0] = "--db";
            args[1] = db();
            System.arraycopy(command, 0, args, 2, command.length);
            TestApp.Run printed = run(args);

            assertThat(printed.exitCode()).as(printed.err()).isZero();
            assertNoControlCharacters(printed.out());
            assertThat(printed.out()).as(String.join(" ", command)).containsAnyOf("<U+001B>[31m", "\\u001b[31m");
        }
    }

    @Test
    void importMessagesShowTheControlCharacterInsteadOfPrintingIt() throws IOException {
        run("--db", db(), "init");
        Path file = Files.writeString(dir.resolve("matrix.csv"), "Function,Function title,Assurance mechanism,Lead,"
                + "Frequency\r\n1,Advice.,\u001b[2JMembership of IJB,Jane Martin,Monthly\r\n");

        TestApp.Run refused = run("--db", db(), "import", file.toString());

        assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(refused.err()).contains("matrix.csv, row 2, column Assurance mechanism \"<U+001B>[2JMembership of"
                + " IJB\": this cell holds a control character, ESC (U+001B)");
        assertNoControlCharacters(refused.err());
    }
}
