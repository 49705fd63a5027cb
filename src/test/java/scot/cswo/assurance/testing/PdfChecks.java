package scot.cswo.assurance.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Reads PDFs the way a checker and a screen reader do: veraPDF's PDF/UA-1 profile and text extraction. */
public final class PdfChecks {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfChecks() {
    }

    /** The rules the PDF fails under veraPDF's PDF/UA-1 profile, one line each; empty when it passes. */
    public static List<String> pdfUaFailures(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false);
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().collect(Collectors.toList());
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not check the PDF: " + e, e);
        }
    }

    /** The text a reader would extract, in reading order. */
    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each page's text, in page order, whitespace run together as single spaces. */
    public static List<String> pageTexts(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).replaceAll("\\s+", " "));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The characters exactly as the PDF maps its glyphs to Unicode, without the text extractor's
     * own clean-up (which turns a ligature character back into letters): what a screen reader or
     * a search sees.
     */
    public static String rawText(byte[] pdf) {
        StringBuilder raw = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    positions.forEach(p -> raw.append(p.getUnicode()));
                    raw.append(' ');
                }
            }.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return raw.toString();
    }

    /** One element of a PDF's tag tree: its structure type, alternate text and child elements. */
    public record Tag(String type, String alt, List<Tag> kids) {
        /** This element and all below it, depth first in reading order. */
        public List<Tag> all() {
            List<Tag> all = new ArrayList<>();
            all.add(this);
            kids.forEach(kid -> all.addAll(kid.all()));
            return all;
        }
    }

    /** The document's tag tree as a screen reader walks it (the structure tree root's elements). */
    public static Tag tags(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
            return new Tag("StructTreeRoot", null, kidsOf(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Tag> kidsOf(PDStructureNode node) {
        List<Tag> kids = new ArrayList<>();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                kids.add(new Tag(element.getStructureType(), element.getAlternateDescription(), kidsOf(element)));
            }
        }
        return kids;
    }

    /**
     * The text a screen reader reads: the marked content the tag tree refers to, in the order of
     * the pages' content, whitespace run together as single spaces.
     */
    public static String taggedText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            java.util.Set<String> referred = new java.util.HashSet<>();
            collectMarkedContent(document.getDocumentCatalog().getStructureTreeRoot(), null, document, referred);
            StringBuilder text = new StringBuilder();
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(document.getPage(page));
                for (PDMarkedContent content : extractor.getMarkedContents()) {
                    if (referred.contains(page + ":" + content.getMCID())) {
                        content.getContents().stream().filter(TextPosition.class::isInstance)
                                .forEach(p -> text.append(((TextPosition) p).getUnicode()));
                        text.append(' ');
                    }
                }
            }
            return text.toString().replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collectMarkedContent(PDStructureNode node, org.apache.pdfbox.pdmodel.PDPage page,
                                             PDDocument document, java.util.Set<String> referred) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                collectMarkedContent(element, element.getPage() == null ? page : element.getPage(), document, referred);
            } else if (kid instanceof Integer mcid && page != null) {
                referred.add(document.getPages().indexOf(page) + ":" + mcid);
            } else if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference ref) {
                referred.add(document.getPages().indexOf(ref.getPage() == null ? page : ref.getPage()) + ":" + ref.getMCID());
            }
        }
    }

    /** Command-line check of a PDF file: prints the failed PDF/UA-1 rules. */
    public static void main(String[] args) throws IOException {
        List<String> failures = pdfUaFailures(Files.readAllBytes(Path.of(args[0])));
        System.out.println(failures.isEmpty() ? "PDF/UA-1: passed" : String.join("\n", failures));
    }
}
