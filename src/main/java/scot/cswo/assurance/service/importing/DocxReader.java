package scot.cswo.assurance.service.importing;

import static scot.cswo.assurance.domain.matrix.MatrixDraftBuilder.FREQUENCY;
import static scot.cswo.assurance.domain.matrix.MatrixDraftBuilder.FUNCTION;
import static scot.cswo.assurance.domain.matrix.MatrixDraftBuilder.FUNCTION_TITLE;
import static scot.cswo.assurance.domain.matrix.MatrixDraftBuilder.LEAD;
import static scot.cswo.assurance.domain.matrix.MatrixDraftBuilder.LEAD_EMAIL;
import static scot.cswo.assurance.domain.matrix.MatrixDraftBuilder.MECHANISM;
import static scot.cswo.assurance.domain.matrix.MatrixDraftBuilder.REF;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.BodyElementType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import scot.cswo.assurance.domain.matrix.SourceRow;
import scot.cswo.assurance.domain.problem.ControlCharacters;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;

/**
 * Reads the framework table out of a council's Word document (.docx), as the council wrote it: the
 * table whose header row names the function, the assurance mechanism, the lead and the frequency
 * (any order, case or plural; other columns ignored), carried on across page breaks and sections,
 * with repeated header rows left out. Merged or empty function cells belong to the function above;
 * a mechanism written as a lead-in and a bullet list stays one mechanism. What the cells mean is
 * left to {@link scot.cswo.assurance.domain.matrix.MatrixDraftBuilder}, as for a spreadsheet (ADR 25).
 */
