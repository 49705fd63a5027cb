package scot.cswo.assurance.service.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;

/**
 * Reads CSV as Excel and Windows users write it: UTF-8 with or without a byte-order mark,
 * Windows-1252, or UTF-16 (Excel's "Unicode Text", tab-separated); comma, semicolon or tab separated
 * (the header row decides); RFC 4180 quoting; CRLF, LF or CR line ends. Records are numbered as a
 * spreadsheet shows them, header = row 1.
 *
 * <p>A file in one 8-bit encoding is read as UTF-8 if all of it is UTF-8, else as Windows-1252. One
 * that is partly each (a UTF-8 file with a cell pasted in from an older system) is refused, naming
 * each such cell, rather than turning every accent into "RenÃ©e".
 */
public final class CsvReader {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvReader() {
    }

    public record Record(int rowNumber, List<String> fields) {
        public boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** The records and the separator the header row uses. */
    record Table(List<Record> records, char separator) {
    }

    public static List<Record> read(String source, byte[] bytes) {
        return table(source, bytes).records();
    }

    static Table table(String source, byte[] bytes) {
        Optional<Charset> utf16 = utf16(bytes);
        if (utf16.isPresent()) {
            String text = strictly(source, utf16.get(), bytes);
            text = text.startsWith("\ufeff") ? text.substring(1) : text;
            char separator = separator(text);
            return new Table(parse(source, text, separator), separator);
        }
        boolean utf8Bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf;
        // Separators, quotes and line ends are ASCII in both encodings, so the file is split into
        // cells byte for byte first, and each cell decoded once the file's encoding is known.
        String raw = new String(bytes, utf8Bom ? 3 : 0, bytes.length - (utf8Bom ? 3 : 0), StandardCharsets.ISO_8859_1);
        char separator = separator(raw);
        return new Table(decode(source, parse(source, raw, separator), utf8Bom), separator);
    }

    /** UTF-16 by its byte-order mark, or, without one, by the zero bytes every ASCII letter carries. */
    private static Optional<Charset> utf16(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b.length >= 4 && b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (b.length >= 4 && b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private static String strictly(String source, Charset charset, byte[] bytes) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidDataException(List.of(new Problem(source, 0, null, null, "the file is Unicode (UTF-16)"
                    + " text but is damaged part-way through, so it was not read. Open it in Excel and save it again"
                    + " as \"CSV UTF-8\" or as an Excel Workbook, then import that.")));
        }
    }

    /** Each cell as UTF-8 if the whole file is, else as Windows-1252; refused if it is some of each. */
    private static List<Record> decode(String source, List<Record> records, boolean utf8Bom) {
        List<Record> utf8 = new ArrayList<>();
        List<int[]> notUtf8 = new ArrayList<>();
        Integer firstUtf8Row = utf8Bom ? 1 : null;
        for (int r = 0; r < records.size(); r++) {
            Record record = records.get(r);
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < record.fields().size(); i++) {
                String raw = record.fields().get(i);
                Optional<String> text = utf8(raw);
                if (text.isEmpty()) {
                    notUtf8.add(new int[] {r, i});
                } else if (firstUtf8Row == null && !text.get().equals(raw)) {
                    firstUtf8Row = record.rowNumber();
                }
                fields.add(text.orElse(raw));
            }
            utf8.add(new Record(record.rowNumber(), List.copyOf(fields)));
        }
        if (notUtf8.isEmpty()) {
            return utf8;
        }
        if (firstUtf8Row == null) {
            // Excel's "CSV" on Windows writes the ANSI code page.
            return records.stream().map(r -> new Record(r.rowNumber(), r.fields().stream()
                    .map(CsvReader::windows1252).toList())).toList();
        }
        List<String> header = records.stream().filter(r -> !r.isBlank()).findFirst()
                .map(r -> r.fields().stream().map(f -> utf8(f).orElseGet(() -> windows1252(f))).toList())
                .orElse(List.of());
        List<Problem> problems = new ArrayList<>();
        for (int[] cell : notUtf8) {
            Record record = records.get(cell[0]);
            problems.add(new Problem(source, record.rowNumber(), SpreadsheetTable.columnName(header, cell[1]),
                    windows1252(record.fields().get(cell[1])), "this cell is in a different character encoding"
                    + " (Windows-1252, \"ANSI\") from the rest of the file, which is UTF-8"
                    + (utf8Bom ? "" : " (see row " + firstUtf8Row + ")") + ", so its accented letters cannot be"
                    + " read for certain. Check the cell, then save the file from Excel as \"CSV UTF-8\" and import"
                    + " that."));
        }
        throw new InvalidDataException(problems);
    }

    private static Optional<String> utf8(String latin1) {
        byte[] bytes = latin1.getBytes(StandardCharsets.ISO_8859_1);
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }

    private static String windows1252(String latin1) {
        return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), WINDOWS_1252);
    }

    private static List<Record> parse(String source, String text, char separator) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int quoteOpenedAt = 0;
        int row = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                quoteOpenedAt = row;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(new Record(row++, List.copyOf(fields)));
                fields.clear();
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new InvalidDataException(List.of(new Problem(source, quoteOpenedAt, null, null,
                    "a quoted value opened on this row is never closed; check for a missing \" character.")));
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(new Record(row, List.copyOf(fields)));
        }
        return records;
    }

    /** The header row decides: whichever of comma, semicolon and tab it uses most, outside quotes. */
    private static char separator(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
