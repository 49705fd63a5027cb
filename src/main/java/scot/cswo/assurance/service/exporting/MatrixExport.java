package scot.cswo.assurance.service.exporting;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.matrix.MatrixDraftBuilder;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.schedule.MechanismStatus;
import scot.cswo.assurance.domain.schedule.StatusBoard;
import scot.cswo.assurance.service.files.SafeFiles;
import scot.cswo.assurance.service.schedule.StatusService;

/**
 * The matrix with each row's status, as a spreadsheet (.xlsx) or CSV. The columns are the import
 * columns plus Ref, Status, Period and Last evidence, so an exported file imports back unchanged.
 */
public final class MatrixExport {
    public static final List<String> COLUMNS = List.of(MatrixDraftBuilder.REF, MatrixDraftBuilder.FUNCTION,
            MatrixDraftBuilder.FUNCTION_TITLE, MatrixDraftBuilder.MECHANISM, MatrixDraftBuilder.LEAD,
            MatrixDraftBuilder.FREQUENCY, "Status", "Period", "Last evidence");
    private static final List<Integer> WIDTHS = List.of(7, 9, 40, 60, 30, 24, 12, 24, 13);

    private static final String EXPORT = "The export";
    private static final String XLSX = ".xlsx";
    private static final String CSV = ".csv";
    private final StatusService statuses;

    public MatrixExport(StatusService statuses) {
        this.statuses = statuses;
    }

    /** Writes the matrix as of a date to a .xlsx or .csv file (by its extension), whole or not at all. */
    public int write(Path file, LocalDate asOf) {
        SafeFiles.requireOutput(file, EXPORT, XLSX, CSV);
        StatusBoard board = statuses.board(asOf);
        boolean excel = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(XLSX);
        SafeFiles.writeOutput(file, EXPORT, excel ? xlsx(board) : csv(board), XLSX, CSV);
        return board.matrix().rows().size();
    }

    public static byte[] csv(StatusBoard board) {
        StringBuilder text = new StringBuilder(CsvWriter.record(COLUMNS));
        for (MatrixRow row : board.matrix().rows()) {
            MechanismStatus status = board.status(row);
            List<String> cells = new ArrayList<>(matrixCells(row));
            cells.add(status.status().label());
            cells.add(status.period() == null ? "" : status.period().label());
            cells.add(status.lastEvidence() == null ? "" : DateFormats.display(status.lastEvidence()));
            text.append(CsvWriter.record(cells));
        }
        return CsvWriter.forExcel(text.toString());
    }

    public static byte[] xlsx(StatusBoard board) {
        List<List<XlsxWriter.Cell>> rows = new ArrayList<>();
        for (MatrixRow row : board.matrix().rows()) {
            MechanismStatus status = board.status(row);
            List<XlsxWriter.Cell> cells = new ArrayList<>(matrixCells(row).stream()
                    .<XlsxWriter.Cell>map(XlsxWriter.Text::new).toList());
            cells.add(new XlsxWriter.Text(status.status().label()));
            cells.add(new XlsxWriter.Text(status.period() == null ? "" : status.period().label()));
            cells.add(new XlsxWriter.Date(status.lastEvidence()));
            rows.add(cells);
        }
        return XlsxWriter.workbook("Assurance matrix", COLUMNS, rows, WIDTHS);
    }

    private static List<String> matrixCells(MatrixRow row) {
        return List.of(row.ref().text(), String.valueOf(row.function().number()), row.function().title(),
                row.mechanism().description(), row.mechanism().leadNames(), row.mechanism().frequency().wording());
    }
}
