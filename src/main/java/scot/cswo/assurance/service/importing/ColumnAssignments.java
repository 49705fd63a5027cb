package scot.cswo.assurance.service.importing;

import static scot.cswo.assurance.domain.matrix.MatrixDraftBuilder.FREQUENCY;
import static scot.cswo.assurance.domain.matrix.MatrixDraftBuilder.FUNCTION;
import static scot.cswo.assurance.domain.matrix.MatrixDraftBuilder.FUNCTION_TITLE;
import static scot.cswo.assurance.domain.matrix.MatrixDraftBuilder.LEAD;
import static scot.cswo.assurance.domain.matrix.MatrixDraftBuilder.LEAD_EMAIL;
import static scot.cswo.assurance.domain.matrix.MatrixDraftBuilder.MECHANISM;
import static scot.cswo.assurance.domain.matrix.MatrixDraftBuilder.REF;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;

/**
 * Which column of a file each heading is, where the user said so: a header the app does not
 * recognise ("How we check") is read as the column chosen for it ("Assurance mechanism"), and a
 * column can be left out. Headings the user did not assign are recognised as before. The same
 * choice is made in the window's preview and with {@code import FILE --column "HEADING=COLUMN"}.
 */
public final class ColumnAssignments {
    /** The choice for a column that is not part of the framework (notes, evidence). */
    public static final String IGNORE = "Ignore";
    /**
     * What a heading can be read as, in the order offered. One more column the import reads is one
     * more entry here (and in {@link #WORDS}).
     */
    public static final List<String> CHOICES = List.of(FUNCTION, FUNCTION_TITLE, MECHANISM, LEAD, LEAD_EMAIL,
            FREQUENCY, REF, IGNORE);
    /** The words a column may be given by on the command line, each to the column it means. */
    private static final Map<String, String> WORDS = new LinkedHashMap<>();
    public static final ColumnAssignments NONE = new ColumnAssignments(Map.of());

    static {
        CHOICES.forEach(column -> WORDS.put(SpreadsheetTable.normalise(column), column));
        WORDS.put("mechanism", MECHANISM);
        WORDS.put("title", FUNCTION_TITLE);
        WORDS.put("leads", LEAD);
        WORDS.put("email", LEAD_EMAIL);
        WORDS.put("leave out", IGNORE);
        WORDS.put("left out", IGNORE);
    }

    /** A heading of the file's header row, as written ("column 3" where blank), and the column it is read as (null: left out). */
    public record Heading(int index, String text, String column) {
    }

    /** By heading, as {@link SpreadsheetTable#normalise} compares them, the column chosen (or {@link #IGNORE}). */
    private final Map<String, String> byHeading;

    private ColumnAssignments(Map<String, String> byHeading) {
        this.byHeading = Map.copyOf(byHeading);
    }

    /**
     * The user's choices, heading to column ("How we check" to "mechanism"), the column given in any
     * case by its name or a short form (function, title, mechanism, lead, frequency, ref, ignore);
     * refused, every bad one named, for a column the app does not read.
     */
    public static ColumnAssignments of(Map<String, String> headingToColumn) {
        Map<String, String> chosen = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        headingToColumn.forEach((heading, column) -> {
            String known = WORDS.get(SpreadsheetTable.normalise(column));
            if (known == null) {
                problems.add(new Problem(null, 0, "--column", heading + "=" + column, "\"" + column + "\" is not a"
                        + " column the app reads, so the \"" + heading + "\" column cannot be read as it. Use one of: "
                        + String.join(", ", CHOICES.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList()) + "."));
            } else {
                chosen.put(SpreadsheetTable.normalise(heading), known);
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidDataException(problems);
        }
        return new ColumnAssignments(chosen);
    }

    /**
     * Each heading and the column it is read as: first as the user assigned it, then by each way of
     * recognising a heading in turn (the first that names a column not yet taken wins).
     *
     * @param recognisers what a heading's text names, or null; tried in order
     */
    public List<Heading> headings(List<String> header, List<Function<String, String>> recognisers) {
        String[] columns = new String[header.size()];
        boolean[] decided = new boolean[header.size()];
        for (int i = 0; i < header.size(); i++) {
            String choice = byHeading.get(SpreadsheetTable.normalise(SpreadsheetTable.columnName(header, i)));
            if (choice != null) {
                decided[i] = true;
                columns[i] = IGNORE.equals(choice) ? null : choice;
            }
        }
        for (Function<String, String> recognise : recognisers) {
            for (int i = 0; i < header.size(); i++) {
                String column = decided[i] ? null : recognise.apply(header.get(i));
                if (column != null && !Arrays.asList(columns).contains(column)) {
                    columns[i] = column;
                    decided[i] = true;
                }
            }
        }
        List<Heading> headings = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            headings.add(new Heading(i, SpreadsheetTable.columnName(header, i), columns[i]));
        }
        return List.copyOf(headings);
    }

    /** Where each column is read from: the first heading read as it. */
    public static Map<String, Integer> positions(List<Heading> headings) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        headings.stream().filter(h -> h.column() != null).forEach(h -> columns.putIfAbsent(h.column(), h.index()));
        return columns;
    }

    /**
     * What is wrong with a header row read as {@code headings}: each required column no heading is
     * read as, and each column two headings are read as.
     *
     * @param row    the header's row number, for messages
     * @param advice what to do about a missing column (how to say which column is which), or ""
     */
    public static List<Problem> problems(String source, int row, List<Heading> headings, List<String> required,
                                         String advice) {
        Map<String, Integer> columns = positions(headings);
        List<Problem> problems = new ArrayList<>();
        for (String column : required) {
            if (!columns.containsKey(column)) {
                problems.add(new Problem(source, row, column, null, "the header row has no \"" + column
                        + "\" column. Columns found: " + String.join(", ", headings.stream().map(Heading::text)
                        .filter(h -> !h.isBlank()).map(String::strip).toList()) + "." + advice));
            }
        }
        for (Heading heading : headings) {
            Integer first = heading.column() == null ? null : columns.get(heading.column());
            if (first != null && first != heading.index()) {
                problems.add(new Problem(source, row, heading.column(), heading.text(), "two columns are read as \""
                        + heading.column() + "\": \"" + headings.get(first).text() + "\" and \"" + heading.text()
                        + "\". Leave out the one that is not: in the preview, choose Left out beside its heading; on"
                        + " the command line, add --column \"HEADING=ignore\"."));
            }
        }
        return problems;
    }
}
