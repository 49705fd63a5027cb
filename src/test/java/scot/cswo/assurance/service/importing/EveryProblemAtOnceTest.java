package scot.cswo.assurance.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import scot.cswo.assurance.testing.RefusedImport;
import scot.cswo.assurance.testing.WordFixtures;

/**
 * A file with three different problems lists all three, whatever kind of file it is, so the user
 * can put everything right in one pass; and still nothing changes.
 */
class EveryProblemAtOnceTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);
    private static final List<String> HEADER = List.of("Function", "Function title", "Assurance mechanism", "Lead",
            "Frequency");
    /** A cell refused while the file is read (a control character), then two rows the matrix refuses. */
    private static final List<List<String>> ROWS = List.of(
            List.of("1", "Advice.", "Membership of IJB", "Jane\u001bMartin", "2 monthly"),
            List.of("1", "", "Regular meetings with the Chief Executive", "", "Monthly"),
            List.of("1", "", "Oversight of case file audits", "Glyn Lloyd", "Every blue moon"));

    @TempDir
    Path dir;

    static Stream<Arguments> files() throws IOException {
        StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        ROWS.forEach(row -> csv.append(String.join(",", row)).append("\r\n"));
        byte[] xlsx = workbook();
        List<String> spreadsheet = List.of(
                "row 2, column Lead \"Jane<U+001B>Martin\": this cell holds a control character",
                "row 3, column Lead: no lead is given",
                "row 4, column Frequency \"Every blue moon\": this is not a frequency the app knows");
        return Stream.of(
                Arguments.of("three-problems.csv", csv.toString().getBytes(StandardCharsets.UTF_8), spreadsheet),
                Arguments.of("three-problems.xlsx", xlsx, spreadsheet),
                Arguments.of("three-problems.docx", WordFixtures.bytes("three-problems.docx"), List.of(
                        "row 3, column Function \"1.5\": give the function as a whole number",
                        "row 4, column Lead: no lead is given",
                        "row 5, column Frequency \"Every blue moon\": this is not a frequency the app knows")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void aFileWithThreeDifferentProblemsListsAllThreeAndNothingChanges(String name, byte[] content,
                                                                       List<String> expected) {
        List<String> problems = RefusedImport.problems(dir, TODAY, name, content);

        assertThat(problems).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(problems.get(i)).startsWith(name + ", " + expected.get(i));
        }
    }

    /** The rows as Excel saves them: ESC, which XML cannot hold, written as the text "_x001B_". */
    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Matrix");
            List<List<String>> rows = Stream.concat(Stream.of(HEADER), ROWS.stream()).toList();
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c).replace("\u001b", "_x001B_"));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
