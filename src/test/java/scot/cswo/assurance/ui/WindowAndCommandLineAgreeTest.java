package scot.cswo.assurance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.domain.frequency.MeetingSeries;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.evidence.EvidenceInput;
import scot.cswo.assurance.testing.Golden;
import scot.cswo.assurance.ui.matrix.MatrixLine;

/** The command line's status command and the window's matrix show the same statuses for the same date. */
@ExtendWith(ApplicationExtension.class)
class WindowAndCommandLineAgreeTest {
    @TempDir
    static Path dir;
    private UiFixture fixture;
    private Path folder;

    @Start
    void start(Stage stage) {
        folder = dir.resolve(Long.toString(System.nanoTime()));
        fixture = new UiFixture(folder, stage, WindowAndCommandLineAgreeTest::someEvidenceAndMeetings);
    }

    private static void someEvidenceAndMeetings(Workspace workspace) {
        Random random = new Random(11);
        List<MatrixRow> rows = workspace.matrix().matrix().rows();
        for (int i = 0; i < 60; i++) {
            MatrixRow row = rows.get(random.nextInt(rows.size()));
            workspace.evidence().record(row.ref(), new EvidenceInput(LocalDate.of(2025, 4, 1).plusDays(random.nextInt(230)),
                    "Evidence " + i, null, null, null, null, List.of()));
        }
        workspace.meetings().add(MeetingSeries.JSWMT, LocalDate.of(2025, 9, 10));
        workspace.meetings().add(MeetingSeries.JSWMT, LocalDate.of(2025, 12, 10));
        workspace.meetings().add(MeetingSeries.COMMITTEE, LocalDate.of(2025, 10, 28));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theMatrixScreenAndTheStatusCommandAgreeOnEveryRow(FxRobot robot) {
        TableView<MatrixLine> table = robot.lookup("#matrix-table").queryTableView();
        UserSteps.waitUntil(() -> table.getItems().size() == 49);
        Map<String, String> window = new HashMap<>();
        robot.interact(() -> table.getItems().forEach(l -> window.put(l.row().ref().text(), l.status().status().name()
                + " " + l.status().reason())));
        fixture.close();

        TestApp.Run cli = new TestApp(folder.resolve("data"), UiFixture.TODAY).cli("--db",
                folder.resolve("assurance.mv.db").toString(), "status", "--as-of", "2025-11-22", "--format", "json");
        Map<String, String> commandLine = new HashMap<>();
        Golden.parse(cli.out()).forEach(r -> commandLine.put(r.get("ref").asText(), r.get("status").asText() + " "
                + r.get("reason").asText()));

        assertThat(commandLine).hasSize(49).isEqualTo(window);
        assertThat(window.values()).anyMatch(s -> s.startsWith("ON_TRACK")).anyMatch(s -> s.startsWith("OVERDUE"));
    }
}
