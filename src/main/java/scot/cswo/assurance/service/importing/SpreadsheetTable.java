package scot.cswo.assurance.service.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.service.exporting.CsvWriter;

/**
 * A user's spreadsheet (.xlsx or .csv) as rows of text cells, and its header row read by name:
 * what every importer shares. Formulas are refused, cells the app protected on export come back as
 * they were, and sizes are bounded so a wrong or hostile file is refused, not read.
 *
 * @param headings    accepted heading texts (lower case, single spaces) to the column they mean
 * @param required    columns the header row must have
 * @param maxRows     the most data rows a file may have
 * @param description what the file holds, for messages: "a matrix", "a dataset file"
 */
public record SpreadsheetTable(Map<String, String> headings, List<String> required, int maxRows,
                               String description) {

    /** Reads a .csv or .xlsx file's bytes (by the name's extension) into rows of cells. */
    public List<List<String>> read(String source, byte[] bytes) {
        String name = source.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return bounded(source, XlsxReader.read(source, bytes, maxRows));
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return readCsv(source, bytes);
        }
        throw new InvalidDataException(List.of(new Problem(source, 0, null, null,
                "the app imports Excel workbooks (.xlsx) and CSV files (.csv); save the sheet as one of those.")));
    }

    /**
     * Reads CSV bytes into rows of cells. Cells the app protected on export ('=…) come back as they
     * were; an unprotected cell starting with "=" is a spreadsheet formula and is refused.
     */
    public List<List<String>> readCsv(String source, byte[] bytes) {
        List<CsvReader.Record> records = CsvReader.read(source, bytes);
        bounded(source, records);
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
        return table;
    }

    /** The index of the header row (the first that is not blank); refused if the file is empty. */
    public int headerRow(String source, List<List<String>> table) {
        bounded(source, table);
        for (int i = 0; i < table.size(); i++) {
            if (table.get(i).stream().anyMatch(c -> !c.isBlank())) {
                return i;
            }
        }
        throw new InvalidDataException(List.of(new Problem(source, 0, null, null,
                "the file is empty; it needs a header row with the columns " + String.join(", ", required) + ".")));
    }

    /** Where each known column is in the header row (spreadsheet row {@code row}); refused if a required one is missing. */
    public Map<String, Integer> columns(String source, int row, List<String> header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = headings.get(normalise(header.get(i)));
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (String column : required) {
            if (!columns.containsKey(column)) {
                problems.add(new Problem(source, row, column, null, "the header row has no \"" + column
                        + "\" column. Columns found: " + String.join(", ", header.stream()
                        .filter(h -> !h.isBlank()).map(String::strip).toList()) + "."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDataException(problems);
        }
        return columns;
    }

    public static String cell(List<String> cells, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null || index >= cells.size() ? "" : cells.get(index);
    }

    public static boolean blank(List<String> cells) {
        return cells.stream().allMatch(String::isBlank);
    }

    /** Heading texts as looked up: single spaces, lower case, no byte-order mark. */
    public static String normalise(String heading) {
        return heading.replace('\ufeff', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private <T> List<T> bounded(String source, List<T> rows) {
        if (rows.size() > maxRows + 1) {
            throw new InvalidDataException(List.of(new Problem(source, 0, null, null, "the file has "
                    + String.format(Locale.UK, "%,d", rows.size()) + " rows, more than the "
                    + String.format(Locale.UK, "%,d", maxRows) + " " + description
                    + " may have. Check that this is the right file.")));
        }
        return rows;
    }
}
