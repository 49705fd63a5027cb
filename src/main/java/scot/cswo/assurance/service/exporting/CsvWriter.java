package scot.cswo.assurance.service.exporting;

import java.nio.charset.StandardCharsets;
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

    /** CSV text as bytes Excel opens correctly: UTF-8 with a byte-order mark, so accented names show right. */
    public static byte[] forExcel(String csv) {
        byte[] body = csv.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xef;
        bytes[1] = (byte) 0xbb;
        bytes[2] = (byte) 0xbf;
        System.arraycopy(body, 0, bytes, 3, body.length);
        return bytes;
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (needsProtection(text)) {
            text = "'" + text;
        }
        boolean quote = text.indexOf(',') >= 0 || text.indexOf(';') >= 0 || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 || !text.equals(text.strip());
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** Reverses {@link #cell}'s protection when a file comes back in. */
    public static String unprotect(String cell) {
        return cell.startsWith("'") && needsProtection(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /**
     * A formula start, or an apostrophe before one: protecting "'=x" too keeps it distinct from a
     * protected "=x", so every value comes back exactly.
     */
    private static boolean needsProtection(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return i < text.length() && FORMULA_STARTS.indexOf(text.charAt(i)) >= 0;
    }
}
