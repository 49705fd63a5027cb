package scot.cswo.assurance.service.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;

/**
 * Reads CSV as Excel and Windows users write it: UTF-8 with or without a byte-order mark, or
 * Windows-1252; comma or semicolon separated (the header row decides); RFC 4180 quoting; CRLF, LF
 * or CR line ends. Records are numbered as a spreadsheet shows them, header = row 1.
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

    public static List<Record> read(String source, byte[] bytes) {
        String text = decode(bytes);
        char separator = separator(text);
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

    private static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            // Excel's "CSV" on Windows writes the ANSI code page.
            return new String(bytes, WINDOWS_1252);
        }
    }

    /** The header row decides: whichever of comma and semicolon it uses more, outside quotes. */
    private static char separator(String text) {
        int commas = 0;
        int semicolons = 0;
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
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
