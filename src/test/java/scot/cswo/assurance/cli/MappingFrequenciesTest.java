package scot.cswo.assurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.app.TestApp;

/** `import … --frequency "PHRASE=FREQUENCY"`: a phrase the app does not know is read as one it does. */
class MappingFrequenciesTest extends CommandLineTest {
    private Path termly() throws IOException {
        return Files.writeString(dir.resolve("termly.csv"), """
                Function,Function title,Assurance mechanism,Lead,Frequency
                1,Advice.,Visits to schools,Jane Martin,Termly
                1,,Meetings with head teachers,Jane Martin,termly
                1,,Membership of IJB,Jane Martin,Fortnightly
                """);
    }

    @Test
    void aMappedPhraseIsImportedAsTheFrequencyItIsMappedTo() throws IOException {
        run("--db", db(), "init", "--template", "blank", "--tracking-start", "2025-04-01");

        TestApp.Run imported = run("--db", db(), "import", termly().toString(), "--council", "Anytown Council",
                "--period", "2026-2029", "--from", "2025-04-02", "--frequency", "Termly=4 monthly");

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(run("--db", db(), "matrix", "--format", "csv").out()).contains(
                "Visits to schools,Jane Martin,4 monthly", "Meetings with head teachers,Jane Martin,4 monthly",
                "Membership of IJB,Jane Martin,Fortnightly");
    }

    @Test
    void withoutTheMappingThePhraseIsRefusedOnEveryRowAndNothingIsImported() throws IOException {
        run("--db", db(), "init", "--template", "blank", "--tracking-start", "2025-04-01");

        TestApp.Run refused = run("--db", db(), "import", termly().toString());

        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.err()).contains("termly.csv, row 2, column Frequency \"Termly\": this is not a frequency",
                "termly.csv, row 3, column Frequency \"termly\": this is not a frequency", "Nothing was changed.");
        assertThat(run("--db", db(), "matrix", "--format", "json").out().strip()).isEqualTo("[]");
    }

    @Test
    void aPhraseMappedToAFrequencyTheAppDoesNotKnowIsRefused() throws IOException {
        run("--db", db(), "init", "--template", "blank", "--tracking-start", "2025-04-01");

        TestApp.Run refused = run("--db", db(), "import", termly().toString(), "--frequency", "Termly=Each term");

        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.err()).contains("\"Each term\" is not a frequency the app knows, so \"Termly\" cannot be"
                + " read as it. Use one of: Weekly, Fortnightly, Monthly");
    }
}
