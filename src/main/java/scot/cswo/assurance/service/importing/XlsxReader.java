package scot.cswo.assurance.service.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;

/**
 * Reads the worksheet a user sees when opening an Excel workbook (.xlsx) as rows of text, as Excel
 * shows them. Deliberately small and defensive: it reads only the parts it needs, caps how much it
 * will unpack (a "zip bomb" is refused, not unpacked), never resolves DTDs or external entities,
 * and refuses cells holding formulas, so a file from anywhere can be previewed safely.
 *
 * <p>The sheet read is the one that was showing when the workbook was saved (the first visible one
 * if that cannot be told); hidden sheets never are. Hidden rows are left out and named in the
 * notes, dates are written as dates (not Excel's day numbers), and Excel's _x001B_ escapes are
 * decoded so that what they hide is checked like any other character.
 */
public final class XlsxReader {
    static final long MAX_PART_BYTES = 64L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 128L * 1024 * 1024;
    static final int MAX_ENTRIES = 2000;
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");
    private static final LocalDate DAY_ZERO = LocalDate.of(1899, 12, 30);
    private static final LocalDate DAY_ZERO_1904 = LocalDate.of(1904, 1, 1);
    /** Excel's built-in date and time formats, as a UK copy of Excel shows them. */
    private static final Map<Integer, String> BUILT_IN_DATES = Map.ofEntries(Map.entry(14, "dd/MM/yyyy"),
            Map.entry(15, "d-MMM-yy"), Map.entry(16, "d-MMM"), Map.entry(17, "MMM-yy"), Map.entry(18, "h:mm a"),
            Map.entry(19, "h:mm:ss a"), Map.entry(20, "HH:mm"), Map.entry(21, "HH:mm:ss"),
            Map.entry(22, "dd/MM/yyyy HH:mm"), Map.entry(45, "mm:ss"), Map.entry(46, "HH:mm:ss"),
            Map.entry(47, "mm:ss"));

    private final String source;
    private final int maxRows;
    /** The number format of each cell style, by the style's index; null where it is not a date. */
    private final List<DateTimeFormatter> styleDates = new ArrayList<>();
    private boolean date1904;

    private XlsxReader(String source, int maxRows) {
        this.source = source;
        this.maxRows = maxRows;
    }

    /** The rows read (row i is spreadsheet row i + 1) and what a user should be told about them. */
    public record Sheet(List<List<String>> rows, List<String> notes) {
    }

    /**
     * The sheet's rows; row i of the result is spreadsheet row i + 1, so blank and hidden rows keep
     * their numbers (both are empty). Refuses a sheet with more than {@code maxRows} rows.
     */
    public static Sheet read(String source, byte[] bytes, int maxRows) {
        return new XlsxReader(source, maxRows).read(bytes);
    }

    private Sheet read(byte[] bytes) {
        if (bytes.length >= 4 && (bytes[0] & 0xff) == 0xd0 && (bytes[1] & 0xff) == 0xcf) {
            throw refused("this is an older Excel 97-2003 workbook (.xls). Open it in Excel and save it as an"
                    + " Excel Workbook (.xlsx) or as CSV, then import that.");
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw refused("this is not an Excel workbook (.xlsx), although its name ends in .xlsx. Save the sheet"
                    + " from Excel as an Excel Workbook or as CSV, then import that.");
        }
        Map<String, byte[]> parts = unpack(bytes);
        List<String> notes = new ArrayList<>();
        String sheet = shownSheet(parts, notes);
        List<String> shared = parts.containsKey("xl/sharedStrings.xml") ? sharedStrings(parts.get("xl/sharedStrings.xml"))
                : List.of();
        if (parts.containsKey("xl/styles.xml")) {
            styles(parts.get("xl/styles.xml"));
        }
        byte[] sheetXml = parts.get(sheet);
        if (sheetXml == null) {
            throw damaged("its worksheet (" + sheet + ") is missing");
        }
        List<Integer> hidden = new ArrayList<>();
        List<List<String>> rows = rows(sheetXml, shared, hidden);
        if (hidden.size() == 1) {
            notes.add("Row " + hidden.getFirst() + " is hidden in the workbook and was not read; unhide it in Excel"
                    + " and import again if it belongs in the file.");
        } else if (hidden.size() > 1) {
            notes.add("Rows " + ranges(hidden) + " are hidden in the workbook and were not read; unhide them in Excel"
                    + " and import again if they belong in the file.");
        }
        return new Sheet(rows, List.copyOf(notes));
    }

