package scot.cswo.assurance.service.exporting;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes RFC 4180 CSV that Excel opens safely: a cell that Excel would run as a formula (starting
 * with = + - @, tab or carriage return) is written with a leading apostrophe, which the importer
 * removes again, so values survive a round trip unchanged.
 */
public final class CsvWriter {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvWriter() {
    }

    /** One record, ending in CRLF as RFC 4180 and Excel expect. */
    public static String record(List<String> cells) {
        return cells.stream().map(CsvWriter::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.indexOf(',') >= 0 || text.indexOf(';') >= 0 || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 || !text.equals(text.strip());
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** Reverses {@link #cell}'s protection when a file comes back in. */
    public static String unprotect(String cell) {
        if (cell.length() >= 2 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }
}
