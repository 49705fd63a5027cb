package scot.cswo.assurance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.testing.KnownYear;
import scot.cswo.assurance.testing.PdfChecks;

/**
 * The annual report tells the story of the Chief Social Work Adviser's national template, in its
 * order, each section holding the figures that belong to it (issue 17, point 1).
 */
class NationalTemplateOrderTest {
    static final List<String> NATIONAL_ORDER = List.of("1. Introduction by the Chief Social Work Officer",
            "2. Summary of performance", "3. Partnership structures and governance arrangements",
            "4. The social services delivery landscape", "5. Resources",
            "6. Service quality and performance, including the delivery of statutory functions", "7. Workforce",
            "8. Looking ahead", "Appendix 1: The assurance matrix", "Appendix 2: Evidence log",
            "Appendix 3: The CSWO dataset", "Appendix 4: Improvement actions", "Appendix 5: Glossary");
    @TempDir
    static Path dir;
    private static Workspace workspace;
    /** The report's text after its contents page: the chapters themselves. */
    private static String body;

    @BeforeAll
    static void render() {
        workspace = KnownYear.open(dir);
        body = body(PdfChecks.text(new AnnualReport(workspace.report().data(KnownYear.YEAR, Optional.empty())).pdf()));
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void theChaptersFollowTheNationalTemplatesOrder() {
        assertThat(body).containsSubsequence(NATIONAL_ORDER);
    }

    @Test
    void theSummaryOfPerformanceHasKeyChallengesThenDevelopmentsThenImprovements() {
        assertThat(chapter("2. Summary of performance", "3. Partnership"))
                .containsSubsequence("Key challenges", "Developments", "Improvements");
    }

    @Test
    void theAssuranceSummaryIsUnderGovernanceWithTheExceptionsExplained() {
        assertThat(chapter("3. Partnership structures", "4. The social services"))
                .contains("Periods assured and missed by function, 2024-25", "Function 1, 2024-25 Ref Assurance mechanism"
                        + " Periods assured / due Status at 31 Mar 2025", "Jan–Mar 2025 (due 31 Mar 2025); overdue at"
                        + " 31 Mar 2025 " + KnownYear.F15_REASON)
                .doesNotContain("Assurance of function 1,");
    }

    @Test
    void theStatutoryFunctionFiguresAreInServiceQualityByAreaOfStatutoryWork() {
        assertThat(chapter("6. Service quality", "7. Workforce")).containsSubsequence("Child protection",
                "Looked after children", "In secure accommodation [x] <5", "Adult support and protection",
                "Justice social work and MAPPA", "Community payback orders completed successfully % [x] 81 80 Green",
                "Registered sex offenders (category 1)", "Mental health officer work", "Mental health officer reports completed",
                "Decisions of the Chief Social Work Officer", "CSWO decisions to implement secure authorisations")
                .doesNotContain("Average caseload per social worker");
    }

    @Test
    void theWorkforceFiguresAreInWorkforce() {
        assertThat(chapter("7. Workforce", "8. Looking ahead")).contains("Social work staff turnover % [x] 11.5 10 Red");
    }

    @Test
    void theFullMatrixIsInTheFirstAppendix() {
        assertThat(chapter("Appendix 1: The assurance matrix", "Appendix 2:")).contains("Assurance of function 1,"
                + " 2024-25", "Assurance of function 10, 2024-25");
    }

    @Test
    void theDatasetAppendixSaysWhatEachMeasureCountsWithoutRepeatingItsFigures() {
        assertThat(chapter("Appendix 3: The CSWO dataset", "Appendix 4:"))
                .contains("Children placed on the child protection register in the quarter.")
                .doesNotContain("[c]", "<5");
    }

    /** The text from the first chapter's heading on, whitespace run together. */
    static String body(String pdfText) {
        String text = pdfText.replaceAll("\\s+", " ");
        // The contents page names every chapter too; the chapters start at the last mention of the first.
        return text.substring(text.lastIndexOf(NATIONAL_ORDER.getFirst()));
    }

    private static String chapter(String from, String to) {
        assertThat(body).as("the report's chapters").contains(from, to);
        int start = body.indexOf(from);
        return body.substring(start, body.indexOf(to, start + from.length()));
    }
}
