package scot.cswo.assurance.service.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scot.cswo.assurance.service.importing.CsvReader;

class CsvWriterTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"x\")", "+1", "-1", "@SUM(A1)", "\tTab", "\rCR", "plain", "a, b; \"c\"",
            "two\nlines", " padded "})
    void everyValueSurvivesWriteThenRead(String value) {
        String csv = CsvWriter.record(List.of("h")) + CsvWriter.record(List.of(value));

        String back = CsvReader.read("t.csv", csv.getBytes(StandardCharsets.UTF_8)).get(1).fields().getFirst();

        assertThat(CsvWriter.unprotect(back)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@A1", "\t=1", "\r=1"})
    void noCellStartsWithAFormulaCharacterInTheFile(String value) {
        String cell = CsvWriter.cell(value);
        String unquoted = cell.startsWith("\"") ? cell.substring(1) : cell;

        assertThat(unquoted).startsWith("'");
    }
}
