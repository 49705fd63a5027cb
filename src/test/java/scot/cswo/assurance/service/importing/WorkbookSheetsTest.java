package scot.cswo.assurance.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.matrix.MatrixDraft;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.testing.Dundee;

/**
 * Workbooks as Excel users leave them (written here with Apache POI, as Excel writes them): an old
 * sheet hidden in front of the one in use, rows hidden by a filter, dates typed into text columns.
 * What is read is what the user sees, and the preview says what was left out.
 */
class WorkbookSheetsTest {
    private static final String[] HEADER = {"Function", "Function title", "Assurance mechanism", "Lead", "Frequency"};

    @TempDir
    Path dir;

    private static void row(XSSFSheet sheet, int index, String... cells) {
        XSSFRow row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }

    /** The sheet "Matrix": the header and function 1's first mechanism, Membership of IJB. */
    private static XSSFSheet matrix(XSSFWorkbook workbook, String frequency) {
        XSSFSheet sheet = workbook.createSheet("Matrix");
        row(sheet, 0, HEADER);
        row(sheet, 1, "1", "Professional advice.", "Membership of IJB", "Jane Martin", frequency);
        return sheet;
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Last year's matrix hidden as the first sheet; this year's showing; a notes sheet after it. */
    private static byte[] hiddenFirstSheet() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet old = workbook.createSheet("2024 matrix");
        row(old, 0, HEADER);
        row(old, 1, "1", "Old advice.", "Retired mechanism", "Someone Gone", "Monthly");
        matrix(workbook, "Quarterly");
        row(workbook.createSheet("Notes"), 0, "Agreed at JSWMT, March 2025");
        workbook.setSheetHidden(0, true);
        workbook.setActiveSheet(1);
        workbook.setFirstVisibleTab(1);
        return bytes(workbook);
    }

    @Test
    void theSheetShowingWhenTheWorkbookWasSavedIsReadNotAHiddenFirstSheet() throws IOException {
        MatrixFileReader.MatrixFile file = MatrixFileReader.read("matrix.xlsx", hiddenFirstSheet());

        assertThat(file.draft().mechanisms()).extracting(MatrixDraft.MechanismDraft::description)
                .containsExactly("Membership of IJB");
        assertThat(file.notes()).containsExactly("Read the sheet \"Matrix\", the one showing when the workbook was"
                + " saved. Not read: \"2024 matrix\" (hidden), \"Notes\".");
    }

    @Test
    void whenTheActiveSheetCannotBeToldTheFirstVisibleOneIsRead() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        row(workbook.createSheet("Old"), 0, "nothing to see");
        matrix(workbook, "Quarterly");
        workbook.setSheetHidden(0, true);
        workbook.setActiveSheet(0);

        MatrixFileReader.MatrixFile file = MatrixFileReader.read("matrix.xlsx", bytes(workbook));

        assertThat(file.draft().mechanisms()).singleElement().satisfies(m ->
                assertThat(m.description()).isEqualTo("Membership of IJB"));
        assertThat(file.notes().getFirst()).startsWith("Read the sheet \"Matrix\", the first visible one.");
    }

    @Test
    void hiddenRowsAreLeftOutAndThePreviewNamesThem() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = matrix(workbook, "Quarterly");
        row(sheet, 2, "1", "", "Withdrawn in 2024", "Jane Martin", "Monthly");
        row(sheet, 3, "1", "", "Regular meetings", "Jane Martin", "Monthly");
        row(sheet, 4, "1", "", "Also withdrawn", "Jane Martin", "Monthly");
        row(sheet, 5, "1", "", "And this", "Jane Martin", "Monthly");
        row(sheet, 6);
        for (int hidden : new int[] {2, 4, 5, 6}) {
            sheet.getRow(hidden).setZeroHeight(true);
        }
        Path file = Files.write(dir.resolve("filtered.xlsx"), bytes(workbook));

        ImportService.Preview preview;
        try (Workspace workspace = Dundee.open(dir, LocalDate.of(2025, 11, 22))) {
            preview = workspace.imports().preview(file);
        }

        assertThat(preview.draft().mechanisms()).extracting(MatrixDraft.MechanismDraft::description)
                .containsExactly("Membership of IJB", "Regular meetings");
        assertThat(preview.notes()).containsExactly("Rows 3 and 5 to 6 are hidden in the workbook and were not read;"
                + " unhide them in Excel and import again if they belong in the file.");
    }

    @Test
    void aDateTypedIntoFrequencyIsShownAsTheDateExcelShowsNotItsDayNumber() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = matrix(workbook, "");
        row(sheet, 2, "1", "", "Regular meetings", "Jane Martin", "");
        CellStyle uk = workbook.createCellStyle();
        uk.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        CellStyle words = workbook.createCellStyle();
        words.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d mmmm yyyy"));
        sheet.getRow(1).getCell(4).setCellValue(LocalDate.of(2025, 6, 30));
        sheet.getRow(1).getCell(4).setCellStyle(uk);
        sheet.getRow(2).getCell(4).setCellValue(LocalDate.of(2026, 3, 31));
        sheet.getRow(2).getCell(4).setCellStyle(words);
        byte[] bytes = bytes(workbook);

        assertThatThrownBy(() -> MatrixFileReader.read("dates.xlsx", bytes)).isInstanceOfSatisfying(
                InvalidDataException.class, e -> assertThat(e.problems()).extracting(p -> p.describe()).satisfiesExactly(
                        first -> assertThat(first).startsWith("dates.xlsx, row 2, column Frequency \"30/06/2025\": this"
                                + " is not a frequency the app knows").doesNotContain("45838"),
                        second -> assertThat(second).startsWith("dates.xlsx, row 3, column Frequency \"31 March 2026\"")));
    }
}
