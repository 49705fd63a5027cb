package scot.cswo.assurance.ui.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static scot.cswo.assurance.ui.UserSteps.chooseRow;
import static scot.cswo.assurance.ui.UserSteps.open;
import static scot.cswo.assurance.ui.UserSteps.pick;
import static scot.cswo.assurance.ui.UserSteps.press;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import scot.cswo.assurance.domain.action.ActionNote;
import scot.cswo.assurance.domain.action.ActionProgress;
import scot.cswo.assurance.domain.action.ActionSource;
import scot.cswo.assurance.domain.action.ImprovementAction;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.action.ActionService.ActionLine;
import scot.cswo.assurance.ui.UiFixture;
import scot.cswo.assurance.ui.WindowTest;

/** The office keeps the action tracker: adds an action, records progress, and closes it. */
class TrackingActionsTest extends WindowTest {
    private static final String ACTION = "Agree a caseload weighting tool with team managers";

    @Override
    protected void prepare(Workspace workspace) {
        workspace.actions().add(new ImprovementAction("Review the use of agency staff", ActionSource.STAFF_HEALTH_CHECK,
                "Glyn Lloyd", UiFixture.TODAY.minusDays(3), ActionProgress.AT_RISK), "");
    }

    private static TableView<ActionLine> table(FxRobot robot) {
        return robot.lookup("#actions-table").queryTableView();
    }

    @Test
    void anActionPastItsTargetDateIsListedAsOverdue(FxRobot robot) {
        open(robot, "Actions");

        waitUntil(() -> table(robot).getItems().size() == 1);
        assertThat(table(robot).getItems().getFirst().status()).isEqualTo(Status.OVERDUE);
        assertThat(robot.lookup(".status-overdue").queryAs(Label.class).getText()).isEqualTo("Overdue");
    }

    @Test
    void anAddedActionGetsAProgressNoteAndIsClosedWhenComplete(FxRobot robot) {
        open(robot, "Actions");
        waitUntil(() -> table(robot).getItems().size() == 1);

        press(robot, "Add action…");
        robot.clickOn("#action-title").write(ACTION);
        pick(robot, "#action-source", "Staff health check");
        robot.clickOn("#action-lead").write("Glyn Lloyd");
        press(robot, "Save");
        waitUntil(() -> table(robot).getItems().size() == 2);

        chooseRow(robot, "#actions-table", ACTION);
        press(robot, "Add progress note…");
        robot.clickOn("#action-note-text").write("Tool drafted; team managers consulted.");
        robot.clickOn("#action-note-evidence").write("Team managers' meeting, 20/11/2025");
        press(robot, "Save note");
        TableView<ActionNote> notes = robot.lookup("#actions-notes").queryTableView();
        waitUntil(() -> notes.getItems().size() == 1);

        press(robot, "Edit…");
        pick(robot, "#action-progress", "Complete");
        press(robot, "Save");
        waitUntil(() -> fixture.workspace().actions().lines().stream().anyMatch(l ->
                l.tracked().action().title().equals(ACTION) && l.status() == Status.COMPLETE));

        assertThat(fixture.workspace().actions().lines()).filteredOn(l -> l.tracked().action().title().equals(ACTION))
                .singleElement().satisfies(l -> {
                    assertThat(l.status()).isEqualTo(Status.COMPLETE);
                    assertThat(l.tracked().action().lead()).isEqualTo("Glyn Lloyd");
                    assertThat(l.tracked().notes()).extracting(ActionNote::text, ActionNote::evidence)
                            .containsExactly(tuple("Tool drafted; team managers consulted.",
                                    "Team managers' meeting, 20/11/2025"));
                });
    }

    @Test
    void anActionWithoutADescriptionIsExplainedBesideTheField(FxRobot robot) {
        open(robot, "Actions");
        waitUntil(() -> table(robot).getItems().size() == 1);

        press(robot, "Add action…");
        press(robot, "Save");

        waitUntil(() -> robot.lookup(".field-message").match(Node::isVisible).tryQuery().isPresent());
        assertThat(robot.lookup(".field-message").match(Node::isVisible).queryAs(Label.class).getText())
                .isEqualTo("An action needs a description.");
        assertThat(fixture.workspace().actions().list()).hasSize(1);
    }
}
