package scot.cswo.assurance.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.ui.UserSteps.choose;
import static scot.cswo.assurance.ui.UserSteps.chooseRow;
import static scot.cswo.assurance.ui.UserSteps.typeInto;
import static scot.cswo.assurance.ui.UserSteps.open;
import static scot.cswo.assurance.ui.UserSteps.pick;
import static scot.cswo.assurance.ui.UserSteps.press;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.tasks.Task;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.evidence.EvidenceEntry;
import scot.cswo.assurance.service.evidence.EvidenceInput;
import scot.cswo.assurance.ui.WindowTest;

/** Jane Martin looks down her tasks and sees, under each, that task's own evidence, several records at a time. */
class TaskEvidenceTest extends WindowTest {

    @Override
    protected void prepare(Workspace workspace) {
        for (int month = 1; month <= 3; month++) {
            workspace.evidence().record(new Ref("F3.7"), new EvidenceInput(LocalDate.of(2025, month, 10),
                    "CCPG attended, meeting " + month, null, null, null, null, List.of()));
        }
        workspace.evidence().record(new Ref("F4.1"), new EvidenceInput(LocalDate.of(2025, 2, 3),
                "Eligibility review noted", null, null, null, null, List.of()));
    }

    @Test
    void choosingAnotherTaskShowsThatTasksEvidence(FxRobot robot) {
        janeMartinsTasks(robot);
        choose(robot, "F3.7");
        waitUntil(() -> notes(robot).size() == 3);
        chooseRow(robot, "#tasks-table", "F4.1");

        waitUntil(() -> notes(robot).equals(List.of("Eligibility review noted")));
    }

    @Test
    void theEvidenceListShowsSeveralRecordsAtOnce(FxRobot robot) {
        janeMartinsTasks(robot);
        choose(robot, "F3.7");
        waitUntil(() -> notes(robot).size() == 3);

        TableView<EvidenceEntry> evidence = robot.lookup("#tasks-evidence").queryTableView();
        double rowHeight = robot.lookup("#tasks-evidence .table-row-cell").queryAs(TableRow.class)
                .getHeight();
        assertThat(evidence.getHeight()).as("room for a header and at least three records")
                .isGreaterThanOrEqualTo(4 * rowHeight);
    }

    @Test
    void afterRecordingEvidenceTheListStillShowsTheChosenTasksEvidence(FxRobot robot) {
        janeMartinsTasks(robot);
        choose(robot, "F3.7");
        waitUntil(() -> notes(robot).size() == 3);
        press(robot, "Record evidence…");
        robot.clickOn("#evidence-note").write("CCPG attended, November");
        press(robot, "Save");
        // F3.7 is now on track and moves down the list; the list under it follows it, not the row now in its place.
        waitUntil(() -> notes(robot).size() == 4);
        assertThat(notes(robot)).contains("CCPG attended, November");
        assertThat(tasks(robot).getSelectionModel().getSelectedItem().rows().getFirst().ref().text()).isEqualTo("F3.7");
    }

    @Test
    void evidenceRecordedOnTheMatrixIsListedUnderTheTaskOnReturning(FxRobot robot) {
        janeMartinsTasks(robot);
        choose(robot, "F3.7");
        waitUntil(() -> notes(robot).size() == 3);
        open(robot, "Matrix");
        chooseRow(robot, "#matrix-table", "F3.7");
        robot.clickOn("#detail-record");
        waitUntil(() -> robot.lookup("#evidence-date").tryQuery().isPresent());
        // An older meeting: the task's status does not change, only its evidence.
        typeInto(robot, "#evidence-date", "06/01/2025");
        robot.clickOn("#evidence-note").write("CCPG attended, January");
        press(robot, "Save");
        open(robot, "My tasks");

        waitUntil(() -> notes(robot).contains("CCPG attended, January"));
    }

    private static void janeMartinsTasks(FxRobot robot) {
        open(robot, "My tasks");
        pick(robot, "#tasks-claim-lead", "Jane Martin");
        press(robot, "This is me");
        waitUntil(() -> !tasks(robot).getItems().isEmpty());
    }

    private static List<String> notes(FxRobot robot) {
        TableView<EvidenceEntry> evidence = robot.lookup("#tasks-evidence").queryTableView();
        return evidence.getItems().stream().map(e -> e.evidence().note()).toList();
    }

    private static TableView<Task> tasks(FxRobot robot) {
        return robot.lookup("#tasks-table").queryTableView();
    }
}
