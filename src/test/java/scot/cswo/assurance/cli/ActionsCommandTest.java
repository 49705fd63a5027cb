package scot.cswo.assurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.app.TestApp;

/** The action tracker from the command line, as a script would use it. */
class ActionsCommandTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);

    @TempDir
    Path dir;

    @Test
    void theAuditScotlandRecommendationsAreListedAsJsonWithTheirStatus() throws Exception {
        TestApp app = new TestApp(dir.resolve("data"), TODAY);
        String db = dir.resolve("assurance.mv.db").toString();
        app.cli("--db", db, "init");

        TestApp.Run added = app.cli("--db", db, "actions", "add-audit-scotland-2016");
        TestApp.Run listed = app.cli("--db", db, "actions", "list", "--format", "json");

        assertThat(added.out()).contains("Added 13 Audit Scotland recommendations");
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        JsonNode actions = new ObjectMapper().readTree(listed.out());
        assertThat(actions).hasSize(13);
        assertThat(actions.get(0).get("source").asText()).isEqualTo("Audit Scotland recommendation");
        assertThat(actions.get(0).get("status").asText()).isEqualTo("Not scheduled");
        assertThat(actions.get(0).get("latestNote").asText()).isEqualTo("24/09/2018");
    }

    @Test
    void addingTheRecommendationsTwiceIsRefusedWithAnExitCodeScriptsCanTest() {
        TestApp app = new TestApp(dir.resolve("data"), TODAY);
        String db = dir.resolve("assurance.mv.db").toString();
        app.cli("--db", db, "init");
        app.cli("--db", db, "actions", "add-audit-scotland-2016");

        TestApp.Run again = app.cli("--db", db, "actions", "add-audit-scotland-2016");

        assertThat(again.exitCode()).isEqualTo(3);
        assertThat(again.err()).contains("already in the tracker");
    }
}
