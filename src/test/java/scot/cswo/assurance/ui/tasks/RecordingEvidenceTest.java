package scot.cswo.assurance.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.ui.UserSteps.choose;
import static scot.cswo.assurance.ui.UserSteps.open;
import static scot.cswo.assurance.ui.UserSteps.pick;
import static scot.cswo.assurance.ui.UserSteps.press;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.domain.tasks.Task;
import scot.cswo.assurance.ui.WindowTest;
import scot.cswo.assurance.ui.matrix.MatrixLine;

/** A lead records evidence from My tasks and sees the status change in the matrix and the dashboard. */
class RecordingEvidenceTest extends WindowTest {

    @Test
    void recordingEvidenceFromMyTasksPutsTheMechanismOnTrackEverywhere(FxRobot robot) {
        open(robot, "Dashboard");
        int overdueBefore = overdueTile(robot);
        open(robot, "Matrix");
        assertThat(status(robot, "F1.3")).isEqualTo(Status.OVERDUE);

        recordEvidenceOnIjbMembershipAsJaneMartin(robot);
        robot.clickOn("#evidence-note").write("IJB meeting attended; social work items discussed");
        robot.clickOn("#evidence-reference").write("IJB minute 19/11/2025");
        press(robot, "Save");
        waitUntil(() -> task(robot, "F1.3, F10.1").map(t -> t.status().status() == Status.ON_TRACK).orElse(false));

        open(robot, "Matrix");
        waitUntil(() -> status(robot, "F1.3") == Status.ON_TRACK);
        assertThat(status(robot, "F10.1")).isEqualTo(Status.ON_TRACK);
        open(robot, "Dashboard");
        waitUntil(() -> overdueTile(robot) == overdueBefore - 2);
        assertThat(fixture.workspace().evidence().list(Optional.empty(), false)).singleElement()
                .satisfies(e -> assertThat(e.evidence().reference()).isEqualTo("IJB minute 19/11/2025"));
    }

    @Test
    void tabLeavesTheWhatBoxForTheNextFieldAsInAnyWindowsForm(FxRobot robot) {
        recordEvidenceOnIjbMembershipAsJaneMartin(robot);
        robot.clickOn("#evidence-note").write("IJB meeting attended");
        robot.type(KeyCode.TAB).write("IJB minute 19/11/2025");

        assertThat(robot.lookup("#evidence-note").queryTextInputControl().getText()).isEqualTo("IJB meeting attended");
        assertThat(robot.lookup("#evidence-reference").queryTextInputControl().getText())
                .isEqualTo("IJB minute 19/11/2025");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        waitUntil(() -> robot.lookup("#evidence-note").query().isFocused());
        press(robot, "Cancel");
        // What was typed is not saved: the form asks first.
        press(robot, "Discard");
    }

    /**
     * The form opens on today's date in its first field, the field focused with its text selected, so
     * a date typed at once replaces it ("15/9/25", not "15/9/2522/11/2025"). The test waits, on the
     * window's thread, for the form's own focus and selection before typing: the form gives them once
     * its window has the focus, after the robot's "Record evidence…" press has returned. (Today is
     * 22/11/2025 here, so the date typed is in 2025: a later one would be refused as in the future.)
     */
    @Test
    void aDateTypedAsTheFormOpensReplacesTheDateOffered(FxRobot robot) {
        recordEvidenceOnIjbMembershipAsJaneMartin(robot);
        DatePicker date = robot.lookup("#evidence-date").queryAs(DatePicker.class);
        waitUntil(() -> onTheWindowsThread(() -> date.getEditor().isFocused() && !date.getEditor().getText().isEmpty()
                && date.getEditor().getSelectedText().equals(date.getEditor().getText())));
        // The robot types into the window it last acted on (the main window, whose button opened the form):
        // it is pointed at the form first, which is why typing at once went astray before.
        robot.targetWindow(date.getScene().getWindow()).write("15/9/25");
        robot.clickOn("#evidence-note").write("IJB meeting attended");
        press(robot, "Save");

        waitUntil(() -> !fixture.workspace().evidence().list(Optional.empty(), false).isEmpty());
        assertThat(fixture.workspace().evidence().list(Optional.empty(), false)).singleElement()
                .satisfies(e -> assertThat(DateFormats.display(e.evidence().date())).isEqualTo("15/09/2025"));
    }

    @Test
    void evidenceWithoutSayingWhatItWasIsNotSavedAndTheFormSaysWhy(FxRobot robot) {
        open(robot, "My tasks");
        pick(robot, "#tasks-claim-lead", "Kathryn Sharp");
        press(robot, "This is me");
        waitUntil(() -> !tasks(robot).getItems().isEmpty());
        robot.clickOn(robot.lookup("#tasks-table .table-row-cell").nth(0).<Node>query());
        press(robot, "Record evidence…");
        press(robot, "Save");

        waitUntil(() -> robot.lookup(".field-message").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().startsWith("Say what the evidence is")));
        assertThat(robot.lookup("#evidence-dialog").tryQuery()).isPresent();
        press(robot, "Cancel");
        assertThat(fixture.workspace().evidence().list(Optional.empty(), true)).isEmpty();
    }

    /** Jane Martin says who she is on My tasks and opens Record evidence on her IJB membership (F1.3, F10.1). */
    private static void recordEvidenceOnIjbMembershipAsJaneMartin(FxRobot robot) {
        open(robot, "My tasks");
        pick(robot, "#tasks-claim-lead", "Jane Martin");
        press(robot, "This is me");
        waitUntil(() -> !tasks(robot).getItems().isEmpty());
        choose(robot, "F1.3, F10.1");
        press(robot, "Record evidence…");
    }

    private static boolean onTheWindowsThread(Callable<Boolean> condition) {
        try {
            return WaitForAsyncUtils.asyncFx(condition).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TableView<Task> tasks(FxRobot robot) {
        return robot.lookup("#tasks-table").queryTableView();
    }

    private static Optional<Task> task(FxRobot robot, String refs) {
        return tasks(robot).getItems().stream().filter(t -> String.join(", ", t.rows().stream()
                .map(r -> r.ref().text()).toList()).equals(refs)).findFirst();
    }

    private static Status status(FxRobot robot, String ref) {
        TableView<MatrixLine> table = robot.lookup("#matrix-table").queryTableView();
        return table.getItems().stream().filter(l -> l.row().ref().text().equals(ref)).findFirst().orElseThrow()
                .status().status();
    }

    private static int overdueTile(FxRobot robot) {
        Label number = robot.lookup("#tile-overdue .tile-number").queryAs(Label.class);
        return Integer.parseInt(number.getText());
    }
}
