package scot.cswo.assurance.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.ui.UserSteps.choose;
import static scot.cswo.assurance.ui.UserSteps.open;
import static scot.cswo.assurance.ui.UserSteps.pick;
import static scot.cswo.assurance.ui.UserSteps.press;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import scot.cswo.assurance.domain.matrix.Lead;

/**
 * Every form behaves like a Windows form (issue 18, point 4), shown on the Record evidence form, which is
 * a FormDialog like every other form: the cursor starts in the first field, a message goes once its field
 * is put right, closing with changes asks first, and the buttons are in Windows' order.
 */
class FormsLikeWindowsFormsTest extends WindowTest {

    @Test
    void aFormOpensWithTheCursorInItsFirstField(FxRobot robot) {
        recordEvidence(robot);

        waitUntil(() -> robot.lookup("#evidence-date").query().isFocused());
        press(robot, "Cancel");
    }

    @Test
    void aMessageGoesAsSoonAsItsFieldIsPutRight(FxRobot robot) {
        recordEvidence(robot);
        press(robot, "Save");
        waitUntil(() -> message(robot).isPresent());

        robot.clickOn("#evidence-note").write("IJB meeting attended");

        waitUntil(() -> message(robot).isEmpty());
        assertThat(robot.lookup("#evidence-dialog").tryQuery()).isPresent();
        discard(robot);
    }

    @Test
    void escOnAFormWithChangesAsksAndKeepEditingKeepsWhatWasTyped(FxRobot robot) {
        recordEvidence(robot);
        robot.clickOn("#evidence-note").write("IJB meeting attended");

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#confirm-alert").tryQuery().isPresent());
        assertThat(robot.lookup("#confirm-alert").queryAs(DialogPane.class).getScene().getWindow())
                .extracting(w -> ((javafx.stage.Stage) w).getTitle()).isEqualTo("Discard your changes?");
        press(robot, "Keep editing");

        waitUntil(() -> robot.lookup("#confirm-alert").tryQuery().isEmpty());
        assertThat(robot.lookup("#evidence-note").queryTextInputControl().getText()).isEqualTo("IJB meeting attended");
        discard(robot);
    }

    @Test
    void discardingClosesTheFormAndSavesNothing(FxRobot robot) {
        recordEvidence(robot);
        robot.clickOn("#evidence-note").write("IJB meeting attended");

        robot.type(KeyCode.ESCAPE);
        press(robot, "Discard");

        waitUntil(() -> robot.lookup("#evidence-dialog").tryQuery().isEmpty());
        assertThat(fixture.workspace().evidence().list(Optional.empty(), true)).isEmpty();
    }

