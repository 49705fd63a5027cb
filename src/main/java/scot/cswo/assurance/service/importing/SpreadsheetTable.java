package scot.cswo.assurance.service.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import scot.cswo.assurance.domain.problem.ControlCharacters;
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

    /**
     * A sheet as rows of text cells (row i is spreadsheet row i + 1) and what the reader noticed on
     * the way, for the preview: which sheet of a workbook was read, which rows were hidden.
     *
     * @param decimalComma true for a semicolon-separated file, which Excel writes where the comma is
     *                     the decimal mark
     */
    public record Sheet(List<List<String>> rows, boolean decimalComma, List<String> notes) {
    }

    /** Reads a .csv, .txt or .xlsx file's bytes (by the name's extension) into rows of cells. */
    public Sheet read(String source, byte[] bytes) {
        return refusingCells(refusedCells -> read(source, bytes, refusedCells));
    }

    /**
     * As {@link #read(String, byte[])}, but cells refused on the way (control characters, formulas)
     * are added to {@code refusedCells} instead of stopping the reading, so they can be reported
     * together with every other problem in the file.
     */
    public Sheet read(String source, byte[] bytes, List<Problem> refusedCells) {
        String name = source.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            XlsxReader.Sheet sheet = XlsxReader.read(source, bytes, maxRows);
            return new Sheet(cleaned(source, bounded(source, sheet.rows()), false, refusedCells), false, sheet.notes());
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return csv(source, bytes, refusedCells);
        }
        throw new InvalidDataException(List.of(new Problem(source, 0, null, null,
                "the app imports Excel workbooks (.xlsx) and CSV files (.csv, or .txt saved by Excel as Unicode"
                        + " Text); save the sheet as one of those.")));
    }

    /**
     * Reads CSV bytes into rows of cells. Cells the app protected on export ('=…) come back as they
     * were; an unprotected cell starting with "=" is a spreadsheet formula and is refused.
     */
    public Sheet readCsv(String source, byte[] bytes) {
        return refusingCells(refusedCells -> csv(source, bytes, refusedCells));
    }

    /** The sheet read, or every refused cell at once. */
    private static Sheet refusingCells(Function<List<Problem>, Sheet> reading) {
        List<Problem> refusedCells = new ArrayList<>();
        Sheet sheet = reading.apply(refusedCells);
        if (!refusedCells.isEmpty()) {
            throw new InvalidDataException(refusedCells);
        }
        return sheet;
    }

    private Sheet csv(String source, byte[] bytes, List<Problem> refusedCells) {
        CsvReader.Table table = CsvReader.table(source, bytes);
        List<List<String>> rows = bounded(source, table.records()).stream().map(CsvReader.Record::fields).toList();
        return new Sheet(cleaned(source, rows, true, refusedCells), table.separator() == ';', List.of());
    }

    /**
     * Every cell checked and tidied the same way whatever the file: control characters and (in CSV)
     * formulas refused, every one named in {@code problems}; unusual spaces read as spaces.
     */
    private static List<List<String>> cleaned(String source, List<List<String>> rows, boolean csv,
                                              List<Problem> problems) {
        List<List<String>> table = new ArrayList<>();
        List<String> header = null;
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = new ArrayList<>();
            for (String cell : rows.get(r)) {
                String column = columnName(header == null ? rows.get(r) : header, cells.size());
                if (csv && cell.startsWith("=")) {
                    problems.add(new Problem(source, r + 1, column, cell, "this cell starts with \"=\", which"
                            + " spreadsheets run as a formula. Type the value itself, or start it with an apostrophe"
                            + " ('=) if it is meant as text."));
                }
                int control = ControlCharacters.first(cell).orElse(-1);
                if (control >= 0) {
                    problems.add(new Problem(source, r + 1, column, cell, "this cell " + ControlCharacters.refusal(control)));
                }
                String text = spaces(cell);
                cells.add(csv ? CsvWriter.unprotect(text) : text);
            }
            table.add(cells);
            if (header == null && !blank(cells)) {
                header = cells;
            }
        }
        return table;
    }

    /**
     * Spaces as people mean them: a no-break, thin or other Unicode space is a space, a zero-width
     * space or stray byte-order mark is nothing, and a line or paragraph separator is a line break.
     */
    static String spaces(String cell) {
        StringBuilder text = new StringBuilder(cell.length());
        cell.codePoints().forEach(c -> {
            switch (Character.getType(c)) {
                case Character.SPACE_SEPARATOR -> text.append(' ');
                case Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> text.append('\n');
                default -> {
                    if (c != 0x200b && c != 0x2060 && c != 0xfeff) {
                        text.appendCodePoint(c);
                    }
                }
            }
        });
        return text.toString();
    }

    /** A column as messages name it: by its heading, or "column 3" where it has none. */
    static String columnName(List<String> header, int index) {
        return index < header.size() && !header.get(index).isBlank() ? header.get(index).strip()
                : "column " + (index + 1);
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
        List<ColumnAssignments.Heading> found = headings(header, ColumnAssignments.NONE);
        List<Problem> problems = ColumnAssignments.problems(source, row, found, required, "");
        if (!problems.isEmpty()) {
            throw new InvalidDataException(problems);
        }
        return ColumnAssignments.positions(found);
    }

    /** Each heading of the header row and the column it is read as: as the user assigned it, else by its text. */
    public List<ColumnAssignments.Heading> headings(List<String> header, ColumnAssignments assigned) {
        return assigned.headings(header, List.of(heading -> headings.get(normalise(heading))));
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
