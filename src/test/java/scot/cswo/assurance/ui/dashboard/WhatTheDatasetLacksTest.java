package scot.cswo.assurance.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.ui.UserSteps.open;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import java.util.Map;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.ui.WindowTest;

/**
 * Figures were imported but no targets set: the dashboard's dataset line says that targets are what is
 * missing and where to set them, and takes the user there (issue 18, point 5), rather than that no
 * rated measure has a figure.
 */
class WhatTheDatasetLacksTest extends WindowTest {

    @Override
    protected void prepare(Workspace workspace) {
        long caseload = workspace.dataset().dataset().stream()
                .filter(s -> s.measure().name().equals("Average caseload per social worker")).findFirst()
                .orElseThrow().id();
        workspace.dataset().enter(new Quarter(2025, 2), Map.of(caseload, "24.5"), Map.of());
    }

    @Test
    void theLineSaysNoTargetsAreSetForTheYearAndOpensTheDatasetScreen(FxRobot robot) {
        open(robot, "Dashboard");
        Hyperlink dataset = robot.lookup("#dashboard-dataset").queryAs(Hyperlink.class);
        waitUntil(() -> !dataset.getText().isEmpty());

        assertThat(dataset.getText()).isEqualTo("Dataset 2025-Q2: no targets set for 2025-26: set them on the"
                + " Dataset screen.");
        robot.clickOn(dataset);
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        waitUntil(() -> "tab-dataset".equals(tabs.getSelectionModel().getSelectedItem().getId()));
    }
}