    /** Unpacks the XML parts, counting bytes as they come so a tiny file cannot expand without limit. */
    private Map<String, byte[]> unpack(byte[] bytes) {
        Map<String, byte[]> parts = new HashMap<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw refused("the workbook holds more than " + MAX_ENTRIES + " parts; it is not a matrix"
                            + " this app can read.");
                }
                String name = entry.getName();
                boolean wanted = name.equals("xl/workbook.xml") || name.equals("xl/_rels/workbook.xml.rels")
                        || name.equals("xl/sharedStrings.xml") || name.equals("xl/styles.xml")
                        || name.startsWith("xl/worksheets/sheet");
                if (!wanted || entry.isDirectory()) {
                    continue;
                }
                byte[] part = readCapped(zip, Math.min(MAX_PART_BYTES, MAX_TOTAL_BYTES - total));
                total += part.length;
                parts.put(name, part);
            }
        } catch (ZipException | EOFException e) {
            throw damaged("it is not a complete workbook (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw damaged("it could not be unpacked (" + e.getMessage() + ")");
        }
        if (!parts.containsKey("xl/workbook.xml")) {
            throw refused("this is a zip file but not an Excel workbook (.xlsx). Save the sheet from Excel as an"
                    + " Excel Workbook or as CSV, then import that.");
        }
        return parts;
    }

    private byte[] readCapped(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            read += n;
            if (read > limit) {
                throw refused("it unpacks to far more data than a matrix needs (over "
                        + (MAX_PART_BYTES / 1024 / 1024) + " MB), so it was not opened. It may be damaged or"
                        + " deliberately oversized.");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private record SheetEntry(String name, boolean hidden, String relationId) {
    }

    /**
     * The part holding the sheet that was showing when the workbook was saved, or the first visible
     * one; says which was read when the workbook has others.
     */
    private String shownSheet(Map<String, byte[]> parts, List<String> notes) {
        List<SheetEntry> sheets = new ArrayList<>();
        int active = 0;
        Map<String, String> targets = new HashMap<>();
        try {
            XMLStreamReader xml = xml(parts.get("xl/workbook.xml"));
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "sheet" -> {
                        String state = xml.getAttributeValue(null, "state");
                        sheets.add(new SheetEntry(Objects.requireNonNullElse(xml.getAttributeValue(null, "name"), ""),
                                "hidden".equals(state) || "veryHidden".equals(state),
                                xml.getAttributeValue(RELATIONSHIPS, "id")));
                    }
                    case "workbookView" -> active = Integer.parseInt(Objects.requireNonNullElse(
                            xml.getAttributeValue(null, "activeTab"), "0").strip());
                    case "workbookPr" -> date1904 = isTrue(xml.getAttributeValue(null, "date1904"));
                    default -> {
                    }
                }
            }
            byte[] rels = parts.get("xl/_rels/workbook.xml.rels");
            if (rels != null) {
                XMLStreamReader relations = xml(rels);
                while (relations.hasNext()) {
                    if (relations.next() == XMLStreamConstants.START_ELEMENT
                            && relations.getLocalName().equals("Relationship")) {
                        String target = Objects.requireNonNullElse(relations.getAttributeValue(null, "Target"), "");
                        targets.put(relations.getAttributeValue(null, "Id"),
                                target.startsWith("/") ? target.substring(1) : "xl/" + target);
                    }
                }
            }
        } catch (XMLStreamException | NumberFormatException e) {
            throw damaged("its list of sheets could not be read (" + e.getMessage() + ")");
        }
        List<SheetEntry> visible = sheets.stream().filter(sheet -> !sheet.hidden()).toList();
        if (visible.isEmpty()) {
            if (sheets.isEmpty() && parts.containsKey("xl/worksheets/sheet1.xml")) {
                return "xl/worksheets/sheet1.xml";
            }
            throw refused(sheets.isEmpty() ? "the workbook has no worksheet."
                    : "every sheet in the workbook is hidden; unhide the one to import in Excel, save, and import again.");
        }
        boolean showing = active >= 0 && active < sheets.size() && !sheets.get(active).hidden();
        SheetEntry chosen = showing ? sheets.get(active) : visible.getFirst();
        if (sheets.size() > 1) {
            notes.add("Read the sheet \"" + chosen.name() + "\", " + (showing ? "the one showing when the workbook was"
                    + " saved" : "the first visible one") + ". Not read: " + String.join(", ", sheets.stream()
                    .filter(sheet -> sheet != chosen)
                    .map(sheet -> "\"" + sheet.name() + "\"" + (sheet.hidden() ? " (hidden)" : "")).toList()) + ".");
        }
        String target = targets.get(chosen.relationId());
        if (target == null) {
            throw damaged("the sheet \"" + chosen.name() + "\" has no part in the workbook");
        }
        return target;
    }

    /** Which cell styles show a date or time, and how. */
    private void styles(byte[] part) {
        Map<Integer, String> custom = new HashMap<>();
        try {
            XMLStreamReader xml = xml(part);
            boolean cellStyles = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "numFmt" -> custom.put(Integer.parseInt(xml.getAttributeValue(null, "numFmtId").strip()),
                                Objects.requireNonNullElse(xml.getAttributeValue(null, "formatCode"), ""));
                        case "cellXfs" -> cellStyles = true;
                        case "xf" -> {
                            if (cellStyles) {
                                int id = Integer.parseInt(Objects.requireNonNullElse(
                                        xml.getAttributeValue(null, "numFmtId"), "0").strip());
                                styleDates.add(dateFormat(id, custom.get(id)));
                            }
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
                    cellStyles = false;
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw damaged("its cell styles could not be read (" + e.getMessage() + ")");
        }
    }

    private List<String> sharedStrings(byte[] part) {
        List<String> strings = new ArrayList<>();
        try {
            XMLStreamReader xml = xml(part);
            StringBuilder text = null;
            int phonetic = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "si" -> text = new StringBuilder();
                        case "rPh" -> phonetic++;
                        case "t" -> {
                            String value = xml.getElementText();
                            if (text != null && phonetic == 0) {
                                text.append(value);
                            }
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (xml.getLocalName().equals("si") && text != null) {
                        strings.add(unescaped(text.toString()));
                        text = null;
                    } else if (xml.getLocalName().equals("rPh")) {
                        phonetic--;
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw damaged("its text table could not be read (" + e.getMessage() + ")");
        }
        return strings;
    }

    private List<List<String>> rows(byte[] sheet, List<String> shared, List<Integer> hidden) {
        List<List<String>> rows = new ArrayList<>();
        try {
            XMLStreamReader xml = xml(sheet);
            List<String> row = null;
            boolean rowHidden = false;
            int rowNumber = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                    String r = xml.getAttributeValue(null, "r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    if (rowNumber > maxRows + 1) {
                        throw tooManyRows(rowNumber);
                    }
                    while (rows.size() < rowNumber - 1) {
                        rows.add(List.of());
                    }
                    row = new ArrayList<>();
                    rowHidden = isTrue(xml.getAttributeValue(null, "hidden"));
                } else if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c") && row != null) {
                    cell(xml, rowNumber, row, shared);
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row") && row != null) {
                    boolean content = row.stream().anyMatch(cell -> !cell.isBlank());
                    if (rowHidden && content) {
                        hidden.add(rowNumber);
                    }
                    rows.add(rowHidden ? List.of() : List.copyOf(row));
                    row = null;
                }
            }
        } catch (XMLStreamException | NumberFormatException e) {
            throw damaged("its worksheet could not be read (" + e.getMessage() + ")");
        }
        return rows;
    }

    private void cell(XMLStreamReader xml, int rowNumber, List<String> row, List<String> shared)
            throws XMLStreamException {
        String reference = xml.getAttributeValue(null, "r");
        String type = xml.getAttributeValue(null, "t");
        String style = xml.getAttributeValue(null, "s");
        int column = reference == null ? row.size() : column(reference);
        if (column > 16_384) {
            throw damaged("a cell reference " + reference + " is beyond Excel's last column");
        }
        String value = null;
        StringBuilder inline = new StringBuilder();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "f" -> throw new InvalidDataException(List.of(new Problem(source, rowNumber,
                            columnName(column), "=" + xml.getElementText(), "this cell holds a formula. Type the value"
                            + " itself (copy the cells, then Paste Special > Values) and import again.")));
                    case "v" -> value = xml.getElementText();
                    case "t" -> inline.append(xml.getElementText());
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c")) {
                break;
            }
        }
        String text = switch (type == null ? "n" : type) {
            case "s" -> sharedString(shared, value, rowNumber, column);
            case "inlineStr" -> unescaped(inline.toString());
            case "b" -> "1".equals(value) ? "TRUE" : "FALSE";
            case "n" -> number(value, style == null ? 0 : Integer.parseInt(style.strip()));
            case "d" -> isoDate(value, style == null ? 0 : Integer.parseInt(style.strip()));
            default -> value == null ? "" : value;
        };
        while (row.size() < column) {
            row.add("");
        }
        row.add(text);
    }

    private String sharedString(List<String> shared, String index, int rowNumber, int column) {
        try {
            return shared.get(Integer.parseInt(index.strip()));
        } catch (RuntimeException e) {
            throw damaged("cell " + columnName(column) + rowNumber + " refers to text the workbook does not hold");
        }
    }

    /** Whole numbers as Excel shows them (3, not 3.0); a date as its date, not Excel's day number. */
    private String number(String value, int style) {
        if (value == null || value.isBlank()) {
            return "";
        }
        try {
            BigDecimal number = new BigDecimal(value.strip()).stripTrailingZeros();
            DateTimeFormatter date = style < styleDates.size() ? styleDates.get(style) : null;
            if (date != null && number.signum() >= 0 && number.compareTo(BigDecimal.valueOf(2_958_466)) < 0) {
                return date.format(dateTime(number));
            }
            return number.scale() <= 0 ? number.toBigInteger().toString() : number.toPlainString();
        } catch (NumberFormatException e) {
            return value;
        }
    }

    /** A cell of type "d" (an ISO 8601 date, as strict Office Open XML writes them). */
    private String isoDate(String value, int style) {
        DateTimeFormatter date = style < styleDates.size() && styleDates.get(style) != null ? styleDates.get(style)
                : DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
        try {
            return date.format(value.length() <= 10 ? LocalDate.parse(value).atStartOfDay() : LocalDateTime.parse(value));
        } catch (RuntimeException notADate) {
            return value == null ? "" : value;
        }
    }

    /** Excel's day number (with the time as a fraction) as a date and time. */
    private LocalDateTime dateTime(BigDecimal serial) {
        long days = serial.longValue();
        long seconds = serial.subtract(BigDecimal.valueOf(days)).multiply(BigDecimal.valueOf(86_400))
                .setScale(0, RoundingMode.HALF_UP).longValue();
        // Excel counts 29 February 1900, which never was, so day numbers before it are one day off.
        LocalDate day = date1904 ? DAY_ZERO_1904.plusDays(days) : days < 61 ? DAY_ZERO.plusDays(days + 1)
                : DAY_ZERO.plusDays(days);
        return day.atStartOfDay().plusSeconds(seconds);
    }

    /** How a number format shows a date or time, or null if it is not a date or time format. */
    static DateTimeFormatter dateFormat(int id, String code) {
        String builtIn = BUILT_IN_DATES.get(id);
        if (builtIn != null || id >= 27 && id <= 36 || id >= 50 && id <= 58) {
            return DateTimeFormatter.ofPattern(builtIn != null ? builtIn : "dd/MM/yyyy", Locale.UK);
        }
        if (code == null) {
            return null;
        }
        String section = code.split(";", 2)[0];
        String plain = section.replaceAll("\"[^\"]*\"|\\\\.|\\[[^]]*]", "").toLowerCase(Locale.ROOT);
        if (plain.contains("general") || !plain.matches(".*[dmyhs].*")) {
            return null;
        }
        return DateFormatCode.translate(section);
    }

    /** "C12" → 2 (columns count from 0). */
    static int column(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return column - 1;
    }

    private static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }

    /**
     * A reader positioned on the part's root element. Workbook parts never declare a DTD, so one
     * that does is refused before anything in it (such as an external entity) is looked at.
     */
    private static XMLStreamReader xml(byte[] part) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(part));
        while (xml.hasNext() && xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
            if (xml.next() == XMLStreamConstants.DTD) {
                throw new XMLStreamException("it declares a document type, which workbooks never do");
            }
        }
        return xml;
    }

    /** Excel's _x001B_ escapes (for characters XML cannot hold) as the characters; _x005F_ is "_". */
    static String unescaped(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        return ESCAPE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }

    private static boolean isTrue(String attribute) {
        return "1".equals(attribute) || "true".equals(attribute);
    }

    /** "5, 9 to 12 and 20". */
    static String ranges(List<Integer> numbers) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            int start = numbers.get(i);
            while (i + 1 < numbers.size() && numbers.get(i + 1) == numbers.get(i) + 1) {
                i++;
            }
            parts.add(numbers.get(i) == start ? Integer.toString(start) : start + " to " + numbers.get(i));
        }
        return parts.size() == 1 ? parts.getFirst()
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
    }

    private InvalidDataException tooManyRows(int rowNumber) {
        return new InvalidDataException(List.of(new Problem(source, rowNumber, null, null, "the sheet has more than "
                + String.format(Locale.UK, "%,d", maxRows) + " rows; a framework's matrix is far smaller. Check that this is"
                + " the right file and sheet.")));
    }

    private InvalidDataException refused(String message) {
        return new InvalidDataException(List.of(new Problem(source, 0, null, null, message)));
    }

    private InvalidDataException damaged(String detail) {
        return refused("the workbook could not be read: " + detail + ". Open it in Excel and save it again, or"
                + " save the sheet as CSV and import that.");
    }
}
