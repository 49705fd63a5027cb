package scot.cswo.assurance.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.ui.UserSteps.open;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import java.util.Map;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import scot.cswo.assurance.domain.action.ActionProgress;
import scot.cswo.assurance.domain.action.ActionSource;
import scot.cswo.assurance.domain.action.ImprovementAction;
import scot.cswo.assurance.domain.dataset.MeasureSeries;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.ui.UiFixture;
import scot.cswo.assurance.ui.WindowTest;

/**
 * The dashboard says at a glance how the action tracker and the dataset stand, and each line
 * takes the user to its screen. One action is overdue; the caseload (24.5 against 24 ± 1) is Amber.
 */
class DashboardAtAGlanceTest extends WindowTest {

    @Override
    protected void prepare(Workspace workspace) {
        workspace.actions().add(new ImprovementAction("Review the use of agency staff", ActionSource.STAFF_HEALTH_CHECK,
                "Glyn Lloyd", UiFixture.TODAY.minusDays(3), ActionProgress.AT_RISK), "");
        MeasureSeries caseload = workspace.dataset().dataset().stream()
                .filter(s -> s.measure().name().equals("Average caseload per social worker")).findFirst().orElseThrow();
        workspace.dataset().setTarget(caseload.id(), 2025, "24", "1");
        workspace.dataset().enter(new Quarter(2025, 2), Map.of(caseload.id(), "24.5"), Map.of());
    }

    @Test
    void theActionsAndTheDatasetAreSummedUpAndOneClickAway(FxRobot robot) {
        open(robot, "Dashboard");
        Hyperlink actions = robot.lookup("#dashboard-actions").queryAs(Hyperlink.class);
        Hyperlink dataset = robot.lookup("#dashboard-dataset").queryAs(Hyperlink.class);
        waitUntil(() -> !actions.getText().isEmpty() && !dataset.getText().isEmpty());

        assertThat(actions.getText()).isEqualTo("1 open improvement action: 1 overdue, 0 due soon.");
        assertThat(dataset.getText()).isEqualTo("Dataset 2025-Q2: 0 Red, 1 Amber, 0 Green.");
        robot.clickOn(actions);
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        waitUntil(() -> "tab-actions".equals(tabs.getSelectionModel().getSelectedItem().getId()));
    }
}