    @Test
    void closingTheWindowOfAFormWithChangesAsksToo(FxRobot robot) {
        recordEvidence(robot);
        robot.clickOn("#evidence-reference").write("IJB minute 19/11/2025");
        Window form = robot.lookup("#evidence-dialog").query().getScene().getWindow();

        // The window's Close button (X): the operating system asks the window to close.
        Platform.runLater(() -> form.fireEvent(new WindowEvent(form, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();

        waitUntil(() -> robot.lookup("#confirm-alert").tryQuery().isPresent());
        press(robot, "Keep editing");
        assertThat(robot.lookup("#evidence-dialog").tryQuery()).isPresent();
        discard(robot);
    }

    @Test
    void escOnAFormWithoutChangesClosesItAtOnce(FxRobot robot) {
        recordEvidence(robot);

        robot.type(KeyCode.ESCAPE);

        waitUntil(() -> robot.lookup("#evidence-dialog").tryQuery().isEmpty());
        assertThat(robot.lookup("#confirm-alert").tryQuery()).isEmpty();
    }

    @Test
    void promptsGoOnceAFieldHasText(FxRobot robot) {
        recordEvidence(robot);
        assertThat(promptShown(robot, Messages.get("evidence.note.prompt"))).isTrue();

        robot.clickOn("#evidence-note").write("IJB meeting attended");
        robot.clickOn("#evidence-provided-by").write("Jane Martin");

        waitUntil(() -> !promptShown(robot, Messages.get("evidence.note.prompt")));
        assertThat(promptShown(robot, Messages.get("evidence.providedBy.prompt"))).isFalse();
        discard(robot);
    }

    @Test
    void ctrlTabTypesATabIntoABoxOfSeveralLines(FxRobot robot) {
        recordEvidence(robot);
        robot.clickOn("#evidence-note").write("Minute");

        robot.push(KeyCode.CONTROL, KeyCode.TAB).write("19/11");

        assertThat(robot.lookup("#evidence-note").queryTextInputControl().getText()).isEqualTo("Minute\t19/11");
        assertThat(robot.lookup("#evidence-note").query().isFocused()).isTrue();
        discard(robot);
    }

    @Test
    void theActionComesBeforeCancelOnTheRight(FxRobot robot) {
        recordEvidence(robot);

        assertThat(x(robot, "Save")).isLessThan(x(robot, "Cancel"));
        robot.clickOn("#evidence-note").write("IJB meeting attended");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#confirm-alert").tryQuery().isPresent());
        assertThat(x(robot, "Discard")).isLessThan(x(robot, "Keep editing"));
        press(robot, "Discard");
    }

    @Test
    void typingInADropDownListJumpsToTheFirstNameThatStartsSo(FxRobot robot) {
        open(robot, "My tasks");
        ComboBox<Lead> who = robot.lookup("#tasks-claim-lead").queryComboBox();
        waitUntil(() -> !who.getItems().isEmpty());
        robot.interact(who::requestFocus);

        robot.write("kath");
        waitUntil(() -> who.getValue() != null && who.getValue().name().equals("Kathryn Sharp"));

        robot.sleep(1100);
        robot.write("j");
        waitUntil(() -> who.getValue().name().startsWith("J"));
    }

    @Test
    void theQuarterlyPackAsksWithoutAStockQuestionMarkAndItsActionFirst(FxRobot robot) {
        UserSteps.menu(robot, "menu-file-qbr");
        waitUntil(() -> robot.lookup("#qbr-dialog").tryQuery().isPresent());

        DialogPane pane = robot.lookup("#qbr-dialog").queryAs(DialogPane.class);
        assertThat(pane.getGraphic()).isNull();
        assertThat(x(robot, "Write the pack…")).isLessThan(x(robot, "Cancel"));
        press(robot, "Cancel");
    }

    private static void recordEvidence(FxRobot robot) {
        open(robot, "My tasks");
        pick(robot, "#tasks-claim-lead", "Jane Martin");
        press(robot, "This is me");
        choose(robot, "F1.3, F10.1");
        press(robot, "Record evidence…");
        waitUntil(() -> robot.lookup("#evidence-dialog").tryQuery().isPresent());
    }

    /** Leaves the form, throwing away what was typed, so the window closes cleanly after the test. */
    private static void discard(FxRobot robot) {
        robot.type(KeyCode.ESCAPE);
        press(robot, "Discard");
        waitUntil(() -> robot.lookup("#evidence-dialog").tryQuery().isEmpty());
    }

    private static Optional<String> message(FxRobot robot) {
        return robot.lookup(".field-message").queryAllAs(Label.class).stream()
                .filter(l -> l.isVisible() && l.getText().startsWith("Say what the evidence is"))
                .map(Label::getText).findFirst();
    }

    /** Whether a field's grey prompt is on screen (JavaFX draws it as a Text node inside the field). */
    private static boolean promptShown(FxRobot robot, String prompt) {
        return robot.lookup((Node n) -> n instanceof Text t && prompt.equals(t.getText()) && t.isVisible()
                && t.getParent() != null && t.getParent().isVisible()).tryQuery().isPresent();
    }

    private static double x(FxRobot robot, String label) {
        Button button = robot.lookup(".button").match((Node n) -> n instanceof Button b && b.isVisible()
                && label.equals(b.getText().replace("_", ""))).queryButton();
        return button.localToScreen(button.getBoundsInLocal()).getMinX();
    }
}
