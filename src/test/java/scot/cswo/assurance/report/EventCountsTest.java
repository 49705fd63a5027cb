package scot.cswo.assurance.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.domain.evidence.Conclusion;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.evidence.EvidenceInput;
import scot.cswo.assurance.testing.KnownYear;
import scot.cswo.assurance.testing.PdfChecks;

/**
 * An event (a learning review, a secure care decision) may concern one person, so its count is
 * published like a small count of people: 1 to the threshold (4) hidden, in every published
 * document, and never recoverable from a total. The known year has two occurrences of F5.3; one of
 * F1.1 is added, so the year's total (3) is small too.
 */
class EventCountsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    private static Workspace workspace;
    private static String report;
    private static JsonNode reportData;
    private static JsonNode packData;

    @BeforeAll
    static void publish() throws Exception {
        workspace = KnownYear.open(dir);
        workspace.evidence().record(new Ref("F1.1"), new EvidenceInput(LocalDate.of(2024, 10, 2),
                "Report to committee considered", KnownYear.reference("2024-10-02"), "Policy and Resources Committee",
                Conclusion.REASONABLE, null, List.of()));
        AnnualReport annual = new AnnualReport(workspace.report().data(KnownYear.YEAR, Optional.empty()));
        report = PdfChecks.text(annual.pdf()).replaceAll("\\s+", " ");
        reportData = JSON.readTree(annual.dataJson());
        packData = JSON.readTree(new QuarterlyReview(workspace.report().quarterly(new Quarter(2024, 4))).dataJson());
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    private static List<String> eventTexts(JsonNode data) {
        List<String> texts = new ArrayList<>();
        if (data.get("events").isNull()) {
            // A document that prints no event counts (the pack) has none to give.
            return texts;
        }
        data.get("events").get("mechanisms").forEach(m -> texts.add(m.get("text").asText()));
        texts.add(data.get("events").get("total").asText());
        return texts;
    }

    @Test
    void theReportPrintsNoEventCountFromOneToTheThreshold() {
        assertThat(report).contains("As required <5 occurrences logged")
                .doesNotContainPattern("(?<![\\d.,<])[1-4] (occurrence|occurrences|reports made as available)\\b")
                .contains("<5 occurrences of event-driven mechanisms and reports made as available were logged");
    }

    @Test
    void neitherDocumentsDataHoldsAnEventCountFromOneToTheThreshold() {
        assertThat(eventTexts(reportData)).contains("<5").noneMatch(t -> t.matches("[1-4]"));
        assertThat(eventTexts(packData)).noneMatch(t -> t.matches("[1-4]"));
    }

    @Test
    void theReportsDataGivesEachEventCountAsItIsPrinted() {
        assertThat(reportData.get("events").get("mechanisms")).anySatisfy(m -> {
            assertThat(m.get("refs").toString()).contains("F5.3");
            assertThat(m.get("text").asText()).isEqualTo("<5");
        });
    }
}
