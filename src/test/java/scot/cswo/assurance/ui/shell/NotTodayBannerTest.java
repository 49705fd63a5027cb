package scot.cswo.assurance.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.ui.UserSteps.open;
import static scot.cswo.assurance.ui.UserSteps.press;
import static scot.cswo.assurance.ui.UserSteps.typeInto;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import scot.cswo.assurance.ui.UiFixture;
import scot.cswo.assurance.ui.WindowTest;

/**
 * Whenever the window shows another date than today, a banner over every screen says so and takes the
 * user back to today in one click.
 */
class NotTodayBannerTest extends WindowTest {

    @Test
    void onTodayThereIsNoBanner(FxRobot robot) {
        open(robot, "Matrix");

        assertThat(banner(robot).isVisible()).isFalse();
    }

    @Test
    void anotherDateIsNamedAboveEveryScreen(FxRobot robot) {
        open(robot, "Matrix");
        typeInto(robot, "#matrix-as-of", "1/3/26");
        robot.push(KeyCode.ENTER);

        waitUntil(() -> banner(robot).isVisible());
        assertThat(robot.lookup("#not-today-notice").queryAs(Label.class).getText())
                .isEqualTo("Showing 01/03/2026, not today");
        for (String screen : new String[] {"My tasks", "Dashboard", "Meetings", "Report", "Dataset", "Actions"}) {
            open(robot, screen);
            assertThat(banner(robot).isVisible()).as(screen).isTrue();
        }
    }

    @Test
    void backToTodayShowsTodayAgainAndTheBannerGoes(FxRobot robot) {
        open(robot, "Dashboard");
        typeInto(robot, "#dashboard-as-of", "1/3/26");
        robot.push(KeyCode.ENTER);
        waitUntil(() -> banner(robot).isVisible());

        press(robot, "Back to today");

        waitUntil(() -> !banner(robot).isVisible());
        assertThat(robot.lookup("#dashboard-as-of").queryAs(DatePicker.class).getValue()).isEqualTo(UiFixture.TODAY);
        open(robot, "Matrix");
        assertThat(robot.lookup("#matrix-as-of").queryAs(DatePicker.class).getValue()).isEqualTo(UiFixture.TODAY);
    }

    private static Node banner(FxRobot robot) {
        return robot.lookup("#not-today").query();
    }
}
