package scot.cswo.assurance.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * Corrects the renderer's tag tree where a screen reader would otherwise stumble: openhtmltopdf
 * tags a table's caption after the table, gives every table an empty footer, tags the contents'
 * dot leaders as text, a figure's caption as a plain Div, and bold or italic words as plain Spans.
 */
final class TagTree {
    private static final String STRONG = "Strong";
    private static final String EMPHASIS = "Em";
    /** Elements whose inline Spans are running text, where bold or italic is the writer's emphasis. */
    private static final Set<String> TEXT = Set.of("P", "LBody", "BlockQuote");

    private TagTree() {
    }

    static void tidy(PDDocument document) {
        PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) {
            Pages pages = new Pages(document);
            tidy(root, pages);
            pages.leadersAsArtifacts();
            // Strong and Em are PDF 2.0's names; PDF/UA-1 readers are told they are Spans.
            Map<String, String> roles = new HashMap<>();
            root.getRoleMap().forEach((name, role) -> roles.put(name, String.valueOf(role)));
            roles.put(STRONG, "Span");
            roles.put(EMPHASIS, "Span");
            root.setRoleMap(roles);
        }
    }

    private static void tidy(PDStructureNode node, Pages pages) {
        List<Object> kids = node.getKids();
        for (int i = 0; i < kids.size(); i++) {
            if (kids.get(i) instanceof PDStructureElement element) {
                String type = element.getStructureType();
                if (type.equals("Table")) {
                    dropEmptyFooter(element);
                    if (i + 1 < kids.size() && kids.get(i + 1) instanceof PDStructureElement next
                            && next.getStructureType().equals("Caption")) {
                        moveCaptionInto(node, next, element);
                    }
                } else if (type.equals("Div") && i > 0 && kids.get(i - 1) instanceof PDStructureElement before
                        && holdsFigure(before)) {
                    // A figure's figcaption follows the image it describes.
                    element.setStructureType("Caption");
                } else if (type.equals("Span") && inText(node)) {
                    pages.face(element).ifPresent(element::setStructureType);
                } else if (TEXT.contains(type)) {
                    pages.wrapEmphasis(element);
                } else if (type.equals("Link")) {
                    // The contents' dots between a heading and its page number are drawn, not read.
                    pages.dropLeaders(element);
                }
                tidy(element, pages);
            }
        }
    }

    /** True inside a paragraph or list item, however many inline Spans deep. */
    private static boolean inText(PDStructureNode node) {
        if (node instanceof PDStructureElement element) {
            String type = element.getStructureType();
            return TEXT.contains(type) || Set.of("Span", STRONG, EMPHASIS).contains(type) && inText(element.getParent());
        }
        return false;
    }

    /** The image of a figure: the Figure element, or the Div (and Span) the renderer wraps round it. */
    private static boolean holdsFigure(PDStructureElement element) {
        String type = element.getStructureType();
        return type.equals("Figure") || (type.equals("Div") || type.equals("Span")) && element.getKids().stream()
                .anyMatch(kid -> kid instanceof PDStructureElement e
                        && (e.getStructureType().equals("Figure") || e.getStructureType().equals("Span") && holdsFigure(e)));
    }

    private static void dropEmptyFooter(PDStructureElement table) {
        for (Object kid : table.getKids()) {
            if (kid instanceof PDStructureElement foot && foot.getStructureType().equals("TFoot") && foot.getKids().isEmpty()) {
                table.removeKid(foot);
            }
        }
    }

    /** PDF/UA wants a table's caption as the table's first child, so it is read before the rows. */
    private static void moveCaptionInto(PDStructureNode parent, PDStructureElement caption, PDStructureElement table) {
        parent.removeKid(caption);
        List<Object> tableKids = table.getKids();
        if (tableKids.isEmpty()) {
            table.appendKid(caption);
        } else {
            table.insertBefore(caption, tableKids.getFirst());
        }
        caption.setParent(table);
    }

    /** What each page's marked content says and in which face, read once per page as needed. */
    private static final class Pages {
        private final PDDocument document;
        private final Map<PDPage, Map<Integer, List<TextPosition>>> read = new HashMap<>();
        private final Map<PDPage, Set<Integer>> leaders = new HashMap<>();

        Pages(PDDocument document) {
            this.document = document;
        }

        /** Strong where every character below the element is bold, Em where every one is italic. */
        Optional<String> face(PDStructureElement span) {
            List<TextPosition> glyphs = new ArrayList<>();
            collect(span, pageOf(span), glyphs);
            return face(glyphs);
        }

        private static Optional<String> face(List<TextPosition> glyphs) {
            if (glyphs.isEmpty()) {
                return Optional.empty();
            }
            if (glyphs.stream().allMatch(g -> fontName(g).contains("Bold"))) {
                return Optional.of(STRONG);
            }
            return glyphs.stream().allMatch(g -> fontName(g).contains("Italic")) ? Optional.of(EMPHASIS)
                    : Optional.empty();
        }

        /**
         * In a paragraph or list item whose text the renderer marked without inline elements, puts
         * each bold or italic run in a Strong or Em element. A paragraph set wholly in one face is
         * styling, not emphasis, and is left alone.
         */
        void wrapEmphasis(PDStructureElement text) {
            PDPage page = pageOf(text);
            if (page == null || !(text.getCOSObject().getDictionaryObject(COSName.K) instanceof COSArray kids)) {
                return;
            }
            List<Optional<String>> faces = new ArrayList<>();
            for (int i = 0; i < kids.size(); i++) {
                int mcid = mcid(kids.getObject(i));
                faces.add(mcid < 0 ? Optional.empty() : face(content(page).getOrDefault(mcid, List.of())));
            }
            if (faces.stream().distinct().count() < 2) {
                return;
            }
            for (int i = 0; i < kids.size(); i++) {
                if (faces.get(i).isPresent()) {
                    COSDictionary emphasis = new COSDictionary();
                    emphasis.setItem(COSName.TYPE, COSName.getPDFName("StructElem"));
                    emphasis.setName(COSName.S, faces.get(i).get());
                    emphasis.setItem(COSName.P, text.getCOSObject());
                    emphasis.setItem(COSName.PG, page.getCOSObject());
                    emphasis.setItem(COSName.K, kids.get(i));
                    reparent(page, mcid(kids.getObject(i)), emphasis);
                    kids.set(i, emphasis);
                }
            }
        }

        private static int mcid(COSBase kid) {
            if (kid instanceof COSInteger number) {
                return number.intValue();
            }
            return kid instanceof COSDictionary reference && COSName.getPDFName("MCR").equals(reference.getCOSName(COSName.TYPE))
                    ? reference.getInt(COSName.MCID) : -1;
        }

        /** The parent tree says which element each marked content belongs to; a wrapped run's is its new element. */
        private void reparent(PDPage page, int mcid, COSDictionary element) {
            try {
                PDNumberTreeNode tree = document.getDocumentCatalog().getStructureTreeRoot().getParentTree();
                if (tree != null && tree.getValue(page.getStructParents()) instanceof PDParentTreeValue value
                        && value.getCOSObject() instanceof COSArray parents && mcid < parents.size()) {
                    parents.set(mcid, element);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static PDPage pageOf(PDStructureNode node) {
            if (node instanceof PDStructureElement element) {
                return element.getPage() != null ? element.getPage() : pageOf(element.getParent());
            }
            return null;
        }

        private void collect(PDStructureElement element, PDPage page, List<TextPosition> glyphs) {
            PDPage here = element.getPage() == null ? page : element.getPage();
            for (Object kid : element.getKids()) {
                if (kid instanceof Integer mcid && here != null) {
                    glyphs.addAll(content(here).getOrDefault(mcid, List.of()));
                } else if (kid instanceof PDMarkedContentReference reference && here != null) {
                    glyphs.addAll(content(reference.getPage() == null ? here : reference.getPage())
                            .getOrDefault(reference.getMCID(), List.of()));
                } else if (kid instanceof PDStructureElement child) {
                    collect(child, here, glyphs);
                }
            }
        }

        /** Removes a link's Spans that hold only dots, and remembers their content to draw as artifacts. */
        void dropLeaders(PDStructureElement link) {
            for (Object kid : List.copyOf(link.getKids())) {
                if (kid instanceof PDStructureElement span && span.getStructureType().equals("Span")
                        && span.getPage() != null && span.getKids().size() == 1
                        && span.getKids().getFirst() instanceof Integer mcid && isLeader(span.getPage(), mcid)) {
                    link.removeKid(span);
                    leaders.computeIfAbsent(span.getPage(), p -> new HashSet<>()).add(mcid);
                }
            }
        }

        private boolean isLeader(PDPage page, int mcid) {
            List<TextPosition> glyphs = content(page).getOrDefault(mcid, List.of());
            String text = glyphs.stream().map(TextPosition::getUnicode).reduce("", String::concat);
            return text.contains(".") && text.replace(".", "").isBlank();
        }

        /** Marks the leaders' content as artifacts in the pages' content streams. */
        void leadersAsArtifacts() {
            leaders.forEach((page, mcids) -> {
                try {
                    List<Object> tokens = new PDFStreamParser(page).parse();
                    List<Object> changed = new ArrayList<>(tokens.size());
                    for (Object token : tokens) {
                        if (token instanceof Operator op && op.getName().equals("BDC")
                                && changed.getLast() instanceof COSDictionary properties
                                && mcids.contains(properties.getInt(COSName.MCID))) {
                            changed.removeLast();
                            changed.removeLast();
                            changed.add(COSName.getPDFName("Artifact"));
                            changed.add(Operator.getOperator("BMC"));
                        } else {
                            changed.add(token);
                        }
                    }
                    PDStream stream = new PDStream(document);
                    try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                        new ContentStreamWriter(out).writeTokens(changed);
                    }
                    page.setContents(stream);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        private Map<Integer, List<TextPosition>> content(PDPage page) {
            return read.computeIfAbsent(page, p -> {
                try {
                    PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                    extractor.processPage(p);
                    Map<Integer, List<TextPosition>> byMcid = new HashMap<>();
                    for (PDMarkedContent content : extractor.getMarkedContents()) {
                        addAll(content, byMcid);
                    }
                    return byMcid;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        private static void addAll(PDMarkedContent content, Map<Integer, List<TextPosition>> byMcid) {
            for (Object item : content.getContents()) {
                if (item instanceof TextPosition glyph && content.getMCID() >= 0) {
                    byMcid.computeIfAbsent(content.getMCID(), m -> new ArrayList<>()).add(glyph);
                } else if (item instanceof PDMarkedContent inner) {
                    addAll(inner, byMcid);
                }
            }
        }

        private static String fontName(TextPosition glyph) {
            return glyph.getFont() == null || glyph.getFont().getName() == null ? "" : glyph.getFont().getName();
        }
    }
}
