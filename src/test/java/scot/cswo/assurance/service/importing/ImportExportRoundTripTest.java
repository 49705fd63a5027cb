package scot.cswo.assurance.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.domain.evidence.Conclusion;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.FrameworkDetails;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.domain.report.ReportYear;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.access.Identity;
import scot.cswo.assurance.service.WorkspaceOpener;
import scot.cswo.assurance.service.evidence.EvidenceInput;
import scot.cswo.assurance.service.matrix.FrameworkEditor;
import scot.cswo.assurance.testing.Dundee;
import scot.cswo.assurance.service.matrix.FrameworkField;

class ImportExportRoundTripTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);
    private static final FrameworkDetails DETAILS = new FrameworkDetails("CSWO Governance Framework",
            "Comhairle nan Eilean Siar", "2025-2029", LocalDate.of(2025, 4, 1), Month.APRIL, 0);

    @TempDir
    Path dir;

    /** A row as the framework states it: everything export must carry and import must restore. */
    private record Line(String ref, int function, String title, String mechanism, String leads, String frequency) {
    }

    private static List<Line> lines(AssuranceMatrix matrix) {
        return matrix.rows().stream().map(r -> new Line(r.ref().text(), r.function().number(), r.function().title(),
                r.mechanism().description(), r.mechanism().leadNames(), r.mechanism().frequency().wording())).toList();
    }

    private Workspace empty(String name) {
        return new TestApp(dir.resolve(name + "-data"), TODAY).opener().open(dir.resolve(name + ".mv.db"),
                WorkspaceOpener.Mode.CREATE_IF_MISSING);
    }

    private AssuranceMatrix importInto(String name, Path file) {
        try (Workspace workspace = empty(name)) {
            ImportService.Preview preview = workspace.imports().preview(file);
            return workspace.imports().apply(preview, DETAILS);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dundee.xlsx", "dundee.csv"})
    void theDundeeMatrixExportedAndImportedIntoAnEmptyDatabaseIsExactlyTheSame(String fileName) {
        Path file = dir.resolve(fileName);
        List<Line> original;
        try (Workspace dundee = Dundee.open(dir.resolve("source"), TODAY)) {
            original = lines(dundee.matrix().matrix());
            dundee.export().write(file, TODAY);
        }

        assertThat(lines(importInto("copy", file))).isEqualTo(original).hasSize(original.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"unicode.xlsx", "unicode.csv"})
    void unicodeNamesAndFormulaLikeTextSurviveARoundTrip(String fileName) throws IOException {
        Path source = dir.resolve("source.csv");
        Files.writeString(source, """
                Function,Function title,Assurance mechanism,Lead,Frequency
                1,"Comhairleachadh proifeiseanta — Gàidhlig, Polski: Zażółć gęślą jaźń","'=SUM(A1:A2) is how the \
                dataset is totalled",Seònaid Nic a' Phearsain / Łukasz Wiśniewski,Quarterly
                1,,"'-20% target; ""quoted"" 日本語 ✓",Mòrag O'Neill,Report to Joint SW MTM
                2,"Tab\tand ""quoted"" words",'@mention of the board in file_x0041_v2,Seònaid Nic a' Phearsain,Twice yearly
                """, StandardCharsets.UTF_8);
        AssuranceMatrix first = importInto("first", source);
        Path exported = dir.resolve(fileName);
        try (Workspace workspace = new TestApp(dir.resolve("first-data"), TODAY).opener()
                .open(dir.resolve("first.mv.db"), WorkspaceOpener.Mode.MUST_EXIST)) {
            workspace.export().write(exported, TODAY);
        }

        AssuranceMatrix second = importInto("second", exported);

        assertThat(lines(second)).isEqualTo(lines(first));
        assertThat(lines(first).getFirst().mechanism()).isEqualTo("=SUM(A1:A2) is how the dataset is totalled");
        assertThat(lines(first).get(1).leads()).isEqualTo("Mòrag O'Neill");
        // Text that looks like Excel's _x0041_ escape is itself escaped in a workbook, so it comes back as typed.
        assertThat(lines(second).get(2).mechanism()).isEqualTo("@mention of the board in file_x0041_v2");
    }

    @Test
    void anExportedWorkbookOpensInAStandardSpreadsheetLibraryWithFormulaLikeTextKeptAsText() throws IOException {
        Path file = dir.resolve("matrix.xlsx");
        int rows;
        try (Workspace dundee = Dundee.open(dir.resolve("source"), TODAY)) {
            rows = dundee.matrix().matrix().rows().size();
            dundee.evidence().record(new Ref("F1.3"), new EvidenceInput(TODAY, "IJB attended", null, null,
                    Conclusion.REASONABLE, null, List.of()));
            dundee.export().write(file, TODAY);
        }

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Ref");
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Last evidence");
            XSSFRow ijb = sheet.getRow(3);
            assertThat(ijb.getCell(0).getStringCellValue()).isEqualTo("F1.3");
            assertThat(ijb.getCell(6).getStringCellValue()).isEqualTo("On track");
            assertThat(ijb.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(ijb.getCell(8).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(TODAY);
            assertThat(sheet.getLastRowNum()).isEqualTo(rows);
        }
    }

    @Test
    void aWorkbookAsExcelWritesItImportsWithNumbersMergedTitlesAndLeadsOnSeparateLines() throws IOException {
        Path file = dir.resolve("from-excel.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Framework");
            workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("not the matrix");
            row(sheet, 0, "Notes", "FREQUENCY", "lead(s)", "Assurance Mechanisms", "Function Title", "Function");
            row(sheet, 1, "", "Quarterly", "Jane Martin\nKathryn Sharp", "Oversight of MAPPA", "Public protection", 1.0);
            row(sheet, 3, "blank row above", "Yearly", "Jane Martin", "Annual CSWO report", "", 1.0);
            workbook.write(out);
            Files.write(file, out.toByteArray());
        }

        AssuranceMatrix matrix = importInto("excel", file);

        assertThat(lines(matrix)).containsExactly(
                new Line("F1.1", 1, "Public protection", "Oversight of MAPPA", "Jane Martin / Kathryn Sharp",
                        "Quarterly"),
                new Line("F1.2", 1, "Public protection", "Annual CSWO report", "Jane Martin", "Yearly"));
    }

    private static void row(XSSFSheet sheet, int index, Object... cells) {
        XSSFRow row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] instanceof Double number) {
                row.createCell(i).setCellValue(number);
            } else {
                row.createCell(i).setCellValue((String) cells[i]);
            }
        }
    }

    @Test
    void aPreviewSaysWhatWouldBeCreatedAndChangesNothing() throws IOException {
        Path file = dir.resolve("next.csv");
        Files.writeString(file, "Function,Function title,Assurance mechanism,Lead,Frequency\n"
                + "1,Advice,Membership of IJB,Jane Martin,2 monthly\n"
                + "1,,Meetings with the Chief Executive,Morag Stewart,Quarterly\n");
        try (Workspace workspace = Dundee.open(dir.resolve("dundee"), TODAY)) {
            int rows = workspace.matrix().matrix().rows().size();

            ImportService.Preview preview = workspace.imports().preview(file);

            assertThat(preview.draft().rows()).hasSize(2);
            assertThat(preview.newLeads()).containsExactly("Morag Stewart");
            assertThat(preview.replaces().name()).isEqualTo(workspace.matrix().matrix().framework().name());
            assertThat(workspace.matrix().matrix().rows()).hasSize(rows);
        }
    }

    @Test
    void anOfficesOwnFrameworkAfterAFirstStartIsSuggestedFromTheStartOfItsYearAndReplacesTheUntouchedTemplate()
            throws IOException {
        Path file = dir.resolve("own.csv");
        Files.writeString(file, "Function,Function title,Assurance mechanism,Lead,Frequency\n"
                + "1,Advice,Membership of IJB,Jane Martin,2 monthly\n");
        // A first start brings in the Dundee template from that day, mid-year; nothing is recorded against it.
        try (Workspace workspace = Dundee.open(dir.resolve("first"), TODAY, new Identity("COUNCIL\\tester"), TODAY)) {
            ImportService.Preview preview = workspace.imports().preview(file);

            workspace.imports().apply(preview, new FrameworkDetails(preview.suggested().name(), "Newtown Council",
                    "2025-2029", preview.suggested().trackingStart(), Month.APRIL, 0));

            assertThat(preview.suggested().trackingStart()).isEqualTo(LocalDate.of(2025, 4, 1));
            assertThat(workspace.matrix().matrixOn(LocalDate.of(2025, 4, 1)).rows()).extracting(MatrixRow::ref)
                    .containsExactly(new Ref("F1.1"));
            assertThat(workspace.matrix().matrixOn(TODAY.plusYears(1)).rows()).hasSize(1);
            assertThat(workspace.matrix().frameworks()).hasSize(1);
        }
    }

    @Test
    void anImportedFrameworkComesIntoForceOnItsStartAndTheOldOneKeepsItsYearsEvidence() throws IOException {
        Path file = dir.resolve("next.csv");
        Files.writeString(file, "Function,Function title,Assurance mechanism,Lead,Frequency\n"
                + "1,Advice,Membership of IJB,Jane Martin,2 monthly\n");
        try (Workspace workspace = Dundee.open(dir.resolve("dundee"), TODAY)) {
            int rows = workspace.matrix().matrix().rows().size();
            workspace.evidence().record(new Ref("F1.3"), new EvidenceInput(TODAY, "IJB attended", null, null,
                    Conclusion.REASONABLE, null, List.of()));
            ImportService.Preview preview = workspace.imports().preview(file);
            assertThat(preview.suggested().trackingStart()).isEqualTo(LocalDate.of(2026, 4, 1));

            assertThatThrownBy(() -> workspace.imports().apply(preview, preview.suggested()
                    .withTrackingStart(LocalDate.of(2025, 4, 1))))
                    .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems())
                            .extracting(Problem::field).containsExactly(FrameworkField.TRACKING_START));

            workspace.imports().apply(preview, preview.suggested());

            assertThat(workspace.matrix().matrixOn(LocalDate.of(2026, 4, 1)).rows()).extracting(MatrixRow::ref)
                    .containsExactly(new Ref("F1.1"));
            assertThat(workspace.matrix().matrix().rows()).hasSize(rows);
            assertThat(workspace.report().data(new ReportYear(2025), Optional.empty()).matrix().rows()).hasSize(rows);
        }
    }
}
