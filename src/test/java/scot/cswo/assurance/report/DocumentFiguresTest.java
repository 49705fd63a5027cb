package scot.cswo.assurance.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.action.ActionProgress;
import scot.cswo.assurance.domain.action.ActionSource;
import scot.cswo.assurance.domain.action.ImprovementAction;
import scot.cswo.assurance.domain.dataset.DataPeriod;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.domain.dataset.SmallNumbers;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.report.ReportYear;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.evidence.EvidenceInput;
import scot.cswo.assurance.testing.KnownYear;
import scot.cswo.assurance.testing.PdfChecks;

/**
 * The figures a document prints come from one computation, so they agree with each other: the
 * function tables sum to the key figures, a year in progress never counts a period still to come as
 * missed, and a closed year is final and does not change afterwards. Read from the documents' own
 * data files. The known year is 2024-25, looked at on 15 June 2025.
 */
class DocumentFiguresTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static JsonNode report(Workspace workspace, ReportYear year, LocalDate asOf) throws Exception {
        return JSON.readTree(new AnnualReport(workspace.report().data(year, Optional.ofNullable(asOf))).dataJson());
    }

    private static List<JsonNode> all(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static void functionRowsSumToTheKeyFigures(JsonNode data) {
        for (String figure : List.of("assured", "notApplicable", "missed", "due")) {
            int sum = all(data.get("functions")).stream().mapToInt(f -> f.get(figure).asInt()).sum();
            assertThat(sum).as(figure).isEqualTo(data.get("keyFigures").get(figure).asInt());
        }
        int periods = all(data.get("mechanisms")).stream().mapToInt(m -> (int) all(m.get("periods")).stream()
                .filter(p -> !p.get("outcome").asText().equals("NOT_YET_DUE")).count()).sum();
        assertThat(periods).isEqualTo(data.get("keyFigures").get("due").asInt());
        int missed = all(data.get("mechanisms")).stream().mapToInt(m -> (int) all(m.get("periods")).stream()
                .filter(p -> p.get("outcome").asText().equals("MISSED")).count()).sum();
        assertThat(missed).isEqualTo(data.get("keyFigures").get("missed").asInt());
    }

    @Test
    void aClosedYearIsFinalHasNoDueSoonAndItsTablesSumToItsKeyFigures() throws Exception {
        try (Workspace workspace = KnownYear.open(dir)) {
            JsonNode data = report(workspace, KnownYear.YEAR, null);

            assertThat(data.get("yearClosed").asBoolean()).isTrue();
            assertThat(all(data.get("mechanisms"))).extracting(m -> m.get("statusAtAsOf").asText())
                    .doesNotContain("DUE_SOON");
            assertThat(all(data.get("mechanisms"))).flatExtracting(m -> all(m.get("periods")))
                    .extracting(p -> p.get("outcome").asText()).doesNotContain("NOT_YET_DUE");
            functionRowsSumToTheKeyFigures(data);
            assertThat(data.get("keyFigures").get("overdue").asInt()).isEqualTo((int) all(data.get("mechanisms"))
                    .stream().filter(m -> m.get("statusAtAsOf").asText().equals("OVERDUE")).count());
        }
    }

    @Test
    void theMissedPeriodsStillToExplainAreCountedAsTheKeyFiguresCountThem() throws Exception {
        try (Workspace workspace = KnownYear.open(dir)) {
            AnnualReport report = new AnnualReport(workspace.report().data(KnownYear.YEAR, Optional.empty()));
            JsonNode data = JSON.readTree(report.dataJson());
            int explained = all(data.get("exceptions")).stream().filter(e -> !e.get("action").isNull())
                    .mapToInt(e -> e.get("refs").size()).sum();
            int unexplained = data.get("keyFigures").get("missed").asInt() - explained;

            // A mechanism serving two functions misses a period under each, in the sentence as in the figures.
            assertThat(PdfChecks.text(report.pdf()).replaceAll("\\s+", " ")).contains(unexplained
                    + " missed periods have no reason or action recorded yet");
        }
    }

    @Test
    void aYearInProgressNeverCountsAPeriodStillToComeAsMissed() throws Exception {
        try (Workspace workspace = KnownYear.open(dir)) {
            LocalDate asOf = LocalDate.of(2025, 6, 15);
            JsonNode data = report(workspace, new ReportYear(2025), asOf);

            assertThat(data.get("yearClosed").asBoolean()).isFalse();
            assertThat(all(data.get("exceptions"))).allSatisfy(e -> assertThat(LocalDate.parse(
                    e.get("periodEnd").asText())).isBefore(asOf));
            assertThat(all(data.get("mechanisms"))).flatExtracting(m -> all(m.get("periods")))
                    .filteredOn(p -> p.get("outcome").asText().equals("MISSED"))
                    .allSatisfy(p -> assertThat(LocalDate.parse(p.get("end").asText())).isBefore(asOf));
            assertThat(all(data.get("mechanisms"))).flatExtracting(m -> all(m.get("periods")))
                    .extracting(p -> p.get("outcome").asText()).contains("NOT_YET_DUE");
            functionRowsSumToTheKeyFigures(data);
        }
    }

    @Test
    void aClosedYearsFiguresAreTheSameAfterLaterEvidenceAndActionsAreAdded() throws Exception {
        try (Workspace workspace = KnownYear.open(dir)) {
            String before = new AnnualReport(workspace.report().data(KnownYear.YEAR, Optional.empty())).dataJson();

            workspace.evidence().record(new Ref("F1.5"), new EvidenceInput(LocalDate.of(2025, 4, 2),
                    "Chairs' meeting held in April", null, null, null, null, List.of()));
            workspace.actions().add(new ImprovementAction("Restore the chairs' meetings", ActionSource.OTHER,
                    "Kathryn Sharp", LocalDate.of(2025, 7, 1), ActionProgress.ON_TRACK), "");

            assertThat(new AnnualReport(workspace.report().data(KnownYear.YEAR, Optional.empty())).dataJson())
                    .isEqualTo(before);
        }
    }

    @Test
    void thePacksDataFileNamesEveryDatasetFigureExactlyAsPrinted() throws Exception {
        try (Workspace workspace = KnownYear.open(dir)) {
            QuarterlyReview pack = new QuarterlyReview(workspace.report().quarterly(new Quarter(2024, 4)));
            JsonNode data = JSON.readTree(pack.dataJson());
            // Figures in tables are in the PDF's text; those only in a chart, in its text alternative.
            String text = PdfChecks.text(pack.pdf()).replaceAll("\\s+", " ") + new String(pack.html(),
                    StandardCharsets.UTF_8).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");

            assertThat(all(data.get("published"))).isNotEmpty().allSatisfy(figure ->
                    assertThat(text).contains(figure.get("text").asText()));
            assertThat(all(data.get("published"))).anySatisfy(f -> assertThat(f.get("text").asText()).isEqualTo("<5"));
            functionRowsSumToTheKeyFigures(data);
        }
    }

    @Test
    void aFigureHiddenInTheAnnualReportIsHiddenInThePackForTheYearsLastQuarterToo() throws Exception {
        try (Workspace workspace = KnownYear.open(dir)) {
            Quarter last = new Quarter(2024, 4);
            JsonNode report = report(workspace, KnownYear.YEAR, null);
            JsonNode pack = JSON.readTree(new QuarterlyReview(workspace.report().quarterly(last)).dataJson());
            List<String> hiddenInTheReport = all(report.get("published")).stream()
                    .filter(f -> f.get("period").asText().equals(DataPeriod.year(2024).label()))
                    .filter(f -> f.get("text").asText().startsWith(SmallNumbers.CONFIDENTIAL)
                            || f.get("text").asText().startsWith("<"))
                    .map(f -> f.get("measure").asText()).toList();

            // The looked after children by placement: "In residential care" is hidden in the report to
            // protect the small count in secure care; printed in the pack, it would give that count away.
            assertThat(hiddenInTheReport).contains("Looked after children in residential care");
            assertThat(all(pack.get("published"))).filteredOn(f -> hiddenInTheReport.contains(f.get("measure").asText())
                            && f.get("period").asText().equals(last.label()))
                    .isNotEmpty()
                    .allSatisfy(f -> assertThat(f.get("text").asText()).as(f.get("measure").asText())
                            .isIn(SmallNumbers.CONFIDENTIAL, "<5"));
        }
    }

    /** Every figure of a measure printed by the annual report and the packs of its year (and the next first quarter's). */
    private static List<String> printedEverywhere(Path dir, String measure, String... quarters) throws Exception {
        try (Workspace workspace = KnownYear.open(dir)) {
            long id = workspace.dataset().dataset().stream().filter(s -> s.measure().name().equals(measure))
                    .findFirst().orElseThrow().id();
            for (int q = 0; q < quarters.length; q++) {
                workspace.dataset().enter(new Quarter(2024, q + 1), Map.of(id, quarters[q]),
                        Map.of());
            }
            List<JsonNode> documents = new ArrayList<>(List.of(report(workspace, KnownYear.YEAR, null)));
            for (Quarter quarter : List.of(new Quarter(2024, 1), new Quarter(2024, 2), new Quarter(2024, 3),
                    new Quarter(2024, 4), new Quarter(2025, 1))) {
                documents.add(JSON.readTree(new QuarterlyReview(workspace.report().quarterly(quarter)).dataJson()));
            }
            return documents.stream().flatMap(d -> all(d.get("published")).stream())
                    .filter(f -> f.get("measure").asText().equals(measure))
                    .map(f -> f.get("period").asText() + ": " + f.get("text").asText()).toList();
        }
    }

    @Test
    void aSmallQuarterCannotBeWorkedOutFromTheReportsYearLessThePacksOtherQuarters() throws Exception {
        String registrations = "Child protection registrations";
        List<String> printed = printedEverywhere(dir.resolve("three"), registrations, "50", "3", "40", "60");

        // Had the second quarter's count been 2, not 3, every document would print exactly the same; the
        // first quarter stays as its own pack printed it before the small count came.
        assertThat(printed).isEqualTo(printedEverywhere(dir.resolve("two"), registrations, "50", "2", "41", "60"));
        assertThat(printed).contains(DataPeriod.year(2024).label() + ": 153",
                new DataPeriod(2024, 1).label() + ": 50", new DataPeriod(2024, 2).label() + ": <5");
    }
}
