package scot.cswo.assurance.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.exporting.XlsxWriter;
import scot.cswo.assurance.testing.Dundee;
import scot.cswo.assurance.testing.Snapshot;

/**
 * The corpus of files users (and attackers) might hand the importer. Each is refused with a
 * message naming the file (and where it can, the row, column and value), the database keeps
 * exactly the rows it had, and nothing hangs or runs out of memory.
 */
class BadImportFilesTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);
    private static final String HEADER = "Function,Function title,Assurance mechanism,Lead,Frequency\r\n";
    private static final String GOOD_ROW = "1,Professional advice,Membership of IJB,Jane Martin,2 monthly\r\n";

    @TempDir
    Path dir;
    private Path database;

    @BeforeEach
    void seed() {
        Dundee.open(dir, TODAY).close();
        database = dir.resolve("assurance.mv.db");
    }

    static Stream<Arguments> corpus() throws IOException {
        return Stream.of(
                file("empty.csv", new byte[0], "empty.csv: the file is empty"),
                file("header-only.csv", HEADER, "header-only.csv: the file has no matrix rows"),
                file("missing-column.csv", "Function,Function title,Assurance mechanism,Lead\r\n1,Advice,IJB,Jane\r\n",
                        "missing-column.csv, row 1, column Frequency: the header row has no \"Frequency\" column"),
                file("unknown-frequency.csv", HEADER + "1,Advice,Membership of IJB,Jane Martin,Termly\r\n",
                        "unknown-frequency.csv, row 2, column Frequency \"Termly\": this is not a frequency the app"
                                + " knows. Use one of: Weekly, Fortnightly, Monthly"),
                file("unbalanced-quotes.csv", HEADER + "1,\"Advice,Membership of IJB,Jane Martin,Annually\r\n",
                        "unbalanced-quotes.csv, row 2: a quoted value opened on this row is never closed"),
                file("formula-cells.csv", HEADER + "1,Advice,\"=HYPERLINK(\"\"http://x.example\"\",\"\"IJB\"\")\","
                        + "Jane Martin,Annually\r\n", "formula-cells.csv, row 2, column Assurance mechanism"
                        + " \"=HYPERLINK(\"http://x.example\",\"IJB\")\": this cell starts with \"=\""),
                file("formula-cells.xlsx", formulaWorkbook(), "formula-cells.xlsx, row 2, column D"),
                file("ten-megabyte-cell.csv", HEADER + "1,Advice," + "x".repeat(10 * 1024 * 1024)
                        + ",Jane Martin,Annually\r\n", "ten-megabyte-cell.csv, row 2, column Assurance mechanism"),
                file("hundred-thousand-rows.csv", HEADER + GOOD_ROW.repeat(100_000),
                        "hundred-thousand-rows.csv: the file has 100,001 rows, more than the 5,000"),
                file("hundred-thousand-rows.xlsx", hundredThousandRows(),
                        "hundred-thousand-rows.xlsx, row 5002: the sheet has more than 5,000 rows"),
                file("zip-bomb.xlsx", zipBomb(), "zip-bomb.xlsx: it unpacks to far more data than a matrix needs"),
                file("renamed-text.xlsx", HEADER + GOOD_ROW, "renamed-text.xlsx: this is not an Excel workbook (.xlsx)"),
                file("old-excel.xlsx", oldExcel(), "old-excel.xlsx: this is an older Excel 97-2003 workbook"),
                file("truncated.xlsx", truncated(), "truncated.xlsx: the workbook could not be read"),
                file("external-entity.xlsx", externalEntity(), "external-entity.xlsx: the workbook could not be read"),
                file("matrix.pdf", "%PDF-1.7", "matrix.pdf: the app imports Excel workbooks (.xlsx) and CSV files"),
                file("terminal-escape.csv", HEADER + "1,Advice,\u001b]0;owned\u0007\u001b[31mIJB,Jane Martin,Annually\r\n",
                        "terminal-escape.csv, row 2, column Assurance mechanism \"<U+001B>]0;owned<U+0007><U+001B>[31mIJB\":"
                                + " this cell holds a control character, ESC (U+001B)"),
                file("nul-byte.csv", HEADER + "1,Advice,Membership of IJB,Jane\u0000Martin,Annually\r\n",
                        "nul-byte.csv, row 2, column Lead \"Jane<U+0000>Martin\": this cell holds a control character,"
                                + " NUL (U+0000)"),
                file("escaped-control.xlsx", escapedControl(), "escaped-control.xlsx, row 2, column Lead"
                        + " \"Jane<U+001B>[2JMartin\": this cell holds a control character, ESC (U+001B)"),
                file("mixed-encodings.csv", mixedEncodings(), "mixed-encodings.csv, row 3, column Lead \"Ren\u00e9e"
                        + " Laird\": this cell is in a different character encoding (Windows-1252, \"ANSI\") from the rest"
                        + " of the file, which is UTF-8 (see row 2)"),
                file("damaged-unicode.txt", damagedUtf16(), "damaged-unicode.txt: the file is Unicode (UTF-16) text"
                        + " but is damaged"),
                file("invisible-in-frequency.csv", HEADER + "1,Advice,Membership of IJB,Jane Martin,Month\u00adly\r\n",
                        "invisible-in-frequency.csv, row 2, column Frequency \"Month<U+00AD>ly\": this is not a"
                                + " frequency the app knows"),
                file("function-1234.csv", HEADER.replace("\r\n", ",Ref\r\n") + "1234,Advice,Membership of IJB,Jane Martin,"
                        + "Annually,\r\n", "function-1234.csv, row 2, column Function \"1234\": there is no function 1234;"
                        + " give the function as a whole number from 1 to 999"),
                file("function-1.5.csv", HEADER + "1.5,Advice,Membership of IJB,Jane Martin,Annually\r\n",
                        "function-1.5.csv, row 2, column Function \"1.5\": give the function as a whole number"),
                file("ref-of-another-function.csv", HEADER.replace("\r\n", ",Ref\r\n") + GOOD_ROW.replace("\r\n",
                        ",F9.1\r\n"), "ref-of-another-function.csv, row 2, column Ref \"F9.1\": this row is under"
                        + " function 1, but F9.1 is a ref of function 9"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aBadFileIsRefusedWithAMessageSayingWhereAndTheDatabaseIsUnchanged(String name, byte[] content,
                                                                            String expected) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        String before = Snapshot.of(database);

        List<Problem> problems = new ArrayList<>();
        try (Workspace workspace = Dundee.open(dir, TODAY)) {
            // Pre-emptive, so a file that makes the reader hang fails this test instead of hanging the build.
            Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(
                    () -> workspace.imports().preview(file))
                    .isInstanceOfSatisfying(InvalidDataException.class, e -> problems.addAll(e.problems())));
        }

        assertThat(problems).isNotEmpty();
        assertThat(problems.getFirst().describe()).startsWith(expected);
        assertThat(problems.getFirst().describe()).hasSizeLessThan(2_000);
        assertThat(Snapshot.of(database)).isEqualTo(before);
    }

    private static Arguments file(String name, String content, String expected) {
        return file(name, content.getBytes(StandardCharsets.UTF_8), expected);
    }

    private static Arguments file(String name, byte[] content, String expected) {
        return Arguments.of(name, content, expected);
    }

    private static byte[] formulaWorkbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Matrix");
            String[] header = {"Function", "Function title", "Lead", "Assurance mechanism", "Frequency"};
            XSSFRow first = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                first.createCell(i).setCellValue(header[i]);
            }
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue(1);
            row.createCell(1).setCellValue("Advice");
            row.createCell(2).setCellValue("Jane Martin");
            row.createCell(3).setCellFormula("HYPERLINK(\"http://x.example\",\"IJB\")");
            row.createCell(4).setCellValue("Annually");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** ESC stored as Excel stores characters XML cannot hold: the text "_x001B_" in the shared strings. */
    private static byte[] escapedControl() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Matrix");
            String[][] rows = {{"Function", "Function title", "Assurance mechanism", "Lead", "Frequency"},
                    {"1", "Advice", "Membership of IJB", "Jane_x001B_[2JMartin", "Annually"}};
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A UTF-8 file with one row pasted in from a Windows-1252 file: "Renée" in each encoding. */
    private static byte[] mixedEncodings() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((HEADER + "1,Advice,Membership of IJB,Ren\u00e9e Laird,Annually\r\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("1,,Visits,Ren\u00e9e Laird,Annually\r\n".getBytes(Charset.forName("windows-1252")));
        return bytes.toByteArray();
    }

    /** Excel's Unicode Text with its last character cut in half. */
    private static byte[] damagedUtf16() {
        byte[] whole = ("\ufeff" + HEADER.replace(',', '\t') + GOOD_ROW.replace(',', '\t'))
                .getBytes(StandardCharsets.UTF_16LE);
        return Arrays.copyOf(whole, whole.length - 1);
    }

    private static byte[] hundredThousandRows() {
        List<List<XlsxWriter.Cell>> rows = new ArrayList<>();
        List<XlsxWriter.Cell> row = Stream.of("1", "Advice", "Membership of IJB", "Jane Martin", "Annually")
                .<XlsxWriter.Cell>map(XlsxWriter.Text::new).toList();
        for (int i = 0; i < 100_000; i++) {
            rows.add(row);
        }
        return XlsxWriter.workbook("Matrix", List.of("Function", "Function title", "Assurance mechanism", "Lead",
                "Frequency"), rows, List.of(10, 10, 10, 10, 10));
    }

    /** A file of about 100 KB that would unpack to 200 MB. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] oldExcel() {
        byte[] header = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1};
        byte[] file = new byte[4096];
        System.arraycopy(header, 0, file, 0, header.length);
        return file;
    }

    private static byte[] truncated() throws IOException {
        byte[] whole = formulaWorkbook();
        return Arrays.copyOf(whole, whole.length / 3);
    }

    /** A sheet that tries to read a local file through an XML external entity. */
    private static byte[] externalEntity() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                    + "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&secret;</t></is></c>"
                    + "</row></sheetData></worksheet>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
