package scot.cswo.assurance.domain.problem;

/**
 * One thing wrong with a user's input, located precisely enough to fix: the file, the row (as a
 * spreadsheet numbers it, header = row 1), the column and the offending value. For a form or a
 * command, there is no file or row and the column is the field.
 *
 * @param field the form's or command's input the problem is about, or null (a file's column, or the input as a whole)
 */
public record Problem(String source, int row, String column, String value, String message, Field field) {

    public Problem(String source, int row, String column, String value, String message) {
        this(source, row, column, value, message, null);
    }

    /** A problem with one input of a form or command, named by its label. */
    public static Problem of(Field field, String value, String message) {
        return new Problem(null, 0, field.label(), value, message, field);
    }

    /** "matrix.csv, row 12, Frequency "Fortnightly": not a frequency …". */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (source != null && !source.isBlank()) {
            text.append(source);
        }
        if (row > 0) {
            text.append(text.isEmpty() ? "" : ", ").append("row ").append(row);
        }
        if (column != null && !column.isBlank()) {
            // In a file it is a column; on a form or command line, a field.
            text.append(text.isEmpty() ? "" : ", ").append(row > 0 ? "column " : "").append(ControlCharacters.visible(column));
        }
        if (value != null && !value.isEmpty()) {
            text.append(" \"").append(abbreviate(value)).append('"');
        }
        return (text.isEmpty() ? "" : text + ": ") + message;
    }

    /** One line, invisible characters written out (&lt;U+00A0&gt;) so the reason for a refusal can be seen. */
    private static String abbreviate(String value) {
        String oneLine = ControlCharacters.visible(value.replaceAll("[\\t\\n\\r]+", " "));
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "…";
    }
}
