package scot.cswo.assurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.app.TestApp;

/** What the import command says about how it read a workbook, so nothing is left out unnoticed. */
class ImportingWorkbooksTest extends CommandLineTest {

    @Test
    void importSaysWhichSheetItReadAndWhichRowsWereLeftOutAsHidden() throws IOException {
        run("--db", db(), "init");
        Path file = dir.resolve("matrix.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Old");
            XSSFSheet sheet = workbook.createSheet("Matrix");
            String[][] rows = {{"Function", "Function title", "Assurance mechanism", "Lead", "Frequency"},
                    {"1", "Advice.", "Membership of IJB", "Jane Martin", "Monthly"},
                    {"1", "", "Withdrawn", "Jane Martin", "Monthly"}};
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            sheet.getRow(2).setZeroHeight(true);
            workbook.setSheetHidden(0, true);
            workbook.setActiveSheet(1);
            workbook.write(out);
            Files.write(file, out.toByteArray());
        }

        // A new office's starter suggests no council or period of its own: the office gives them.
        TestApp.Run dryRun = run("--db", db(), "import", file.toString(), "--council", "Newtown Council", "--period",
                "2025-2029", "--dry-run");

        assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
        assertThat(dryRun.out()).contains("1 functions, 1 mechanisms, 1 rows.",
                "Read the sheet \"Matrix\", the one showing when the workbook was saved. Not read: \"Old\" (hidden).",
                "Row 3 is hidden in the workbook and was not read;");
    }
}
