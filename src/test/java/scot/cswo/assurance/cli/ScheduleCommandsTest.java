package scot.cswo.assurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.testing.Golden;

/** evidence, meetings and status on the command line. */
class ScheduleCommandsTest {
    @TempDir
    Path dir;
    private TestApp app;
    private String db;

    @BeforeEach
    void init() {
        app = new TestApp(dir.resolve("data"), LocalDate.of(2025, 11, 22));
        db = dir.resolve("assurance.mv.db").toString();
        assertThat(app.cli("--db", db, "init", "--tracking-start", "2025-04-01").exitCode()).isZero();
    }

    private TestApp.Run cli(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db;
        System.arraycopy(args, 0, all, 2, args.length);
        return app.cli(all);
    }

    private Map<String, JsonNode> statuses(String asOf) {
        TestApp.Run run = cli("status", "--as-of", asOf, "--format", "json");
        assertThat(run.exitCode()).isZero();
        Map<String, JsonNode> byRef = new HashMap<>();
        Golden.parse(run.out()).forEach(row -> byRef.put(row.get("ref").asText(), row));
        return byRef;
    }

    @Test
    void movingAMeetingSaysFromWhichDateToWhich() {
        cli("meetings", "add", "--series", "jswmt", "--date", "2025-12-10");

        TestApp.Run run = cli("meetings", "move", "--series", "jswmt", "--date", "2025-12-10", "--to", "2025-12-17");

        assertThat(run.out()).contains("Moved the Joint Social Work Management Team meeting on 10/12/2025 to"
                + " 17/12/2025.");
    }

    @Test
    void movingAMeetingOntoAnotherOfItsSeriesIsRefusedNamingTheDateAsWrittenInTheUk() {
        cli("meetings", "add", "--series", "jswmt", "--date", "2025-12-10");
        cli("meetings", "add", "--series", "jswmt", "--date", "2025-12-17");

        TestApp.Run run = cli("meetings", "move", "--series", "jswmt", "--date", "2025-12-10", "--to", "2025-12-17");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(run.err()).contains("There is already a meeting of that series on 17/12/2025.");
    }

    @Test
    void theStatusTableIsForPeopleStatusesInWordsAndDatesAsWrittenInTheUk() {
        TestApp.Run run = cli("status", "--as-of", "2025-07-10");

        assertThat(run.out()).contains("Overdue", "Event-driven", "30/06/2025")
                .doesNotContain("OVERDUE", "EVENT_DRIVEN", "2025-06-30");
    }

    @Test
    void theStatusTableNamesEachRowsLeadSoTheOfficeKnowsWhoToChase() {
        TestApp.Run run = cli("status", "--as-of", "2025-07-10");

        String f15 = run.out().lines().filter(l -> l.startsWith("F1.5 ")).findFirst().orElseThrow();
        assertThat(f15).contains("Kathryn Sharp", "Overdue");
    }

    @Test
    void anEmptyEvidenceListSaysWhatItLookedAtAndWhereElseToLook() {
        TestApp.Run run = cli("evidence", "list", "--as-of", "2025-07-10");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("No evidence counts under the framework in force on 10/07/2025",
                "--as-of", "--all");
    }

    @Test
    void statusJsonHasOneObjectPerRowWithTheDocumentedKeys() {
        Map<String, JsonNode> status = statuses("2025-07-10");

        assertThat(status).hasSize(49);
        JsonNode f15 = status.get("F1.5");
        assertThat(f15.get("status").asText()).isEqualTo("OVERDUE");
        assertThat(f15.get("periodStart").asText()).isEqualTo("2025-04-01");
        assertThat(f15.get("periodEnd").asText()).isEqualTo("2025-06-30");
        assertThat(f15.get("lastEvidence").isNull()).isTrue();
        assertThat(f15.get("reason").asText()).isEqualTo("No evidence for Apr–Jun 2025; due 30/06/2025.");
        assertThat(f15.get("leads").get(0).asText()).isEqualTo("Kathryn Sharp");
        assertThat(f15.get("frequency").asText()).isEqualTo("Quarterly");
        assertThat(status.get("F1.1").get("status").asText()).isEqualTo("EVENT_DRIVEN");
        assertThat(status.get("F1.1").get("periodStart").isNull()).isTrue();
    }

    @Test
    void evidenceAddedForOneRefMakesBothRefsOfTheMechanismOnTrack() {
        TestApp.Run add = cli("evidence", "add", "--ref", "F1.3", "--date", "2025-11-20", "--note", "IJB meeting",
                "--reference", "IJB 20/11", "--conclusion", "substantial", "--by", "Jane Martin");

        assertThat(add.exitCode()).isZero();
        assertThat(add.out()).contains("it also counts for F10.1");
        Map<String, JsonNode> status = statuses("2025-11-22");
        assertThat(status.get("F1.3").get("status").asText()).isEqualTo("ON_TRACK");
        assertThat(status.get("F10.1").get("status").asText()).isEqualTo("ON_TRACK");
        assertThat(status.get("F10.1").get("lastEvidence").asText()).isEqualTo("2025-11-20");
    }

