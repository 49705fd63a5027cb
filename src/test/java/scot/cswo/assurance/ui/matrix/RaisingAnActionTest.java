package scot.cswo.assurance.ui.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.ui.UserSteps.choose;
import static scot.cswo.assurance.ui.UserSteps.open;
import static scot.cswo.assurance.ui.UserSteps.pick;
import static scot.cswo.assurance.ui.UserSteps.press;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import scot.cswo.assurance.domain.action.ActionSource;
import scot.cswo.assurance.service.action.ActionService.ActionLine;
import scot.cswo.assurance.ui.WindowTest;

/** From an overdue row, one click raises an improvement action that its lead then sees in My tasks. */
class RaisingAnActionTest extends WindowTest {

    @Test
    void oneClickOnAnOverdueRowPutsAnActionInItsLeadsMyTasks(FxRobot robot) {
        open(robot, "Matrix");
        choose(robot, "F1.3");
        press(robot, "Raise an action");
        waitUntil(() -> robot.lookup("#done-alert").tryQuery().isPresent());
        press(robot, "OK");

        assertThat(fixture.workspace().actions().list()).singleElement().satisfies(a -> {
            assertThat(a.sourceRef()).isEqualTo("F1.3");
            assertThat(a.action().source()).isEqualTo(ActionSource.MATRIX_EXCEPTION);
            assertThat(a.action().lead()).isEqualTo("Jane Martin");
        });
        open(robot, "My tasks");
        pick(robot, "#tasks-claim-lead", "Jane Martin");
        press(robot, "This is me");
        TableView<ActionLine> actions = robot.lookup("#tasks-actions").queryTableView();
        waitUntil(() -> actions.getItems().size() == 1);
    }

    @Test
    void raisingASecondTimeOpensTheActionAlreadyOpenToUpdateIt(FxRobot robot) {
        open(robot, "Matrix");
        choose(robot, "F1.3");
        press(robot, "Raise an action");
        waitUntil(() -> robot.lookup("#done-alert").tryQuery().isPresent());
        press(robot, "OK");
        waitUntil(() -> fixture.workspace().actions().list().size() == 1);

        choose(robot, "F1.3");
        press(robot, "Raise an action");

        waitUntil(() -> robot.lookup("#action-dialog").tryQuery().isPresent());
        TextArea title = robot.lookup("#action-title").queryAs(TextArea.class);
        assertThat(title.getText()).startsWith("Restore assurance for F1.3");
        assertThat(robot.lookup("#error-alert").tryQuery()).isEmpty();
        press(robot, "Cancel");
        assertThat(fixture.workspace().actions().list()).hasSize(1);
    }

    @Test
    void aRowThatIsNotOverdueOffersNoAction(FxRobot robot) {
        open(robot, "Matrix");
        choose(robot, "F1.1");

        assertThat(robot.lookup("#detail-raise-action").queryAs(Button.class).isDisabled()).isTrue();
    }
}
