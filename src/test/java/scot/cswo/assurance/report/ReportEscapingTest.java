package scot.cswo.assurance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.report.ReportSection;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.matrix.FrameworkEditor.MechanismInput;
import scot.cswo.assurance.testing.KnownYear;
import scot.cswo.assurance.testing.PdfChecks;

/**
 * Whatever users type — a mechanism's description, a narrative, a section's heading — is printed as
 * the text it is, in the HTML edition and in the PDF, and never read as markup.
 */
class ReportEscapingTest {
    private static final String MECHANISM = "Membership of IJB <script>alert(\"x\")</script> & \"partners\"";
    private static final String HEADING = "Resources & \"money\" <b>";
    private static final String SCRIPT_LINE = "<script>alert('budget')</script>";
    private static final String INLINE = "Outturn <b>held</b> & \"balanced\"";

    @TempDir
    static Path dir;
    private static Workspace workspace;
    private static AnnualReport report;

    @BeforeAll
    static void typeMarkupEverywhere() {
        workspace = KnownYear.open(dir);
        long framework = workspace.matrix().matrix().framework().id();
        Mechanism m = workspace.matrix().matrix().row(new Ref("F1.3")).orElseThrow().mechanism();
        workspace.editor().editMechanism(framework, m.id(), m.version(),
                new MechanismInput(MECHANISM, "Jane Martin", "2 monthly", null));
        workspace.report().renameHeading(ReportSection.RESOURCES, "Resources", HEADING);
        workspace.report().saveTexts(KnownYear.YEAR, Map.of(),
                Map.of(ReportSection.RESOURCES.textKey(), SCRIPT_LINE + "\n\n" + INLINE));
        report = new AnnualReport(workspace.report().data(KnownYear.YEAR, Optional.empty()));
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void theHtmlEditionHoldsTypedMarkupAsTextAndRunsNothing() throws Exception {
        Document page = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(report.html()));

        assertThat(page.getElementsByTagName("script").getLength()).isZero();
        assertThat(page.getElementsByTagName("b").getLength()).isZero();
        String text = page.getDocumentElement().getTextContent();
        assertThat(text).contains(MECHANISM, HEADING, SCRIPT_LINE, INLINE);
    }

    @Test
    void aHeadingInAnAttributeKeepsItsQuotesAndAmpersand() throws Exception {
        Document page = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(report.html()));

        List<String> titles = new ArrayList<>();
        NodeList links = page.getElementsByTagName("a");
        for (int i = 0; i < links.getLength(); i++) {
            titles.add(((Element) links.item(i)).getAttribute("title"));
        }
        assertThat(titles).anyMatch(t -> t.endsWith(HEADING) && t.startsWith("Go to "));
    }

    @Test
    void thePdfPrintsTypedMarkupAsText() {
        String text = PdfChecks.text(report.pdf()).replaceAll("\\s+", " ");

        assertThat(text).contains(MECHANISM, HEADING, SCRIPT_LINE, INLINE);
    }
}
