package scot.cswo.assurance.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import scot.cswo.assurance.ui.WindowTest;

/**
 * The main window opens in the app's look (decision record 0029), and its text size is the user's
 * choice in View &gt; Text size, kept for next time.
 */
class LookOfTheWindowTest extends WindowTest {

    @Test
    void theWindowOpensInPrimerLightWithTheAppsOwnSheetOverIt(FxRobot robot) {
        var sheets = robot.lookup(".menu-bar").query().getScene().getStylesheets();

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheetBSS());
        assertThat(sheets).anyMatch(sheet -> sheet.endsWith("look-light.css"));
        assertThat(sheets.getLast()).endsWith("cswo.css");
    }

    @Test
    void choosing150PercentMakesTheWindowsTextHalfAsLargeAgain(FxRobot robot) {
        double normal = statusBarText(robot);

        textSize(robot, "text-size-150");

        // Sizes are rounded to a tenth of a pixel.
        assertThat(statusBarText(robot) / normal).isCloseTo(1.5, within(0.01));
    }

    @Test
    void theChosenTextSizeIsKeptForNextTime(FxRobot robot) {
        textSize(robot, "text-size-175");

        assertThat(WindowGeometry.textScale(fixture.windowState())).isEqualTo(1.75);
    }

    private static double statusBarText(FxRobot robot) {
        return robot.lookup(".status-bar .label").queryAs(Label.class).getFont().getSize();
    }

    private static void textSize(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem size = bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(Menu.class::isInstance).flatMap(menu -> ((Menu) menu).getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
        robot.interact(size::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
