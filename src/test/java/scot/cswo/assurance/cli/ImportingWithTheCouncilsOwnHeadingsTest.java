package scot.cswo.assurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.testing.WordFixtures;

/** `import FILE --column "HEADING=COLUMN"`: a heading the app does not recognise is read as the column given. */
class ImportingWithTheCouncilsOwnHeadingsTest extends CommandLineTest {

    @Test
    void headingsTheUserAssignsAreReadAsTheColumnsGiven() {
        run("--db", db(), "init", "--template", "blank", "--tracking-start", "2025-04-01");
        Path file = WordFixtures.copy("own-headings.docx", dir);

        TestApp.Run imported = run("--db", db(), "import", file.toString(), "--column", "How we check=mechanism",
                "--column", "Review cycle=frequency", "--frequency", "Termly=4 monthly", "--council", "Newtown Council",
                "--period", "2026-2030", "--from", "2025-04-02");

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported as \"own-headings\" (2026-2030)");
        assertThat(run("--db", db(), "matrix", "--format", "csv").out()).contains(
                "Attendance at the Corporate Management Team,Morag Duncan,Monthly",
                "Visits to school-based social work teams,Iain Fraser,4 monthly");
    }

    @Test
    void withoutThemEachMissingColumnIsNamedWithHowToSayWhichItIsAndNothingIsImported() {
        run("--db", db(), "init", "--template", "blank", "--tracking-start", "2025-04-01");
        Path file = WordFixtures.copy("own-headings.docx", dir);

        TestApp.Run refused = run("--db", db(), "import", file.toString());

        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.err()).contains("own-headings.docx, row 1, column Assurance mechanism: the header row has"
                + " no \"Assurance mechanism\" column.", "own-headings.docx, row 1, column Frequency: the header row"
                + " has no \"Frequency\" column.", "add --column \"HEADING=COLUMN\"", "Nothing was changed.");
        assertThat(run("--db", db(), "matrix", "--format", "json").out().strip()).isEqualTo("[]");
    }

    @Test
    void anUnknownFrequencyIsRefusedWithTheOptionThatReadsItAsOneTheAppKnows() {
        run("--db", db(), "init", "--template", "blank", "--tracking-start", "2025-04-01");
        Path file = WordFixtures.copy("own-headings.docx", dir);

        TestApp.Run refused = run("--db", db(), "import", file.toString(), "--column", "How we check=mechanism",
                "--column", "Review cycle=frequency");

        assertThat(refused.err()).contains("own-headings.docx, row 4, column Frequency \"Termly\": this is not a"
                + " frequency the app knows.", "in the preview, choose it beside the phrase",
                "add --frequency \"Termly=FREQUENCY\"");
    }
}
