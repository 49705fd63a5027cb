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

    /** Reads CSV bytes into a validated draft, or throws with every problem found. */
    public static MatrixDraft readCsv(String source, byte[] bytes) {
        return read(source, CsvReader.read(source, bytes).stream().map(CsvReader.Record::fields).toList());
    }

    /** Reads rows of cells (the header first) into a validated draft. */
    public static MatrixDraft read(String source, List<List<String>> table) {
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
        return index == null || index >= cells.size() ? "" : CsvWriter.unprotect(cells.get(index));
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
