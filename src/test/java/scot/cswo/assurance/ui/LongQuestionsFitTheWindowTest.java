package scot.cswo.assurance.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.ui.UserSteps.press;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A question with a long message (forty things standing in the way of publishing) scrolls inside a
 * dialog no taller than the main window at 1366×768, so its buttons stay on the screen.
 */
class LongQuestionsFitTheWindowTest extends WindowTest {

    @Test
    void aLongMessageScrollsAndTheButtonsStayInView(FxRobot robot) {
        Stage main = FxToolkit.toolkitContext().getRegisteredStage();
        robot.interact(() -> {
            main.setWidth(1366);
            main.setHeight(768);
        });
        String message = IntStream.rangeClosed(1, 40).mapToObj(i -> "- F" + i + ".1 Oversight of a mechanism: a"
                + " missed period has no reason or no action recorded.").collect(Collectors.joining("\n"));

        Platform.runLater(() -> Alerts.confirm(main, "Not ready to publish", message, "Save as a draft"));
        waitUntil(() -> robot.lookup("#confirm-alert").tryQuery().isPresent());

        Window dialog = robot.lookup("#confirm-alert").queryAs(DialogPane.class).getScene().getWindow();
        assertThat(dialog.getHeight()).isLessThanOrEqualTo(main.getHeight());
        press(robot, "Cancel");
    }
}
