package scot.cswo.assurance.ui.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.ui.UserSteps.choose;
import static scot.cswo.assurance.ui.UserSteps.open;
import static scot.cswo.assurance.ui.UserSteps.pick;
import static scot.cswo.assurance.ui.UserSteps.press;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import scot.cswo.assurance.domain.history.HistoryEntry;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.tasks.Task;
import scot.cswo.assurance.service.matrix.FrameworkEditor.MechanismInput;
import scot.cswo.assurance.ui.WindowTest;
import scot.cswo.assurance.ui.matrix.MatrixLine;

/** An editor changes who leads a mechanism; the new lead sees it in My tasks and the history shows the change. */
class EditingTheMatrixTest extends WindowTest {

    @Test
    void aNewLeadSeesTheMechanismInMyTasksAndTheHistoryRecordsTheChange(FxRobot robot) {
        open(robot, "My tasks");
        pick(robot, "#tasks-claim-lead", "Diane McCulloch");
        press(robot, "This is me");
        waitUntil(() -> !tasks(robot).getItems().isEmpty());
        assertThat(refsOfMyTasks(robot)).doesNotContain("F1.3");

        open(robot, "Matrix");
        choose(robot, "F1.3");
        press(robot, "Edit…");
        robot.clickOn("#mechanism-leads").push(KeyCode.CONTROL, KeyCode.A).write("Diane McCulloch");
        press(robot, "Save");
        waitUntil(() -> line(robot, "F1.3").row().mechanism().leadNames().equals("Diane McCulloch"));

        open(robot, "My tasks");
        waitUntil(() -> refsOfMyTasks(robot).contains("F1.3"));

        open(robot, "Matrix");
        choose(robot, "F1.3");
        press(robot, "History…");
        waitUntil(() -> !history(robot).getItems().isEmpty());
        assertThat(history(robot).getItems().getFirst()).satisfies(entry -> {
            assertThat(entry.account()).isEqualTo("COUNCIL\\tester");
            assertThat(entry.field()).isEqualTo("leads");
            assertThat(entry.oldValue()).isEqualTo("Jane Martin");
            assertThat(entry.newValue()).isEqualTo("Diane McCulloch");
        });
    }

    @Test
    void aSaveAfterSomeoneElseChangedTheMechanismIsRefusedAndOffersTheLatestVersion(FxRobot robot) {
        choose(robot, "F1.3");
        press(robot, "Edit…");
        Mechanism now = fixture.workspace().matrix().matrix().row(new Ref("F1.3")).orElseThrow().mechanism();
        fixture.workspace().editor().editMechanism(fixture.workspace().matrix().matrix().framework().id(), now.id(),
                now.version(), new MechanismInput("IJB membership", "Jane Martin", "2 monthly", null));
        robot.clickOn("#mechanism-description").push(KeyCode.CONTROL, KeyCode.A).write("Membership of the IJB");
        press(robot, "Save");

        waitUntil(() -> robot.lookup(".field-message").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().contains("was changed by COUNCIL\\tester at 12:00")));
        robot.clickOn("#form-reload");
        waitUntil(() -> line(robot, "F1.3").row().mechanism().description().equals("IJB membership"));
        assertThat(robot.lookup("#mechanism-dialog").tryQuery()).isEmpty();
    }

    @Test
    void aFrequencyTheAppDoesNotKnowIsExplainedBesideTheField(FxRobot robot) {
        choose(robot, "F1.5");
        press(robot, "Edit…");
        robot.clickOn("#mechanism-frequency").push(KeyCode.CONTROL, KeyCode.A).write("Termly");
        press(robot, "Save");

        waitUntil(() -> robot.lookup(".field-message").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().startsWith("Not a frequency the app knows. Use one of:")));
        press(robot, "Cancel");
        press(robot, "Discard");
        assertThat(line(robot, "F1.5").row().mechanism().frequency().wording()).isEqualTo("Quarterly");
    }

    private static TableView<Task> tasks(FxRobot robot) {
        return robot.lookup("#tasks-table").queryTableView();
    }

    private static List<String> refsOfMyTasks(FxRobot robot) {
        return tasks(robot).getItems().stream().flatMap(t -> t.rows().stream()).map(r -> r.ref().text()).toList();
    }

    private static MatrixLine line(FxRobot robot, String ref) {
        TableView<MatrixLine> table = robot.lookup("#matrix-table").queryTableView();
        return table.getItems().stream().filter(l -> l.row().ref().text().equals(ref)).findFirst().orElseThrow();
    }

    private static TableView<HistoryEntry> history(FxRobot robot) {
        return robot.lookup("#history-table").queryTableView();
    }
}
