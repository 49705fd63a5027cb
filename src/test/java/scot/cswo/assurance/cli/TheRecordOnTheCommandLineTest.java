package scot.cswo.assurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.testing.NextFramework;

/**
 * The record tells the truth on the command line, as the issue that found it wanting ran it: today
 * is 4 December 2026 and the Dundee framework is tracked from 1 April 2025.
 */
class TheRecordOnTheCommandLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    private TestApp app;
    private String db;

    @BeforeEach
    void init() {
        app = new TestApp(dir.resolve("data"), LocalDate.of(2026, 12, 4));
        db = dir.resolve("assurance.mv.db").toString();
        assertThat(cli("init", "--tracking-start", "2025-04-01").exitCode()).isZero();
        assertThat(cli("evidence", "add", "--ref", "F1.5", "--date", "15/9/26", "--note", "Chairs met")
                .exitCode()).isZero();
        assertThat(cli("evidence", "add", "--ref", "F9.2", "--date", "2025-06-20", "--note", "Scorecard read")
                .exitCode()).isZero();
    }

    private TestApp.Run cli(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db;
        System.arraycopy(args, 0, all, 2, args.length);
        return app.cli(all);
    }

    private static List<JsonNode> all(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private JsonNode data(String... reportArgs) throws IOException {
        Path data = dir.resolve("figures-" + System.nanoTime() + ".json");
        List<String> args = new ArrayList<>(List.of("report", "--out", dir.resolve("r.pdf").toString(), "--data",
                data.toString()));
        args.addAll(List.of(reportArgs));
        TestApp.Run run = cli(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(Files.readString(data));
    }

    @Test
    void aDryRunRefusesWhatTheImportItselfWouldRefuse() throws IOException {
        Files.writeString(dir.resolve("next.csv"), NextFramework.CSV);

        TestApp.Run dry = cli("import", dir.resolve("next.csv").toString(), "--from", "2025-04-01", "--dry-run");
        TestApp.Run real = cli("import", dir.resolve("next.csv").toString(), "--from", "2025-04-01");

        assertThat(real.exitCode()).isEqualTo(3);
        assertThat(dry.exitCode()).isEqualTo(3);
        assertThat(dry.err()).contains("already comes into force on 01/04/2025").isEqualTo(real.err());
        assertThat(dry.out()).doesNotContain("the file is valid");
    }

    @Test
    void aRowsHistoryIsFoundAfterANewFrameworkWithoutItHasComeIntoForce() throws IOException {
        Files.writeString(dir.resolve("next.csv"), NextFramework.CSV);
        assertThat(cli("import", dir.resolve("next.csv").toString(), "--from", "2026-10-01").exitCode()).isZero();

        TestApp.Run history = cli("history", "--ref", "F1.5", "--format", "json");

        assertThat(history.exitCode()).as(history.err()).isZero();
        assertThat(history.out()).contains("Chairs met");
        assertThat(cli("history", "--ref", "F9.9").err()).contains("There is no row F9.9 in any framework.");
    }

    @Test
    void aFrameworkImportedToStartLaterChangesNoStatusRowOrEvidenceBeforeItsStart() throws IOException {
        String statusBefore = cli("status", "--as-of", "2026-06-01", "--format", "json").out();
        String matrixBefore = cli("matrix", "--format", "json").out();
        String evidenceBefore = cli("evidence", "list", "--all", "--format", "json").out();
        Files.writeString(dir.resolve("next.csv"), NextFramework.CSV);

        TestApp.Run imported = cli("import", dir.resolve("next.csv").toString(), "--from", "2027-04-01");

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("in force from 01/04/2027", "nothing before 01/04/2027 has changed");
        assertThat(cli("status", "--as-of", "2026-06-01", "--format", "json").out()).isEqualTo(statusBefore);
        assertThat(cli("matrix", "--format", "json").out()).isEqualTo(matrixBefore);
        assertThat(cli("evidence", "list", "--all", "--format", "json").out()).isEqualTo(evidenceBefore);
        assertThat(JSON.readTree(cli("matrix", "--as-of", "2027-04-01", "--format", "json").out())).hasSize(3);
    }

    @Test
    void evidenceDatedBeforeTheTrackingStartIsRecordedWithTheWarningThatItCountsForNoPeriod() {
        TestApp.Run run = cli("evidence", "add", "--ref", "F1.5", "--date", "20/3/25", "--note", "Chairs met in March");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Recorded evidence").contains("before the framework's tracking start, so it"
                + " counts for no period");
    }

    @Test
    void evidenceForALaterPeriodSaysTheMissedOneStaysMissed() {
        TestApp.Run run = cli("evidence", "add", "--ref", "F2.2", "--date", "1/12/26", "--note", "Dataset read");

        assertThat(run.out()).contains("Counts for Oct–Dec 2026. Jul–Sep 2026 stays missed");
    }

    @Test
    void aWithdrawnRecordStopsCountingAndAppearsInTheHistory() throws IOException {
        long id = JSON.readTree(cli("evidence", "list", "--ref", "F1.5", "--format", "json").out()).get(0)
                .get("id").asLong();
        assertThat(status("F1.5", "2026-10-05")).isEqualTo("ON_TRACK");

        TestApp.Run withdrawn = cli("evidence", "withdraw", "--id", Long.toString(id), "--reason", "Wrong mechanism");

        assertThat(withdrawn.exitCode()).as(withdrawn.err()).isZero();
        assertThat(status("F1.5", "2026-10-05")).isEqualTo("OVERDUE");
        assertThat(JSON.readTree(cli("evidence", "list", "--ref", "F1.5", "--format", "json").out())).isEmpty();
        assertThat(JSON.readTree(cli("evidence", "list", "--withdrawn", "--format", "json").out()).get(0)
                .get("withdrawn").asBoolean()).isTrue();
        assertThat(cli("evidence", "list", "--all").out()).as("the table says which records count")
                .containsPattern(id + " .*withdrawn");
        assertThat(cli("history", "--format", "json").out()).contains("Wrong mechanism");
    }

    @Test
    void anUnknownOrAlreadyWithdrawnRecordExitsWithCodeThreeAndOneSentence() throws IOException {
        long id = JSON.readTree(cli("evidence", "list", "--ref", "F1.5", "--format", "json").out()).get(0)
                .get("id").asLong();
        cli("evidence", "withdraw", "--id", Long.toString(id), "--reason", "Duplicate");

        TestApp.Run again = cli("evidence", "withdraw", "--id", Long.toString(id), "--reason", "Again");
        TestApp.Run unknown = cli("evidence", "correct", "--id", "99999", "--note", "x", "--reason", "Why");

        assertThat(again.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(again.err().strip()).isEqualTo("Evidence record " + id + " was withdrawn (Duplicate), so it cannot"
                + " be changed; record the evidence again if it is needed.");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(unknown.err().strip()).isEqualTo("There is no evidence record 99999.");
    }

    @Test
    void aCorrectionOnTheCommandLineKeepsWhatIsNotGivenAndSaysWhy() throws IOException {
        long id = JSON.readTree(cli("evidence", "list", "--ref", "F1.5", "--format", "json").out()).get(0)
                .get("id").asLong();

        TestApp.Run corrected = cli("evidence", "correct", "--id", Long.toString(id), "--date", "16 September 2026",
                "--reason", "Met on the 16th");

        assertThat(corrected.exitCode()).as(corrected.err()).isZero();
        JsonNode now = JSON.readTree(cli("evidence", "list", "--ref", "F1.5", "--format", "json").out()).get(0);
        assertThat(now.get("date").asText()).isEqualTo("2026-09-16");
        assertThat(now.get("note").asText()).isEqualTo("Chairs met");
        assertThat(now.get("correctionReason").asText()).isEqualTo("Met on the 16th");
    }

    @Test
    void theFiguresOfAYearInProgressHaveNoMissedPeriodEndingAfterTheirDate() throws IOException {
        JsonNode data = data("--year", "2026-27", "--as-of", "2026-12-04");

        assertThat(all(data.get("mechanisms"))).flatExtracting(m -> all(m.get("periods")))
                .filteredOn(p -> p.get("outcome").asText().equals("MISSED"))
                .isNotEmpty().allSatisfy(p -> assertThat(LocalDate.parse(p.get("end").asText()))
                        .isBefore(LocalDate.of(2026, 12, 4)));
        assertThat(all(data.get("exceptions"))).allSatisfy(e -> assertThat(LocalDate.parse(
                e.get("periodEnd").asText())).isBefore(LocalDate.of(2026, 12, 4)));
    }

    @Test
    void aClosedYearsFiguresHaveNoDueSoonSumToTheirKeyFiguresAndDoNotChangeAfterwards() throws IOException {
        JsonNode before = data("--year", "2025-26");
        assertThat(all(before.get("mechanisms"))).extracting(m -> m.get("statusAtAsOf").asText())
                .doesNotContain("DUE_SOON");
        for (String figure : List.of("assured", "notApplicable", "missed", "due")) {
            assertThat(all(before.get("functions")).stream().mapToInt(f -> f.get(figure).asInt()).sum())
                    .as(figure).isEqualTo(before.get("keyFigures").get(figure).asInt());
        }

        cli("evidence", "add", "--ref", "F1.6", "--date", "2026-04-10", "--note", "Met in April");
        cli("actions", "add-audit-scotland-2016");

        assertThat(data("--year", "2025-26")).isEqualTo(before);
    }

    @Test
    void unownedActionsAreNotOnTrack() throws IOException {
        cli("actions", "add-audit-scotland-2016");

        assertThat(all(JSON.readTree(cli("actions", "list", "--format", "json").out())))
                .extracting(a -> a.get("status").asText()).containsOnly("Not scheduled");
    }

    private String status(String ref, String asOf) throws IOException {
        for (JsonNode row : JSON.readTree(cli("status", "--as-of", asOf, "--format", "json").out())) {
            if (row.get("ref").asText().equals(ref)) {
                return row.get("status").asText();
            }
        }
        throw new AssertionError("no row " + ref);
    }
}
