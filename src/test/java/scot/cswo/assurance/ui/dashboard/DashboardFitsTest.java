package scot.cswo.assurance.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.ui.UserSteps.open;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import scot.cswo.assurance.ui.WindowTest;

/**
 * The dashboard's "By function" table and the year's chart each keep their own place at 1280×720 and
 * 1366×768: neither runs into the other, both lie within the screen's width, and the table shows every
 * status column whole (found by a user walk: the table's columns ran into the chart and the last
 * statuses were cut off).
 */
class DashboardFitsTest extends WindowTest {

    @Test
    void byFunctionAndTheChartDoNotOverlapAt1280By720(FxRobot robot) {
        assertSideBySide(robot, 1280, 720);
    }

    @Test
    void byFunctionAndTheChartDoNotOverlapAt1366By768(FxRobot robot) {
        assertSideBySide(robot, 1366, 768);
    }

    private static void assertSideBySide(FxRobot robot, double width, double height) {
        open(robot, "Dashboard");
        waitUntil(() -> robot.lookup("#dashboard-by-function").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#dashboard-by-function").queryTableView();
        Node chart = robot.lookup("#dashboard-chart").query();
        Stage main = (Stage) table.getScene().getWindow();
        robot.interact(() -> {
            main.setMaximized(false);
            main.setWidth(width);
            main.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Bounds tableBounds = table.localToScene(table.getLayoutBounds());
        Bounds chartBounds = chart.localToScene(chart.getLayoutBounds());
        Node viewport = robot.lookup("#dashboard").queryAs(ScrollPane.class).lookup(".viewport");
        Bounds screen = viewport.localToScene(viewport.getLayoutBounds());

        assertThat(tableBounds.intersects(chartBounds)).as("By function %s overlaps the chart %s",
                tableBounds, chartBounds).isFalse();
        assertThat(tableBounds.getMaxX()).as("By function's right edge within the screen")
                .isLessThanOrEqualTo(screen.getMaxX());
        assertThat(chartBounds.getMaxX()).as("the chart's right edge within the screen")
                .isLessThanOrEqualTo(screen.getMaxX());
        assertThat(table.getColumns().stream().mapToDouble(TableColumn::getWidth).sum())
                .as("By function's columns, every status among them, within the table's width")
                .isLessThanOrEqualTo(table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() + 1);
    }
}
