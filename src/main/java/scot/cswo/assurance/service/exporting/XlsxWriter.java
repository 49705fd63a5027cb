package scot.cswo.assurance.service.exporting;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes one worksheet as an Excel workbook (.xlsx): a bold, frozen header row with filters, text
 * as inline strings (never formulas) and dates as real dates. Text that Excel would take for a
 * formula once edited (starting with = + - @, tab or CR) is marked as text the way Excel itself
 * does when a user types an apostrophe, so it shows and re-imports unchanged.
 */
public final class XlsxWriter {
    /** Text Excel would read as its escape for a character (_x0041_ is "A"): its "_" is escaped in turn. */
    private static final Pattern EXCEL_ESCAPE = Pattern.compile("_x[0-9A-Fa-f]{4}_");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final int TEXT = 0;
    private static final int HEADER = 1;
    private static final int PROTECTED_TEXT = 2;
    private static final int DATE = 3;

    private XlsxWriter() {
    }

    /** A cell's value: text, or a date or number Excel can sort, filter and chart. */
    public sealed interface Cell permits Text, Date, Number {
    }

    public record Number(BigDecimal value) implements Cell {
    }

    public record Text(String value) implements Cell {
    }

    public record Date(LocalDate value) implements Cell {
    }

    /**
     * @param widths each column's width in characters
     */
    public static byte[] workbook(String sheetName, List<String> header, List<List<Cell>> rows, List<Integer> widths) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            part(zip, "[Content_Types].xml", CONTENT_TYPES);
            part(zip, "_rels/.rels", ROOT_RELATIONSHIPS);
            part(zip, "xl/workbook.xml", WORKBOOK.replace("{name}", escape(sheetName)));
            part(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELATIONSHIPS);
            part(zip, "xl/styles.xml", STYLES);
            part(zip, "xl/worksheets/sheet1.xml", sheet(header, rows, widths));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String sheet(List<String> header, List<List<Cell>> rows, List<Integer> widths) {
        StringBuilder xml = new StringBuilder(64 * 1024);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
                .append("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\"")
                .append(" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews><cols>");
        for (int i = 0; i < widths.size(); i++) {
            xml.append("<col min=\"").append(i + 1).append("\" max=\"").append(i + 1).append("\" width=\"")
                    .append(widths.get(i)).append("\" customWidth=\"1\"/>");
        }
        xml.append("</cols><sheetData>");
        row(xml, 1, header.stream().<Cell>map(Text::new).toList(), true);
        for (int i = 0; i < rows.size(); i++) {
            row(xml, i + 2, rows.get(i), false);
        }
        xml.append("</sheetData><autoFilter ref=\"A1:").append(column(header.size() - 1)).append(rows.size() + 1)
                .append("\"/></worksheet>");
        return xml.toString();
    }

    private static void row(StringBuilder xml, int number, List<Cell> cells, boolean header) {
        xml.append("<row r=\"").append(number).append("\">");
        for (int i = 0; i < cells.size(); i++) {
            String reference = column(i) + number;
            switch (cells.get(i)) {
                case Date date when date.value() != null -> xml.append("<c r=\"").append(reference).append("\" s=\"")
                        .append(DATE).append("\"><v>").append(ChronoUnit.DAYS.between(EXCEL_EPOCH, date.value()))
                        .append("</v></c>");
                case Date empty -> {
                }
                case Number n when n.value() != null -> xml.append("<c r=\"").append(reference).append("\"><v>")
                        .append(n.value().toPlainString()).append("</v></c>");
                case Number empty -> {
                }
                case Text text -> {
                    String value = text.value() == null ? "" : text.value();
                    int style = header ? HEADER : looksLikeFormula(value) ? PROTECTED_TEXT : TEXT;
                    xml.append("<c r=\"").append(reference).append("\" s=\"").append(style)
                            .append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                            .append(escape(EXCEL_ESCAPE.matcher(value).replaceAll("_x005F$0")))
                            .append("</t></is></c>");
                }
            }
        }
        xml.append("</row>");
    }

    private static boolean looksLikeFormula(String value) {
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0;
    }

    /** 0 → A, 25 → Z, 26 → AA. */
    private static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }

    /** XML text, with characters XML 1.0 cannot hold dropped and CR kept as an escape. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\r' -> out.append("&#13;");
                case '\t', '\n' -> out.appendCodePoint(c);
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static void part(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/worksheets/sheet1.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
            <Override PartName="/xl/styles.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            </Types>""";

    private static final String ROOT_RELATIONSHIPS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
            Target="xl/workbook.xml"/></Relationships>""";

    private static final String WORKBOOK = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <sheets><sheet name="{name}" sheetId="1" r:id="rId1"/></sheets></workbook>""";

    private static final String WORKBOOK_RELATIONSHIPS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
            Target="worksheets/sheet1.xml"/>\
            <Relationship Id="rId2" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
            Target="styles.xml"/></Relationships>""";

    /** Cell styles by index: 0 wrapped text, 1 bold header, 2 text marked as text ('=…), 3 date. */
    private static final String STYLES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>\
            <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>\
            <font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
            <fills count="2"><fill><patternFill patternType="none"/></fill>\
            <fill><patternFill patternType="gray125"/></fill></fills>\
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="4">\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">\
            <alignment vertical="top" wrapText="1"/></xf>\
            <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1" applyAlignment="1">\
            <alignment vertical="top" wrapText="1"/></xf>\
            <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" \
            applyAlignment="1"><alignment vertical="top"/></xf>\
            </cellXfs>\
            <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
            </styleSheet>""";
}
