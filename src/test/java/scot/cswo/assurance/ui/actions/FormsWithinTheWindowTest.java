package scot.cswo.assurance.ui.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.ui.UserSteps.chooseRow;
import static scot.cswo.assurance.ui.UserSteps.open;
import static scot.cswo.assurance.ui.UserSteps.press;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import scot.cswo.assurance.domain.action.ActionProgress;
import scot.cswo.assurance.domain.action.ActionSource;
import scot.cswo.assurance.domain.action.ImprovementAction;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.ui.UiFixture;
import scot.cswo.assurance.ui.WindowTest;

/**
 * A form is sized to its content within the main window, however long what it is about: the Edit
 * action form for an action with a long title was 1510 px wide, wider than the window (issue 18, point 4).
 */
class FormsWithinTheWindowTest extends WindowTest {
    private static final String LONG_TITLE = "Put right F4.1 'Multi-agency public protection arrangements (MAPPA)"
            + " strategic oversight group minutes and annual report', overdue since the quarter ended: agree with"
            + " the MAPPA co-ordinator who records the evidence, when, and how the office hears that it is done";

    @Override
    protected void prepare(Workspace workspace) {
        workspace.actions().add(new ImprovementAction(LONG_TITLE, ActionSource.MATRIX_EXCEPTION, "Glyn Lloyd",
                UiFixture.TODAY.plusDays(30), ActionProgress.ON_TRACK), "");
    }

    @Test
    void theEditActionFormForALongTitleIsNoWiderThanTheMainWindowAndShowsTheTitleWhole(FxRobot robot) {
        open(robot, "Actions");
        chooseRow(robot, "#actions-table", LONG_TITLE);
        Window main = robot.lookup("#actions-table").query().getScene().getWindow();

        press(robot, "Edit…");
        waitUntil(() -> robot.lookup("#action-dialog").tryQuery().isPresent());

        Window form = robot.lookup("#action-dialog").query().getScene().getWindow();
        assertThat(form.getWidth()).isLessThanOrEqualTo(main.getWidth());
        assertThat(form.getHeight()).isLessThanOrEqualTo(main.getHeight());
        press(robot, "Cancel");
    }
}
