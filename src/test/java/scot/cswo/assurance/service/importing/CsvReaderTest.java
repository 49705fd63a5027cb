package scot.cswo.assurance.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.problem.InvalidDataException;

class CsvReaderTest {

    private static List<List<String>> read(byte[] bytes) {
        return CsvReader.read("test.csv", bytes).stream().map(CsvReader.Record::fields).toList();
    }

    @Test
    void quotedFieldsMayHoldSeparatorsQuotesAndLineBreaks() {
        byte[] csv = "a,b\r\n\"x, y\",\"He said \"\"yes\"\"\nthen left\"\r\n".getBytes(StandardCharsets.UTF_8);

        assertThat(read(csv)).containsExactly(List.of("a", "b"), List.of("x, y", "He said \"yes\"\nthen left"));
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstHeading() {
        byte[] csv = "\ufeffFunction,Lead\n1,Jane\n".getBytes(StandardCharsets.UTF_8);

        assertThat(read(csv).getFirst()).containsExactly("Function", "Lead");
    }

    @Test
    void windows1252FromExcelIsDecoded() {
        byte[] csv = "Lead\nSiobh\u00e1n \u00d3 Briain \u2013 Chair\n".getBytes(Charset.forName("windows-1252"));

        assertThat(read(csv).get(1)).containsExactly("Siobh\u00e1n \u00d3 Briain \u2013 Chair");
    }

    @Test
    void semicolonSeparatedFilesAreRecognisedFromTheHeader() {
        byte[] csv = "Function;Lead\n1;Kathryn Sharp, Glyn Lloyd\n".getBytes(StandardCharsets.UTF_8);

        assertThat(read(csv).get(1)).containsExactly("1", "Kathryn Sharp, Glyn Lloyd");
    }

    @Test
    void lfAndCrLineEndingsBothEndRecords() {
        assertThat(read("a\nb\rc\r\nd".getBytes(StandardCharsets.UTF_8)))
                .containsExactly(List.of("a"), List.of("b"), List.of("c"), List.of("d"));
    }

    @Test
    void recordsAreNumberedAsASpreadsheetShowsThem() {
        List<CsvReader.Record> records = CsvReader.read("t.csv", "h\n\"two\nlines\"\nthree\n".getBytes(StandardCharsets.UTF_8));

        assertThat(records).extracting(CsvReader.Record::rowNumber).containsExactly(1, 2, 3);
    }

    @Test
    void anUnclosedQuoteIsReportedAtTheRowWhereItOpened() {
        byte[] csv = "a,b\n1,2\n3,\"never closed\n4,5\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> read(csv)).isInstanceOfSatisfying(InvalidDataException.class, e ->
                assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.row()).isEqualTo(3);
                    assertThat(p.describe()).startsWith("test.csv, row 3: a quoted value");
                }));
    }
}
