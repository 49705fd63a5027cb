package scot.cswo.assurance.service.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Reads the first worksheet of an Excel workbook (.xlsx) as rows of text. Deliberately small and
 * defensive: it reads only the parts it needs, caps how much it will unpack (a "zip bomb" is
 * refused, not unpacked), never resolves DTDs or external entities, and refuses cells holding
 * formulas, so a file from anywhere can be previewed safely.
 */
public final class XlsxReader {
    static final long MAX_PART_BYTES = 64L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 128L * 1024 * 1024;
    static final int MAX_ENTRIES = 2000;
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final String source;
    private final int maxRows;

    private XlsxReader(String source, int maxRows) {
        this.source = source;
        this.maxRows = maxRows;
    }

    /**
     * The first sheet's rows; row i of the result is spreadsheet row i + 1, so blank rows keep their
     * numbers. Refuses a sheet with more than {@code maxRows} rows.
     */
    public static List<List<String>> read(String source, byte[] bytes, int maxRows) {
        return new XlsxReader(source, maxRows).read(bytes);
    }

    private List<List<String>> read(byte[] bytes) {
        if (bytes.length >= 4 && (bytes[0] & 0xff) == 0xd0 && (bytes[1] & 0xff) == 0xcf) {
            throw refused("this is an older Excel 97-2003 workbook (.xls). Open it in Excel and save it as an"
                    + " Excel Workbook (.xlsx) or as CSV, then import that.");
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw refused("this is not an Excel workbook (.xlsx), although its name ends in .xlsx. Save the sheet"
                    + " from Excel as an Excel Workbook or as CSV, then import that.");
        }
        Map<String, byte[]> parts = unpack(bytes);
        String sheet = firstSheet(parts);
        List<String> shared = parts.containsKey("xl/sharedStrings.xml") ? sharedStrings(parts.get("xl/sharedStrings.xml"))
                : List.of();
        byte[] sheetXml = parts.get(sheet);
        if (sheetXml == null) {
            throw damaged("its first worksheet (" + sheet + ") is missing");
        }
        return rows(sheetXml, shared);
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
                        || name.equals("xl/sharedStrings.xml") || name.startsWith("xl/worksheets/sheet");
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

    private String firstSheet(Map<String, byte[]> parts) {
        String relationId = null;
        try {
            XMLStreamReader xml = xml(parts.get("xl/workbook.xml"));
            while (xml.hasNext() && relationId == null) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
                    relationId = xml.getAttributeValue(RELATIONSHIPS, "id");
                }
            }
            byte[] rels = parts.get("xl/_rels/workbook.xml.rels");
            if (relationId != null && rels != null) {
                XMLStreamReader relations = xml(rels);
                while (relations.hasNext()) {
                    if (relations.next() == XMLStreamConstants.START_ELEMENT
                            && relations.getLocalName().equals("Relationship")
                            && relationId.equals(relations.getAttributeValue(null, "Id"))) {
                        String target = relations.getAttributeValue(null, "Target");
                        return target.startsWith("/") ? target.substring(1) : "xl/" + target;
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw damaged("its list of sheets could not be read (" + e.getMessage() + ")");
        }
        if (parts.containsKey("xl/worksheets/sheet1.xml")) {
            return "xl/worksheets/sheet1.xml";
        }
        throw refused("the workbook has no worksheet.");
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
                        strings.add(text.toString());
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

    private List<List<String>> rows(byte[] sheet, List<String> shared) {
        List<List<String>> rows = new ArrayList<>();
        try {
            XMLStreamReader xml = xml(sheet);
            List<String> row = null;
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
                } else if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c") && row != null) {
                    cell(xml, rowNumber, row, shared);
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row") && row != null) {
                    rows.add(List.copyOf(row));
                    row = null;
                }
            }
        } catch (XMLStreamException | NumberFormatException e) {
            throw damaged("its first worksheet could not be read (" + e.getMessage() + ")");
        }
        return rows;
    }

    private void cell(XMLStreamReader xml, int rowNumber, List<String> row, List<String> shared)
            throws XMLStreamException {
        String reference = xml.getAttributeValue(null, "r");
        String type = xml.getAttributeValue(null, "t");
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
            case "inlineStr" -> inline.toString();
            case "b" -> "1".equals(value) ? "TRUE" : "FALSE";
            case "n" -> number(value);
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

    /** Whole numbers as Excel shows them (3, not 3.0). */
    private static String number(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        try {
            BigDecimal number = new BigDecimal(value.strip()).stripTrailingZeros();
            return number.scale() <= 0 ? number.toBigInteger().toString() : number.toPlainString();
        } catch (NumberFormatException e) {
            return value;
        }
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

    private InvalidDataException tooManyRows(int rowNumber) {
        return new InvalidDataException(List.of(new Problem(source, rowNumber, null, null, "the sheet has more than "
                + String.format(Locale.UK, "%,d", maxRows) + " rows; a framework's matrix is far smaller. Check that this is"
                + " the right file and that the matrix is on the first sheet.")));
    }

    private InvalidDataException refused(String message) {
        return new InvalidDataException(List.of(new Problem(source, 0, null, null, message)));
    }

    private InvalidDataException damaged(String detail) {
        return refused("the workbook could not be read: " + detail + ". Open it in Excel and save it again, or"
                + " save the sheet as CSV and import that.");
    }
}
