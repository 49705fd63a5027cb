package scot.cswo.assurance.report;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * Corrects the renderer's tag tree where a screen reader would otherwise stumble: openhtmltopdf
 * tags a table's caption after the table and gives every table an empty footer.
 */
final class TagTree {
    private TagTree() {
    }

    static void tidy(PDDocument document) {
        PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) {
            tidy(root);
        }
    }

    private static void tidy(PDStructureNode node) {
        List<Object> kids = node.getKids();
        for (int i = 0; i < kids.size(); i++) {
            if (kids.get(i) instanceof PDStructureElement element) {
                if (element.getStructureType().equals("Table")) {
                    dropEmptyFooter(element);
                    if (i + 1 < kids.size() && kids.get(i + 1) instanceof PDStructureElement next
                            && next.getStructureType().equals("Caption")) {
                        moveCaptionInto(node, next, element);
                    }
                }
                tidy(element);
            }
        }
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
}