    @Test
    void evidenceListJsonHasTheDocumentedKeys() {
        cli("evidence", "add", "--ref", "F1.3", "--date", "2025-11-20", "--note", "IJB meeting", "--reference",
                "IJB 20/11", "--conclusion", "substantial", "--by", "Jane Martin");

        JsonNode entry = Golden.parse(cli("evidence", "list", "--format", "json").out()).get(0);

        assertThat(entry.get("id").asLong()).isPositive();
        assertThat(entry.get("refs")).extracting(JsonNode::asText).containsExactly("F1.3", "F10.1");
        assertThat(entry.get("date").asText()).isEqualTo("2025-11-20");
        assertThat(entry.get("note").asText()).isEqualTo("IJB meeting");
        assertThat(entry.get("reference").asText()).isEqualTo("IJB 20/11");
        assertThat(entry.get("conclusion").asText()).isEqualTo("substantial");
        assertThat(entry.get("recordedBy").asText()).isEqualTo("Jane Martin");
        assertThat(entry.get("recordedByAccount").asText()).isEqualTo("COUNCIL\\tester");
        assertThat(entry.get("recordedAt").asText()).startsWith("2025-11-22T");
    }

    @Test
    void evidenceListCanBeLimitedToOneRef() {
        cli("evidence", "add", "--ref", "F1.3", "--date", "2025-11-20", "--note", "IJB");
        cli("evidence", "add", "--ref", "F9.2", "--date", "2025-11-20", "--note", "MAPPA scorecard");

        assertThat(Golden.parse(cli("evidence", "list", "--ref", "F10.1", "--format", "json").out())).hasSize(1);
    }

    @Test
    void notApplicableAssuresThePeriodContainingTheDate() {
        assertThat(cli("evidence", "not-applicable", "--ref", "F1.5", "--period-containing", "2025-05-01", "--reason",
                "Chairs not yet appointed").exitCode()).isZero();

        assertThat(statuses("2025-07-10").get("F1.5").get("status").asText()).isEqualTo("ON_TRACK");
    }

    @Test
    void meetingsAddMoveCancelAndListDriveMeetingCycleStatuses() {
        assertThat(statuses("2025-11-22").get("F1.7").get("status").asText()).isEqualTo("NO_SCHEDULE");
        assertThat(cli("meetings", "add", "--series", "jswmt", "--date", "2025-09-10").exitCode()).isZero();
        assertThat(cli("meetings", "add", "--series", "jswmt", "--date", "2025-12-10").exitCode()).isZero();
        assertThat(statuses("2025-11-22").get("F1.7").get("status").asText()).isEqualTo("OVERDUE");

        assertThat(cli("meetings", "cancel", "--series", "jswmt", "--date", "2025-09-10").exitCode()).isZero();
        assertThat(statuses("2025-11-22").get("F1.7").get("status").asText()).isEqualTo("ON_TRACK");

        JsonNode meetings = Golden.parse(cli("meetings", "list", "--format", "json").out());
        assertThat(meetings).hasSize(2);
        assertThat(meetings.get(0).get("cancelled").asText()).isEqualTo("yes");
    }

    @Test
    void theMeetingsTableDatesThemAsEveryOtherTableDoes() {
        cli("meetings", "add", "--series", "jswmt", "--date", "2025-09-10");

        assertThat(cli("meetings", "list").out()).contains("10/09/2025").doesNotContain("2025-09-10");
        assertThat(cli("meetings", "list", "--format", "csv").out()).contains("2025-09-10");
    }

    @Test
    void statusCanBeLimitedToOneLead() {
        Map<String, JsonNode> rows = new HashMap<>();
        Golden.parse(cli("status", "--lead", "john cooper", "--format", "json").out())
                .forEach(r -> rows.put(r.get("ref").asText(), r));

        assertThat(rows).containsOnlyKeys("F2.2");
    }

    @Test
    void anUnknownLeadIsInvalidDataListingTheLeads() {
        TestApp.Run run = cli("status", "--lead", "Nobody");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(run.err()).contains("There is no lead called \"Nobody\"").contains("Jane Martin")
                .doesNotContain("Nothing was changed");
    }

    @Test
    void badEvidenceIsRejectedNamingEachFieldAndNothingIsSaved() {
        TestApp.Run run = cli("evidence", "add", "--ref", "F1.3", "--date", "2026-01-01", "--note", " ");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(run.err()).contains("Activity date \"01/01/2026\": this is in the future")
                .contains("What: say what the evidence is").contains("Nothing was changed.");
        assertThat(Golden.parse(cli("evidence", "list", "--format", "json").out())).isEmpty();
    }

    @Test
    void aBadRefIsAUsageError() {
        TestApp.Run run = cli("evidence", "add", "--ref", "1.3", "--date", "2025-11-20", "--note", "x");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("'1.3' is not a ref; refs look like F1.3");
    }

    @Test
    void anAttachmentIsKeptWithTheEvidence() throws Exception {
        Path minute = Files.writeString(dir.resolve("minute.pdf"), "%PDF minute");

        cli("evidence", "add", "--ref", "F3.7", "--date", "2025-11-20", "--note", "CCPG", "--attach", minute.toString());

        JsonNode entry = Golden.parse(cli("evidence", "list", "--format", "json").out()).get(0);
        assertThat(entry.get("attachments").get(0).asText()).isEqualTo("minute.pdf");
    }
}
