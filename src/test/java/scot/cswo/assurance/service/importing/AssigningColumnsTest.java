package scot.cswo.assurance.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import scot.cswo.assurance.domain.frequency.Frequencies;
import scot.cswo.assurance.domain.matrix.MatrixDraft;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.testing.WordFixtures;

/**
 * A council that heads its columns in its own words ("How we check", "Review cycle") says which
 * column each is, and the file is read as it said, whatever kind of file it is.
 */
class AssigningColumnsTest {
    private static final List<List<String>> SHEET = List.of(
            List.of("Function", "Function title", "How we check", "Lead officer", "Review cycle", "Comments"),
            List.of("1", "Advice", "Attendance at the Corporate Management Team", "Morag Duncan", "Monthly", "Standing"),
            List.of("1", "", "Meetings with the Convener", "Iain Fraser", "Quarterly", ""));

    private static final Map<String, String> SAID = Map.of("How we check", "mechanism", "review cycle", "Frequency");

    static Stream<Arguments> files() throws IOException {
        return Stream.of(
                Arguments.of("own-headings.csv", csv()),
                Arguments.of("own-headings.xlsx", workbook()),
                Arguments.of("own-headings.docx", WordFixtures.bytes("own-headings.docx")));
    }

    private static MatrixFileReader.Reading check(String name, byte[] content, Map<String, String> columns) {
        return MatrixFileReader.check(name, content, Map.of(), ColumnAssignments.of(columns));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void aHeadingTheAppDoesNotRecogniseIsNamedWithTheColumnsFoundAndHowToSayWhichItIs(String name, byte[] content) {
        MatrixFileReader.Reading reading = check(name, content, Map.of());

        assertThat(reading.problems()).extracting(Problem::row, Problem::column).containsExactly(
                tuple(1, "Assurance mechanism"), tuple(1, "Frequency"));
        assertThat(reading.problems().getFirst().describe()).startsWith(name + ", row 1, column Assurance mechanism:"
                + " the header row has no \"Assurance mechanism\" column. Columns found: Function, ")
                .contains("How we check", "--column \"HEADING=COLUMN\"", "choose it beside its heading");
        assertThat(reading.headings()).extracting(ColumnAssignments.Heading::text, ColumnAssignments.Heading::column)
                .contains(tuple("Function", "Function"), tuple("How we check", null), tuple("Review cycle", null));
        assertThat(reading.draft()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void eachHeadingIsReadAsTheColumnTheUserChoseForIt(String name, byte[] content) {
        MatrixFileReader.Reading reading = check(name, content, SAID);

        List<Problem> problems = reading.problems();
        MatrixDraft draft = reading.draft();
        if (name.endsWith(".docx")) {
            // The Word document also has a frequency the app does not know: the only problem left.
            assertThat(problems).extracting(Problem::column, Problem::value).containsExactly(tuple("Frequency",
                    "Termly"));
            draft = MatrixFileReader.check(name, content, Frequencies.mappings(Map.of("Termly", "4 monthly")),
                    ColumnAssignments.of(SAID)).draft();
        } else {
            assertThat(problems).isEmpty();
        }
        assertThat(draft.mechanisms()).extracting(MatrixDraft.MechanismDraft::description).startsWith(
                "Attendance at the Corporate Management Team");
        assertThat(draft.mechanisms().getFirst().frequency().wording()).isEqualTo("Monthly");
        assertThat(draft.mechanisms().getFirst().leads()).extracting(MatrixDraft.LeadDraft::name)
                .containsExactly("Morag Duncan");
        assertThat(reading.headings()).extracting(ColumnAssignments.Heading::text, ColumnAssignments.Heading::column)
                .contains(tuple("How we check", "Assurance mechanism"), tuple("Review cycle", "Frequency"),
                        tuple("Comments", null));
    }

    @Test
    void aColumnTheUserLeavesOutIsNotReadEvenWhereItsHeadingIsRecognised() {
        byte[] twoLeads = csv(List.of(
                List.of("Function", "Function title", "Assurance mechanism", "Lead", "Lead officer", "Frequency"),
                List.of("1", "Advice", "Meetings with the Convener", "Old post", "Iain Fraser", "Monthly")));

        MatrixDraft draft = check("leads.csv", twoLeads, Map.of("Lead", "ignore", "Lead officer", "lead")).draft();

        assertThat(draft.mechanisms().getFirst().leads()).extracting(MatrixDraft.LeadDraft::name)
                .containsExactly("Iain Fraser");
    }

    @Test
    void twoHeadingsChosenAsOneColumnAreBothNamed() {
        MatrixFileReader.Reading reading = check("own-headings.csv", csv(), Map.of("How we check", "mechanism",
                "Review cycle", "frequency", "Comments", "frequency"));

        assertThat(reading.problems()).extracting(Problem::column, Problem::value).containsExactly(
                tuple("Frequency", "Comments"));
        assertThat(reading.problems().getFirst().message()).startsWith("two columns are read as \"Frequency\":"
                + " \"Review cycle\" and \"Comments\". Leave out the one that is not: in the preview, choose Left out");
    }

    @Test
    void aColumnTheAppDoesNotReadIsRefusedNamingTheColumnsItDoes() {
        assertThatThrownBy(() -> ColumnAssignments.of(Map.of("How we check", "evidence")))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems())
                        .extracting(Problem::describe).containsExactly("--column \"How we check=evidence\":"
                                + " \"evidence\" is not a column the app reads, so the \"How we check\" column cannot"
                                + " be read as it. Use one of: function, function title, assurance mechanism, lead, lead email,"
                                + " frequency, ref, ignore."));
    }

    private static byte[] csv() {
        return csv(SHEET);
    }

    private static byte[] csv(List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        rows.forEach(row -> text.append(String.join(",", row)).append("\r\n"));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Framework");
            for (int r = 0; r < SHEET.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < SHEET.get(r).size(); c++) {
                    row.createCell(c).setCellValue(SHEET.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
