package scot.cswo.assurance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.domain.evidence.Conclusion;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.matrix.StatutoryFunction;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.evidence.EvidenceInput;
import scot.cswo.assurance.testing.KnownYear;
import scot.cswo.assurance.testing.PdfChecks;

/**
 * The annual report and the quarterly pack of the known year read as a member of the public would
 * read them: figures, words and names written for people, not as the app holds them.
 */
class ReadingQualityTest {
    private static final String PAYBACK = "Community payback orders completed successfully";
    @TempDir
    static Path dir;
    private static Workspace workspace;
    private static String report;
    private static String pack;

    @BeforeAll
    static void render() {
        workspace = KnownYear.open(dir);
        // Percentages with two decimals, as a council's system exports them; the year's average is 81.15.
        long payback = workspace.dataset().dataset().stream().filter(s -> s.measure().name().equals(PAYBACK))
                .findFirst().orElseThrow().id();
        workspace.dataset().enter(new Quarter(2024, 3), Map.of(payback, "78.25"), Map.of(payback, new BigDecimal("78")));
        workspace.dataset().enter(new Quarter(2024, 4), Map.of(payback, "84.35"), Map.of(payback, new BigDecimal("84")));
        // One occurrence of an event-driven mechanism: a count of one that must not be written.
        workspace.evidence().record(new Ref("F1.1"), new EvidenceInput(LocalDate.of(2024, 10, 2),
                "Report to committee considered", KnownYear.reference("2024-10-02"), "Policy and Resources Committee",
                Conclusion.REASONABLE, null, List.of()));
        report = PdfChecks.text(new AnnualReport(workspace.report().data(KnownYear.YEAR, Optional.empty())).pdf())
                .replaceAll("\\s+", " ");
        pack = PdfChecks.text(new QuarterlyReview(workspace.report().quarterly(new Quarter(2024, 4))).pdf())
                .replaceAll("\\s+", " ");
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void thePackPrintsPercentagesToOneDecimalPlaceRoundingHalfUp() {
        assertThat(pack).contains(PAYBACK + " % 78.3 84.4 +6.1 81.2 80 Green").doesNotContain("84.35", "81.15");
    }

    @Test
    void theAnnualReportPrintsADatasetPercentageToOneDecimalPlace() {
        assertThat(report).contains(PAYBACK + " % [x] 81.2 80 Green").doesNotContain("81.15");
    }

    @Test
    void theShareOfPeriodsAssuredIsGivenToOneDecimalPlace() {
        // 18 of 146 periods: 12.33%.
        assertThat(report).contains("missed, of 146 due (12.3% assured)");
    }

    @Test
    void aCountOfOneTakesTheSingular() {
        // An event count of one is hidden ("<5", EventCountsTest); a count of returns is not.
        assertThat(report + pack).contains("1 \"nothing to report\" return").doesNotContainPattern("(?<![\\d.,])1 (occurrences|reports|returns|periods|rows"
                + "|actions|entries|records|mechanisms|functions|times)\\b");
    }

    @Test
    void theTableOfPeriodsByFunctionNamesEachFunctionByItsTitle() {
        StatutoryFunction first = workspace.report().data(KnownYear.YEAR, Optional.empty()).matrix().functions()
                .getFirst();

        assertThat(report).containsPattern("Missed Due Function 1: " + Pattern.quote(first.title()) + "( \\d+){4}");
    }

    @Test
    void thePackSaysWhatIsMissingInsteadOfTellingReadersWhereToClick() {
        assertThat(pack).contains("with the reason recorded and the action agreed. Where no reason or no action has"
                + " been agreed yet, the table says so. Periods missed").doesNotContain("screen");
    }

    @Test
    void theGlossaryExplainsTheLearningReviewBesideTheFrameworksOlderTerms() {
        assertThat(report).contains("Learning Review A multi-agency review of a case where a child or adult at risk",
                "ICR Initial Case Review (the framework's term", "SCR Significant Case Review (the framework's term");
    }
}
