package scot.cswo.assurance.service.importing;

import static scot.cswo.assurance.domain.matrix.MatrixDraftBuilder.FREQUENCY;
import static scot.cswo.assurance.domain.matrix.MatrixDraftBuilder.FUNCTION;
import static scot.cswo.assurance.domain.matrix.MatrixDraftBuilder.FUNCTION_TITLE;
import static scot.cswo.assurance.domain.matrix.MatrixDraftBuilder.LEAD;
import static scot.cswo.assurance.domain.matrix.MatrixDraftBuilder.LEAD_EMAIL;
import static scot.cswo.assurance.domain.matrix.MatrixDraftBuilder.MECHANISM;
import static scot.cswo.assurance.domain.matrix.MatrixDraftBuilder.REF;
import static scot.cswo.assurance.service.importing.SpreadsheetTable.cell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import scot.cswo.assurance.domain.frequency.Frequency;
import scot.cswo.assurance.domain.matrix.MatrixDraft;
import scot.cswo.assurance.domain.matrix.MatrixDraftBuilder;
import scot.cswo.assurance.domain.matrix.SourceRow;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;

/**
 * Reads a matrix laid out as the import format: a header row naming the columns Function,
 * Function title, Assurance mechanism, Lead and Frequency (any order, any case, extra columns
 * ignored, Ref and Lead email optional), then one row per mechanism under a function.
 */
public final class MatrixFileReader {
    /** The most rows a matrix file may have; real frameworks have well under a hundred. */
    public static final int MAX_ROWS = 5_000;
    private static final List<String> REQUIRED = List.of(FUNCTION, FUNCTION_TITLE, MECHANISM, LEAD, FREQUENCY);
    private static final Map<String, String> HEADINGS = new LinkedHashMap<>();

    static {
        heading(FUNCTION, "function", "function number", "function no", "no");
        heading(FUNCTION_TITLE, "function title", "statutory function", "title");
        heading(MECHANISM, "assurance mechanism", "assurance mechanisms", "mechanism", "mechanisms");
        heading(LEAD, "lead", "leads", "lead(s)", "lead officer", "lead officers");
        heading(FREQUENCY, "frequency");
        heading(LEAD_EMAIL, "lead email", "lead emails", "lead email address", "lead email addresses", "email",
                "email address", "e-mail");
        heading(REF, "ref", "reference", "ref.");
    }

    private static final Pattern SPREADSHEETS = Pattern.compile("\\.(xlsx|csv|txt)$");
    private static final SpreadsheetTable TABLE = new SpreadsheetTable(HEADINGS, REQUIRED, MAX_ROWS,
            "a matrix");

    private MatrixFileReader() {
    }

    /** A validated draft and what the reader noticed (the sheet read, rows left out as hidden). */
    public record MatrixFile(MatrixDraft draft, List<String> notes) {
    }

    /**
     * Reads a .docx, .csv, .txt or .xlsx file's bytes (by the name's extension) into a validated
     * draft; a Word document's framework table is read as the council laid it out.
     */
    public static MatrixFile read(String source, byte[] bytes) {
        return read(source, bytes, Map.of(), ColumnAssignments.NONE);
    }

    /**
     * As {@link #read(String, byte[])}, reading unknown frequency phrases as the user mapped them and
     * the columns as the user assigned them.
     */
    public static MatrixFile read(String source, byte[] bytes, Map<String, Frequency> frequencies,
                                  ColumnAssignments columns) {
        Reading reading = check(source, bytes, frequencies, columns);
        if (!reading.problems().isEmpty()) {
            throw new InvalidDataException(reading.problems());
        }
        return new MatrixFile(reading.draft(), reading.notes());
    }

    /**
     * A file's rows as read and, rather than a refusal, every problem in them, so a preview can show
     * both and let the user resolve what can be resolved (an unknown frequency, a heading not
     * recognised).
     *
     * @param draft    the validated draft; null while there are problems
     * @param headings the header row's headings and the column each is read as, for the user to change
     */
    public record Reading(List<SourceRow> rows, List<Problem> problems, MatrixDraft draft, List<String> notes,
                          List<ColumnAssignments.Heading> headings) {
    }

