package scot.cswo.assurance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.report.Resources;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.testing.KnownYear;
import scot.cswo.assurance.testing.PdfChecks;

/** The Resources table the office filled in, printed in the Resources section with each variance (issue 17). */
class ResourcesTableTest {
    @TempDir
    static Path dir;
    private static Workspace workspace;
    private static AnnualReport report;
    private static String pdfText;

    @BeforeAll
    static void render() {
        workspace = KnownYear.open(dir);
        workspace.report().saveResources(KnownYear.YEAR, new Resources(List.of()), List.of(
                new Resources.Typed("Children's services", "45,000", "46,250.5"),
                new Resources.Typed("Justice social work", "8000", "7650")));
        report = new AnnualReport(workspace.report().data(KnownYear.YEAR, Optional.empty()));
        pdfText = PdfChecks.text(report.pdf()).replaceAll("\\s+", " ");
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void theTableIsKeptForTheYear() {
        assertThat(workspace.report().resources(KnownYear.YEAR).lines()).extracting(l -> l.service())
                .containsExactly("Children's services", "Justice social work");
    }

    @Test
    void eachServiceIsPrintedWithItsBudgetOutturnAndVarianceAndTheTotal() {
        assertThat(pdfText).containsSubsequence("5. Resources", "Budget and outturn by service", "6. Service quality");
        String resources = pdfText.substring(pdfText.lastIndexOf("Budget and outturn by service"),
                pdfText.lastIndexOf("6. Service quality"));

        assertThat(resources).contains("Budget and outturn by service, 2024-25 (£ thousands)",
                "Service Budget Outturn Variance", "Children's services 45,000 46,250.5 +1,250.5",
                "Justice social work 8,000 7,650 -350", "Total 53,000 53,900.5 +900.5",
                "a positive variance is spending over budget");
    }

    @Test
    void theHtmlPageHasTheTableWithItsHeaderCells() {
        String html = new String(report.html(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(html).contains("<th scope=\"col\" role=\"columnheader\">Variance</th>").containsPattern(
                "<th scope=\"row\" role=\"rowheader\"><span class=\"cell-label\" aria-hidden=\"true\">Service</span>Children's services</th>");
        assertThat(DraftReportTest.htmlText(report.html())).contains("Children's services Budget 45,000 Outturn 46,250.5"
                + " Variance +1,250.5");
    }

    @Test
    void theReportWithTheTablePassesVeraPdfsPdfUa1Profile() {
        assertThat(PdfChecks.pdfUaFailures(report.pdf())).isEmpty();
    }
}
