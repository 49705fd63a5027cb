package scot.cswo.assurance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.report.ReportSection;
import scot.cswo.assurance.domain.report.ReportTemplate;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.testing.KnownYear;
import scot.cswo.assurance.testing.PdfChecks;

/**
 * A council keeps its own report template: a section renamed, one moved and one hidden, in the
 * PDF and the HTML page alike, for every year's report (issue 17, point 1).
 */
class CouncilTemplateTest {
    private static final String RENAMED = "What comes next for Dundee";
    @TempDir
    static Path dir;
    private static Workspace workspace;
    private static AnnualReport report;
    private static String pdfText;
    private static String htmlText;

    @BeforeAll
    static void render() {
        workspace = KnownYear.open(dir);
        // Resources first, Workforce hidden, Looking ahead renamed.
        List<ReportTemplate.Entry> entries = new ArrayList<>();
        entries.add(new ReportTemplate.Entry(ReportSection.RESOURCES, true));
        for (ReportTemplate.Entry entry : ReportTemplate.national().entries()) {
            if (entry.section() != ReportSection.RESOURCES) {
                entries.add(new ReportTemplate.Entry(entry.section(), entry.section() != ReportSection.WORKFORCE));
            }
        }
        workspace.report().saveTemplate(ReportTemplate.national(), new ReportTemplate(entries));
        workspace.report().renameHeading(ReportSection.LOOKING_AHEAD, "Looking ahead", RENAMED);
        report = new AnnualReport(workspace.report().data(KnownYear.YEAR, Optional.empty()));
        pdfText = PdfChecks.text(report.pdf()).replaceAll("\\s+", " ");
        htmlText = DraftReportTest.htmlText(report.html());
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void theTemplateIsKeptForTheCouncil() {
        assertThat(workspace.report().template().entries().getFirst())
                .isEqualTo(new ReportTemplate.Entry(ReportSection.RESOURCES, true));
        assertThat(workspace.report().template().shown()).doesNotContain(ReportSection.WORKFORCE);
    }

    @Test
    void thePdfPrintsTheCouncilsOrderWithTheRenamedHeadingAndWithoutTheHiddenSection() {
        assertThat(pdfText.substring(pdfText.lastIndexOf("1. Resources"))).containsSubsequence("1. Resources",
                "2. Introduction by the Chief Social Work Officer", "3. Summary of performance",
                "6. Service quality and performance", "7. " + RENAMED, "Appendix 1: The assurance matrix");
        assertThat(pdfText).doesNotContain("Workforce figures", ". Workforce", "Looking ahead");
    }

    @Test
    void theHtmlPrintsTheCouncilsOrderWithTheRenamedHeadingAndWithoutTheHiddenSection() {
        assertThat(htmlText.substring(htmlText.lastIndexOf("1. Resources"))).containsSubsequence("1. Resources",
                "2. Introduction by the Chief Social Work Officer", "6. Service quality and performance",
                "7. " + RENAMED);
        assertThat(htmlText).doesNotContain("Workforce figures", ". Workforce", "Looking ahead");
    }

    @Test
    void aHiddenSectionIsNotAskedForByThePublicationCheck() {
        assertThat(report.check().problems()).contains("The section \"" + RENAMED + "\" has not been written.")
                .noneSatisfy(p -> assertThat(p).contains("\"Workforce\""));
    }

    @Test
    void theHiddenSectionsFiguresAreNotInTheDataFile() {
        assertThat(report.dataJson()).doesNotContain("Social work staff turnover");
    }
}
