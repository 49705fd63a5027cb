package scot.cswo.assurance.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.ui.UserSteps.choose;
import static scot.cswo.assurance.ui.UserSteps.open;
import static scot.cswo.assurance.ui.UserSteps.pick;
import static scot.cswo.assurance.ui.UserSteps.press;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import java.util.Optional;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Text copied out of older systems can carry control characters (C1 ones such as U+009B, which
 * JavaFX itself keeps); pasted into any field, they are dropped before anything is saved.
 */
class PastingIntoFieldsTest extends WindowTest {

    private static void paste(FxRobot robot, String query, String text) {
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        robot.clickOn(field);
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
            field.paste();
        });
    }

    @Test
    void controlCharactersPastedIntoAFormAreDroppedAndNeverSaved(FxRobot robot) {
        open(robot, "My tasks");
        pick(robot, "#tasks-claim-lead", "Jane Martin");
        press(robot, "This is me");
        waitUntil(() -> !robot.lookup("#tasks-table").<TableView<?>>query().getItems().isEmpty());
        choose(robot, "F1.3, F10.1");
        press(robot, "Record evidence…");

        paste(robot, "#evidence-note", "IJB\u009b31m meeting\u0085 attended\u001b[0m\nItems discussed");
        paste(robot, "#evidence-reference", "Minute\u0090 19/11/2025");

        assertThat(robot.lookup("#evidence-note").queryAs(TextInputControl.class).getText())
                .isEqualTo("IJB31m meeting attended[0m\nItems discussed");
        press(robot, "Save");
        waitUntil(() -> !fixture.workspace().evidence().list(Optional.empty(), false).isEmpty());
        assertThat(fixture.workspace().evidence().list(Optional.empty(), false)).singleElement().satisfies(e -> {
            assertThat(e.evidence().note()).isEqualTo("IJB31m meeting attended[0m\nItems discussed");
            assertThat(e.evidence().reference()).isEqualTo("Minute 19/11/2025");
        });
    }
}