    /** What to do about a column the header row lacks, as every file's message says it. */
    static final String SAY_WHICH_COLUMN = " Rename the column in the file, or say which column it is: in the"
            + " preview, choose it beside its heading; on the command line, add --column \"HEADING=COLUMN\".";

    /**
     * Reads a file as {@link #read(String, byte[], Map, ColumnAssignments)} does, returning the rows'
     * problems instead of throwing them; a file that cannot be read as a table at all (empty, no
     * framework table, not a framework file) is still refused. While the header row lacks a column,
     * that is the only kind of problem given: the rows cannot be judged until every column is known.
     */
    public static Reading check(String source, byte[] bytes, Map<String, Frequency> frequencies,
                                ColumnAssignments columns) {
        String name = source.toLowerCase(Locale.ROOT);
        List<SourceRow> rows;
        List<Problem> refusedCells;
        List<String> notes;
        List<ColumnAssignments.Heading> headings;
        List<Problem> headerProblems;
        if (name.endsWith(".docx") || name.endsWith(".doc")) {
            DocxReader.Document document = DocxReader.read(source, bytes, MAX_ROWS, columns);
            rows = document.rows();
            refusedCells = document.problems();
            notes = document.notes();
            headings = document.headings();
            headerProblems = document.headerProblems();
        } else if (SPREADSHEETS.matcher(name).find()) {
            refusedCells = new ArrayList<>();
            SpreadsheetTable.Sheet sheet = TABLE.read(source, bytes, refusedCells);
            int header = TABLE.headerRow(source, sheet.rows());
            headings = TABLE.headings(sheet.rows().get(header), columns);
            headerProblems = ColumnAssignments.problems(source, header + 1, headings, REQUIRED, SAY_WHICH_COLUMN);
            rows = rows(sheet.rows(), header, ColumnAssignments.positions(headings));
            notes = sheet.notes();
        } else {
            throw new InvalidDataException(List.of(new Problem(source, 0, null, null, "the app imports Excel"
                    + " workbooks (.xlsx) and CSV files (.csv, or .txt saved by Excel as Unicode Text), and the"
                    + " framework table in a Word document (.docx); save the file as one of those.")));
        }
        if (!headerProblems.isEmpty()) {
            return new Reading(List.copyOf(rows), headerProblems, null, notes, headings);
        }
        MatrixDraftBuilder builder = new MatrixDraftBuilder(source, frequencies);
        builder.alsoReport(refusedCells);
        rows.forEach(builder::add);
        try {
            return new Reading(List.copyOf(rows), List.of(), builder.build(), notes, headings);
        } catch (InvalidDataException invalid) {
            return new Reading(List.copyOf(rows), invalid.problems(), null, notes, headings);
        }
    }

    /** Reads CSV bytes into a validated draft, or throws with every problem found. */
    public static MatrixDraft readCsv(String source, byte[] bytes) {
        return read(source, TABLE.readCsv(source, bytes).rows());
    }

    /** Reads rows of cells (the header first) into a validated draft. */
    public static MatrixDraft read(String source, List<List<String>> table) {
        MatrixDraftBuilder builder = new MatrixDraftBuilder(source);
        rows(source, table).forEach(builder::add);
        return builder.build();
    }

    /** The rows under the header, by the header's column names, blank rows left out. */
    private static List<SourceRow> rows(String source, List<List<String>> table) {
        int header = TABLE.headerRow(source, table);
        return rows(table, header, TABLE.columns(source, header + 1, table.get(header)));
    }

    private static List<SourceRow> rows(List<List<String>> table, int header, Map<String, Integer> columns) {
        List<SourceRow> rows = new ArrayList<>();
        for (int i = header + 1; i < table.size(); i++) {
            List<String> cells = table.get(i);
            if (SpreadsheetTable.blank(cells)) {
                continue;
            }
            rows.add(new SourceRow(i + 1, cell(cells, columns, FUNCTION), cell(cells, columns, FUNCTION_TITLE),
                    cell(cells, columns, MECHANISM), cell(cells, columns, LEAD), cell(cells, columns, FREQUENCY),
                    cell(cells, columns, REF), cell(cells, columns, LEAD_EMAIL)));
        }
        return rows;
    }

    private static void heading(String column, String... names) {
        for (String name : names) {
            HEADINGS.put(name, column);
        }
    }
}
