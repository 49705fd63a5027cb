package scot.cswo.assurance.ui.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.ui.UserSteps.choose;

import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import scot.cswo.assurance.service.access.Identity;
import scot.cswo.assurance.ui.WindowTest;

/** Someone with no role and no lead reads everything but is not offered changes (the services refuse them too). */
class AViewerOnScreenTest extends WindowTest {

    @Override
    protected Identity signedInAs() {
        return new Identity("COUNCIL\\visitor");
    }

    @Test
    void aViewerMayReadTheHistoryButNotEditOrRecord(FxRobot robot) {
        choose(robot, "F1.3");

        assertThat(robot.lookup("#detail-history").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#detail-edit").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#detail-more").queryAs(MenuButton.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#detail-record").queryAs(Button.class).isDisabled()).isTrue();
    }
}
