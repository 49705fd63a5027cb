package scot.cswo.assurance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import scot.cswo.assurance.domain.report.ReportSection;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.testing.KnownYear;
import scot.cswo.assurance.testing.PdfChecks;
import scot.cswo.assurance.testing.PdfChecks.Tag;

/**
 * What a narrative can carry beyond paragraphs and lists — a table (Resources' budget), a quote —
 * printed as what it is: tagged in the PDF for a screen reader, and semantic in the HTML edition.
 */
class NarrativeContentTest {
    private static final String STRUCTURE = "Structure chart: the CSWO reports to the Chief Executive";
    @TempDir
    static Path dir;
    private static Workspace workspace;
    private static byte[] pdf;
    private static Document html;

    @BeforeAll
    static void writeResources() throws Exception {
        workspace = KnownYear.open(dir);
        Path chart = dir.resolve("structure-chart.png");
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", chart.toFile());
        String picture = workspace.report().addPicture(KnownYear.YEAR, chart, STRUCTURE);
        workspace.report().saveTexts(KnownYear.YEAR, Map.of(), Map.of(ReportSection.RESOURCES.textKey(),
                KnownYear.RESOURCES, ReportSection.GOVERNANCE.textKey(), "Our structure.\n\n" + picture));
        AnnualReport report = new AnnualReport(workspace.report().data(KnownYear.YEAR, Optional.empty()));
        pdf = report.pdf();
        html = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(report.html()));
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    private static List<Element> elements(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList list = parent.getElementsByTagName(name);
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }

    private static Element budgetTable() {
        return elements(html.getDocumentElement(), "table").stream()
                .filter(t -> t.getTextContent().contains("Budget and outturn 2024-25")).findFirst().orElseThrow();
    }

    @Test
    void aMarkdownTableIsPrintedAsATableNotAsPipes() {
        String text = PdfChecks.text(pdf).replaceAll("\\s+", " ");

        assertThat(text).contains("Children's services 42.1 43.0").doesNotContain("| Service", "---");
    }

    @Test
    void theTableIsTaggedWithItsCaptionHeaderCellsAndDataCells() {
        List<Tag> tables = PdfChecks.tags(pdf).all().stream().filter(t -> t.type().equals("Table")).toList();

        assertThat(tables).anySatisfy(table -> {
            assertThat(table.kids().getFirst().type()).isEqualTo("Caption");
            List<Tag> rows = table.all().stream().filter(t -> t.type().equals("TR")).toList();
            assertThat(rows).hasSize(3);
            assertThat(rows.getFirst().kids()).extracting(Tag::type).containsExactly("TH", "TH", "TH");
            assertThat(rows.get(1).kids()).extracting(Tag::type).containsExactly("TD", "TD", "TD");
        });
    }

    @Test
    void aQuoteIsTaggedAsAQuotation() {
        assertThat(PdfChecks.tags(pdf).all()).extracting(Tag::type).contains("BlockQuote");
    }

    @Test
    void thePdfStillPassesVeraPdfsPdfUa1Profile() {
        assertThat(PdfChecks.pdfUaFailures(pdf)).isEmpty();
    }

    @Test
    void theHtmlTableHasACaptionAndColumnHeaders() {
        Element table = budgetTable();

        assertThat(elements(table, "caption")).singleElement()
                .satisfies(c -> assertThat(c.getTextContent()).isEqualTo("Budget and outturn 2024-25"));
        assertThat(elements(table, "th")).extracting(th -> th.getAttribute("scope"))
                .containsExactly("col", "col", "col");
        assertThat(elements(table, "td")).hasSize(6);
    }

    @Test
    void theHtmlQuoteIsABlockquote() {
        assertThat(elements(html.getDocumentElement(), "blockquote")).singleElement()
                .satisfies(q -> assertThat(q.getTextContent()).contains("Spending held within budget"));
    }

    @Test
    void aPictureIsTaggedAsAFigureWithItsAltText() {
        assertThat(PdfChecks.tags(pdf).all()).filteredOn(t -> t.type().equals("Figure")).extracting(Tag::alt)
                .contains(STRUCTURE);
    }

    @Test
    void theHtmlPictureIsAnImageWithItsAltText() {
        assertThat(elements(html.getDocumentElement(), "img")).anySatisfy(img -> {
            assertThat(img.getAttribute("alt")).isEqualTo(STRUCTURE);
            assertThat(img.getAttribute("src")).startsWith("data:image/png;base64,");
        });
    }

    @Test
    void aCaseStudyIsASectionOfItsOwnNotAQuote() {
        assertThat(elements(html.getDocumentElement(), "section")).filteredOn(s -> s.getAttribute("class")
                .equals("case-study")).singleElement().satisfies(s -> {
                    assertThat(s.getAttribute("aria-label")).isEqualTo("Case study");
                    assertThat(s.getTextContent()).contains("Mrs A, who cares for her husband");
                });
        assertThat(PdfChecks.taggedText(pdf)).contains("Case study: Mrs A, who cares for her husband");
    }
}
