package scot.cswo.assurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.testing.Golden;
import scot.cswo.assurance.testing.WordFixtures;

/** `import FILE.docx`: a council's Word document becomes its framework, as a spreadsheet would. */
class ImportingWordDocumentsTest extends CommandLineTest {

    @Test
    void dundeesWordDocumentImportsToTheSameMatrixAsTheShippedTemplate() {
        run("--db", db(), "init", "--template", "blank", "--tracking-start", "2025-04-01");
        Path file = WordFixtures.copy("dundee-part-3.docx", dir);

        TestApp.Run imported = run("--db", db(), "import", file.toString(), "--framework", "Dundee CSWO framework",
                "--council", "Dundee City Council", "--period", "2018-2026", "--from", "2025-04-02");

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.err()).isEmpty();
        assertThat(imported.out()).contains("dundee-part-3.docx: 10 functions, 45 mechanisms, 49 rows.",
                "Read the framework table, in 7 parts (across pages), with 49 rows.");
        assertThat(Golden.parse(run("--db", db(), "matrix", "--format", "json").out())).isEqualTo(Golden.dundeePart3());
    }

    @Test
    void aDocumentWithoutAFrameworkTableIsRefusedWithASentenceAndNothingIsImported() {
        run("--db", db(), "init");
        String before = run("--db", db(), "matrix", "--format", "csv").out();
        Path file = WordFixtures.copy("no-framework-table.docx", dir);

        TestApp.Run refused = run("--db", db(), "import", file.toString());

        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.err()).contains("no-framework-table.docx: the document has no framework table.")
                .doesNotContain("Exception", "\tat ");
        assertThat(run("--db", db(), "matrix", "--format", "csv").out()).isEqualTo(before);
    }

    @Test
    void aDryRunSaysUnderWhatNameAndFromWhenTheFrameworkWouldBeImported() {
        run("--db", db(), "init");
        Path file = WordFixtures.copy("second-council.docx", dir);

        TestApp.Run checked = run("--db", db(), "import", file.toString(), "--dry-run", "--framework",
                "Anytown CSWO framework", "--council", "Anytown Council", "--period", "2027-2030", "--from", "1/4/27");

        assertThat(checked.out()).contains("It would be imported as \"Anytown CSWO framework\" (2027-2030) for"
                + " Anytown Council, in force from 01/04/2027;", "Dry run: the file is valid; nothing was changed.");
    }
}
