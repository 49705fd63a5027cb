package scot.cswo.assurance.service.importing;

import static scot.cswo.assurance.domain.matrix.MatrixDraftBuilder.FREQUENCY;
import static scot.cswo.assurance.domain.matrix.MatrixDraftBuilder.FUNCTION;
import static scot.cswo.assurance.domain.matrix.MatrixDraftBuilder.FUNCTION_TITLE;
import static scot.cswo.assurance.domain.matrix.MatrixDraftBuilder.LEAD;
import static scot.cswo.assurance.domain.matrix.MatrixDraftBuilder.MECHANISM;
import static scot.cswo.assurance.domain.matrix.MatrixDraftBuilder.REF;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import scot.cswo.assurance.domain.matrix.MatrixDraft;
import scot.cswo.assurance.domain.matrix.MatrixDraftBuilder;
import scot.cswo.assurance.domain.matrix.SourceRow;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.service.exporting.CsvWriter;

/**
 * Reads a matrix laid out as the import format: a header row naming the columns Function,
 * Function title, Assurance mechanism, Lead and Frequency (any order, any case, extra columns
 * ignored, Ref optional), then one row per mechanism under a function.
 */
public final class MatrixFileReader {
    private static final List<String> REQUIRED = List.of(FUNCTION, FUNCTION_TITLE, MECHANISM, LEAD, FREQUENCY);
    private static final Map<String, String> HEADINGS = new LinkedHashMap<>();

    static {
        heading(FUNCTION, "function", "function number", "function no", "no");
        heading(FUNCTION_TITLE, "function title", "statutory function", "title");
        heading(MECHANISM, "assurance mechanism", "assurance mechanisms", "mechanism", "mechanisms");
        heading(LEAD, "lead", "leads", "lead(s)", "lead officer", "lead officers");
        heading(FREQUENCY, "frequency");
        heading(REF, "ref", "reference", "ref.");
    }

    private MatrixFileReader() {
    }

    /** The most rows a matrix file may have; real frameworks have well under a hundred. */
    public static final int MAX_ROWS = 5_000;

    /** Reads a .csv or .xlsx file's bytes (by the name's extension) into a validated draft. */
    public static MatrixDraft read(String source, byte[] bytes) {
        String name = source.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return read(source, XlsxReader.read(source, bytes, MAX_ROWS));
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return readCsv(source, bytes);
        }
        throw new InvalidDataException(List.of(new Problem(source, 0, null, null,
                "the app imports Excel workbooks (.xlsx) and CSV files (.csv); save the matrix as one of those.")));
    }

    /**
     * Reads CSV bytes into a validated draft, or throws with every problem found. Cells the app
     * protected on export ('=…) come back as they were; an unprotected cell starting with "=" is a
     * spreadsheet formula and is refused.
     */
    public static MatrixDraft readCsv(String source, byte[] bytes) {
        List<CsvReader.Record> records = CsvReader.read(source, bytes);
        if (records.size() > MAX_ROWS + 1) {
            throw tooManyRows(source, records.size());
        }
        List<Problem> formulas = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        List<String> header = null;
        for (CsvReader.Record record : records) {
            List<String> cells = new ArrayList<>();
            for (String cell : record.fields()) {
                if (cell.startsWith("=")) {
                    int index = cells.size();
                    String column = header != null && index < header.size() && !header.get(index).isBlank()
                            ? header.get(index).strip() : "column " + (index + 1);
                    formulas.add(new Problem(source, record.rowNumber(), column, cell,
                            "this cell starts with \"=\", which spreadsheets run as a formula. Type the value itself,"
                                    + " or start it with an apostrophe ('=) if it is meant as text."));
                }
                cells.add(CsvWriter.unprotect(cell));
            }
            table.add(cells);
            if (header == null && !record.isBlank()) {
                header = cells;
            }
        }
        if (!formulas.isEmpty()) {
            throw new InvalidDataException(formulas);
        }
        return read(source, table);
    }

    /** Reads rows of cells (the header first) into a validated draft. */
    public static MatrixDraft read(String source, List<List<String>> table) {
        if (table.size() > MAX_ROWS + 1) {
            throw tooManyRows(source, table.size());
        }
        int header = firstNonBlank(table);
        if (header < 0) {
            throw new InvalidDataException(List.of(new Problem(source, 0, null, null,
                    "the file is empty; it needs a header row with the columns " + String.join(", ", REQUIRED) + ".")));
        }
        Map<String, Integer> columns = columns(source, header + 1, table.get(header));
        MatrixDraftBuilder builder = new MatrixDraftBuilder(source);
        for (int i = header + 1; i < table.size(); i++) {
            List<String> cells = table.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            builder.add(new SourceRow(i + 1, cell(cells, columns, FUNCTION), cell(cells, columns, FUNCTION_TITLE),
                    cell(cells, columns, MECHANISM), cell(cells, columns, LEAD), cell(cells, columns, FREQUENCY),
                    cell(cells, columns, REF)));
        }
        return builder.build();
    }

    private static Map<String, Integer> columns(String source, int row, List<String> header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = HEADINGS.get(normalise(header.get(i)));
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                problems.add(new Problem(source, row, required, null, "the header row has no \"" + required
                        + "\" column. Columns found: " + String.join(", ", header.stream()
                        .filter(h -> !h.isBlank()).map(String::strip).toList()) + "."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDataException(problems);
        }
        return columns;
    }

    private static int firstNonBlank(List<List<String>> table) {
        for (int i = 0; i < table.size(); i++) {
            if (table.get(i).stream().anyMatch(c -> !c.isBlank())) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(List<String> cells, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null || index >= cells.size() ? "" : cells.get(index);
    }

    private static InvalidDataException tooManyRows(String source, int rows) {
        return new InvalidDataException(List.of(new Problem(source, 0, null, null, "the file has "
                + String.format(Locale.UK, "%,d", rows) + " rows, more than the " + String.format(Locale.UK, "%,d", MAX_ROWS)
                + " a matrix may have. Check that this is the right file.")));
    }

    private static String normalise(String heading) {
        return heading.replace('\ufeff', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static void heading(String column, String... names) {
        for (String name : names) {
            HEADINGS.put(name, column);
        }
    }
}
