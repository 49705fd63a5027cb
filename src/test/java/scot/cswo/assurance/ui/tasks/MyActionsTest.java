package scot.cswo.assurance.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.ui.UserSteps.open;
import static scot.cswo.assurance.ui.UserSteps.pick;
import static scot.cswo.assurance.ui.UserSteps.press;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import javafx.scene.Node;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import scot.cswo.assurance.domain.action.ActionProgress;
import scot.cswo.assurance.domain.action.ActionSource;
import scot.cswo.assurance.domain.action.ImprovementAction;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.action.ActionService.ActionLine;
import scot.cswo.assurance.ui.UiFixture;
import scot.cswo.assurance.ui.WindowTest;

/** A lead sees the improvement actions they lead in My tasks, overdue ones first, in the matrix's words. */
class MyActionsTest extends WindowTest {

    @Override
    protected void prepare(Workspace workspace) {
        workspace.actions().add(new ImprovementAction("Agree the eligibility framework review with COSLA",
                ActionSource.AUDIT_SCOTLAND, "Jane Martin", UiFixture.TODAY.plusMonths(2),
                ActionProgress.ON_TRACK), "Recommendation 12");
        workspace.actions().add(new ImprovementAction("Publish the annual report on the council website",
                ActionSource.OTHER, "Jane Martin", UiFixture.TODAY.minusDays(3), ActionProgress.AT_RISK), "");
        workspace.actions().add(new ImprovementAction("Benchmark services with the Core Cities Network",
                ActionSource.AUDIT_SCOTLAND, "Kathryn Sharp", UiFixture.TODAY.minusDays(3),
                ActionProgress.NOT_STARTED), "Recommendation 13");
    }

    @Test
    void aLeadSeesTheirOwnOpenActionsWithTheOverdueOneFirst(FxRobot robot) {
        open(robot, "My tasks");
        pick(robot, "#tasks-claim-lead", "Jane Martin");
        press(robot, "This is me");
        TableView<ActionLine> actions = robot.lookup("#tasks-actions").queryTableView();
        waitUntil(() -> actions.getItems().size() == 2);

        assertThat(actions.getItems()).extracting(l -> l.tracked().action().title()).containsExactly(
                "Publish the annual report on the council website", "Agree the eligibility framework review with COSLA");
        assertThat(actions.getItems()).extracting(ActionLine::status).containsExactly(Status.OVERDUE, Status.ON_TRACK);
        assertThat(robot.lookup("#tasks-actions .table-cell").<Node>queryAll().stream().map(Node::getAccessibleText))
                .as("the status is said in words, as in the matrix").contains("Overdue", "On track");
    }
}