public final class DocxReader {
    private static final byte[] OLE2 = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a,
            (byte) 0xe1};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** Bullets people type by hand instead of using Word's list button. */
    private static final Pattern TYPED_BULLET = Pattern.compile("^[\u2022\u00b7\u25aa\u25cf\u2023\u2043\u2013\u2014*-]\\s*");
    /** The columns a framework table needs; the function's title is read from its function cell. */
    private static final List<String> REQUIRED = List.of(FUNCTION, MECHANISM, LEAD, FREQUENCY);
    private static final String SAVE_AS_DOCX = " Open it in Word and save it as a Word Document (.docx): File, Save As,"
            + " Word Document; then import that file.";

    static {
        // POI's own default lets one part unpack to 4 GB; a framework document's text is far smaller.
        ZipSecureFile.setMaxEntrySize(64L * 1024 * 1024);
    }

    private DocxReader() {
    }

    /**
     * The framework rows as read (row numbers count the framework table's rows from its header, row
     * 1, on through its continuations), the cells refused on the way, and notes for the preview.
     *
     * @param headings       the framework table's headings and the column each is read as
     * @param headerProblems the columns the header lacks: a table whose header names only some of
     *                       the framework's columns is read as far as it goes, for the user to say
     *                       which column is which
     */
    public record Document(List<SourceRow> rows, List<Problem> problems, List<String> notes,
                           List<ColumnAssignments.Heading> headings, List<Problem> headerProblems) {
    }

    /**
     * Reads a .docx file's bytes, each heading read as the user assigned it where they did; throws
     * with a sentence saying what to do if it is not one this can read.
     */
    public static Document read(String source, byte[] bytes, int maxRows, ColumnAssignments assigned) {
        if (source.toLowerCase(Locale.ROOT).endsWith(".doc") || startsWith(bytes, OLE2)) {
            throw refused(source, protectedWithAPassword(bytes)
                    ? "the document is protected with a password, so it cannot be read. Open it in Word, remove the"
                    + " password (File, Info, Protect Document, Encrypt with Password: clear it), save it and import"
                    + " it again."
                    : "this is an older Word 97-2003 document (.doc), which the app does not read." + SAVE_AS_DOCX);
        }
        if (!startsWith(bytes, ZIP)) {
            throw refused(source, "this is not a Word document (.docx)." + SAVE_AS_DOCX);
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return new Reading(source, maxRows, assigned).read(document.getBodyElements());
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof InvalidDataException refusal) {
                throw refusal;
            }
            // POI says why in its own terms (zip entries, XML); the user needs to know what to do.
            throw refused(source, "the document could not be read: it is damaged, or was not saved as a Word"
                    + " document." + SAVE_AS_DOCX);
        }
    }

    private static boolean protectedWithAPassword(byte[] bytes) {
        if (!startsWith(bytes, OLE2)) {
            return false;
        }
        try (POIFSFileSystem container = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return container.getRoot().hasEntryCaseInsensitive("EncryptedPackage");
        } catch (IOException | RuntimeException notAContainer) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }

    private static InvalidDataException refused(String source, String message) {
        return new InvalidDataException(List.of(new Problem(source, 0, null, null, message)));
    }

    /** One pass over the document's body, in order. */
    private static final class Reading {
        private final String source;
        private final int maxRows;
        private final List<SourceRow> rows = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private final List<String> otherTables = new ArrayList<>();
        private final ColumnAssignments assigned;
        private Map<String, Integer> columns;
        private List<ColumnAssignments.Heading> headings;
        /** The first table whose header names some of the framework's columns, should none name them all. */
        private List<List<String>> partial;
        private int width;
        private int rowNumber;
        private int tables;
        private int repeatedHeaders;
        private boolean textSinceTable;

        Reading(String source, int maxRows, ColumnAssignments assigned) {
            this.source = source;
            this.maxRows = maxRows;
            this.assigned = assigned;
        }

        Document read(List<IBodyElement> body) {
            for (IBodyElement element : body) {
                if (element.getElementType() == BodyElementType.TABLE) {
                    table((XWPFTable) element);
                } else if (element instanceof XWPFParagraph paragraph && !paragraph.getText().isBlank()) {
                    textSinceTable = true;
                }
            }
            List<Problem> headerProblems = List.of();
            if (columns == null && partial != null) {
                headings = headings(partial.getFirst());
                columns = ColumnAssignments.positions(headings);
                headerProblems = ColumnAssignments.problems(source, 1, headings, REQUIRED,
                        MatrixFileReader.SAY_WHICH_COLUMN);
                rowNumber = 1;
                tables = 1;
                rows(partial.subList(1, partial.size()));
            }
            if (columns == null) {
                throw refused(source, "the document has no framework table. The app looks for a table whose header"
                        + " row names the Function, Assurance mechanism, Lead and Frequency columns (in any order)"
                        + (otherTables.isEmpty() ? "; this document has no tables at all."
                        : "; the tables found start: " + String.join("; ", otherTables) + "."));
            }
            List<String> notes = new ArrayList<>();
            notes.add("Read the framework table" + (tables > 1 ? ", in " + tables + " parts (across pages),"
                    : "") + " with " + rows.size() + " rows" + (repeatedHeaders > 0 ? "; " + repeatedHeaders
                    + " repeated header rows were left out" : "") + ". Rows are counted from the table's header"
                    + " row, row 1.");
            return new Document(List.copyOf(rows), List.copyOf(problems), notes, headings, headerProblems);
        }

        private void table(XWPFTable table) {
            List<List<String>> cells = new ArrayList<>();
            for (XWPFTableRow row : table.getRows()) {
                cells.add(row(row, cells.isEmpty() ? null : cells.getLast()));
            }
            int header = -1;
            Map<String, Integer> found = null;
            // A title row ("PART 3 GOVERNANCE FRAMEWORK") may sit above the header.
            for (int i = 0; i < Math.min(3, cells.size()) && found == null; i++) {
                found = header(cells.get(i));
                header = i;
            }
            int tableWidth = cells.stream().mapToInt(List::size).max().orElse(0);
            if (found != null) {
                if (columns == null) {
                    headings = headings(cells.get(header));
                }
                // Row 1 is the first table's header; a later table's title and header rows count on.
                rowNumber += columns == null ? 1 : header + 1;
                // A later table laid out differently is read by its own header.
                columns = found;
                width = tableWidth;
                tables++;
                rows(cells.subList(header + 1, cells.size()));
            } else if (columns != null && !textSinceTable && tableWidth == width) {
                // The framework table carried on after a page or section break, without its header.
                tables++;
                rows(cells);
            } else if (!cells.isEmpty()) {
                if (partial == null && ColumnAssignments.positions(headings(cells.getFirst())).keySet().stream()
                        .filter(REQUIRED::contains).count() >= 2) {
                    partial = cells;
                }
                otherTables.add(String.join(", ", cells.getFirst().stream().filter(c -> !c.isBlank())
                        .map(c -> "\"" + (c.length() > 40 ? c.substring(0, 39) + "…" : c) + "\"").toList()));
            }
            textSinceTable = false;
        }

        private void rows(List<List<String>> cells) {
            for (List<String> row : cells) {
                rowNumber++;
                if (row.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (columns.equals(header(row))) {
                    repeatedHeaders++;
                    continue;
                }
                if (rows.size() == maxRows) {
                    throw new InvalidDataException(List.of(new Problem(source, rowNumber, null, null,
                            "the framework table has more than " + String.format(Locale.UK, "%,d", maxRows)
                                    + " rows. Check that this is the right document.")));
                }
                rows.add(new SourceRow(rowNumber, cell(row, FUNCTION), cell(row, FUNCTION_TITLE),
                        cell(row, MECHANISM), cell(row, LEAD), cell(row, FREQUENCY), cell(row, REF),
                        cell(row, LEAD_EMAIL)));
            }
        }

        private String cell(List<String> row, String column) {
            Integer index = columns.get(column);
            String text = index == null || index >= row.size() ? "" : row.get(index);
            int control = ControlCharacters.first(text).orElse(-1);
            if (control >= 0) {
                problems.add(new Problem(source, rowNumber, column, text, "this cell " + ControlCharacters.refusal(control)));
            }
            return text;
        }

        /**
         * A row's text by grid column: a cell spanning columns fills each, and a cell merged down
         * from the row above (w:vMerge) has the text of the cell it continues.
         */
        private static List<String> row(XWPFTableRow row, List<String> above) {
            List<String> texts = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr properties = cell.getCTTc().getTcPr();
                int span = properties != null && properties.isSetGridSpan()
                        ? Math.max(1, properties.getGridSpan().getVal().intValue()) : 1;
                boolean continues = properties != null && properties.isSetVMerge()
                        && properties.getVMerge().getVal() != STMerge.RESTART;
                String text = continues && above != null && texts.size() < above.size() ? above.get(texts.size())
                        : text(cell);
                for (int i = 0; i < span; i++) {
                    texts.add(text);
                }
            }
            return texts;
        }

        /**
         * A cell's text. Paragraphs become lines (so leads one to a line are split as typed), except
         * that a lead-in ending in a colon followed by a bullet list reads as one line in the
         * framework's wording: "Regular meetings with: • Relevant Convenors • IJB Chair" is
         * "Regular meetings with Relevant Convenors / IJB Chair", the form councils use inline;
         * where a bullet itself holds a "/", the items are kept apart with "; " after the colon
         * ("in relation to: Attendance at meetings / events; Operational decision making").
         */
        private static String text(XWPFTableCell cell) {
            List<String> lines = new ArrayList<>();
            List<String> items = new ArrayList<>();
            for (XWPFParagraph paragraph : cell.getParagraphs()) {
                String line = SpreadsheetTable.spaces(paragraph.getText()).strip();
                // A list paragraph: numbered directly, in a list style (Word's "List Bullet"), or typed.
                String style = paragraph.getStyle();
                boolean bullet = paragraph.getNumID() != null || TYPED_BULLET.matcher(line).find()
                        || style != null && style.toLowerCase(Locale.ROOT).contains("list");
                line = TYPED_BULLET.matcher(line).replaceFirst("").strip();
                if (line.isEmpty()) {
                    continue;
                }
                if (bullet && !lines.isEmpty() && lines.getLast().endsWith(":")) {
                    items.add(line);
                    continue;
                }
                flush(lines, items);
                lines.add(line);
            }
            flush(lines, items);
            return String.join("\n", lines);
        }

        private static void flush(List<String> lines, List<String> items) {
            if (items.isEmpty()) {
                return;
            }
            String leadIn = lines.removeLast();
            boolean slashed = items.stream().anyMatch(i -> i.contains("/"));
            lines.add(slashed ? leadIn + " " + String.join("; ", items)
                    : leadIn.substring(0, leadIn.length() - 1).strip() + " " + String.join(" / ", items));
            items.clear();
        }

        /**
         * The columns a header row names, or null if it does not name all four a framework needs.
         * A heading that names its column outright ("Assurance mechanisms") wins over one that
         * only suggests it ("Evidence of assurance"), wherever each stands.
         */
        private Map<String, Integer> header(List<String> row) {
            Map<String, Integer> found = ColumnAssignments.positions(headings(row));
            return found.keySet().containsAll(REQUIRED) ? found : null;
        }

        /** A row's cells as headings: as the user assigned them, else named outright, else suggested. */
        private List<ColumnAssignments.Heading> headings(List<String> row) {
            return assigned.headings(row, List.of(text -> heading(text, true), text -> heading(text, false)));
        }

        /**
         * What a heading names, however the council worded it: outright "Frequency", "Lead(s)",
         * "Lead officers", "Assurance Mechanisms", "Function", "Statutory functions of the CSWO",
         * "Function title", "Ref"; or, where nothing names the column outright, "How often",
         * "Responsible officer", "How assurance is given".
         */
        private static String heading(String text, boolean outright) {
            String h = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
            if (!outright) {
                return h.contains(" how often ") ? FREQUENCY : h.contains(" responsib") ? LEAD
                        : h.contains(" assurance ") ? MECHANISM : null;
            }
            if (h.contains("frequenc")) {
                return FREQUENCY;
            }
            if (h.contains(" lead") && h.contains("mail")) {
                return LEAD_EMAIL;
            }
            if (h.contains(" lead")) {
                return LEAD;
            }
            if (h.contains("mechanism")) {
                return MECHANISM;
            }
            if (h.contains(" function") && h.contains(" title")) {
                return FUNCTION_TITLE;
            }
            if (h.contains(" function")) {
                return FUNCTION;
            }
            return h.equals(" ref ") || h.equals(" reference ") ? REF : null;
        }
    }
}
