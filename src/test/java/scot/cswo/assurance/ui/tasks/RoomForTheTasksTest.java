package scot.cswo.assurance.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.ui.UserSteps.open;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import java.util.Comparator;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.tasks.Task;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.testing.DemoData;
import scot.cswo.assurance.ui.UiFixture;
import scot.cswo.assurance.ui.WindowTest;

/**
 * My tasks gives the task list the room at 1280×720: a lead with many tasks sees at least six of them
 * whole, the evidence and actions below taking what is left (found by a user walk: two and a half rows).
 */
class RoomForTheTasksTest extends WindowTest {

    /** The demonstration database, signed in as its lead with the most tasks: a typical busy lead. */
    @Override
    protected void prepare(Workspace workspace) {
        DemoData.fill(workspace, UiFixture.TODAY, 1, 2026L);
        var board = workspace.status().board(UiFixture.TODAY);
        Lead busiest = workspace.tasks().leads().stream()
                .max(Comparator.comparingInt((Lead lead) -> workspace.tasks().tasksOf(lead, board).size()))
                .orElseThrow();
        workspace.tasks().claim(busiest.id());
    }

    @Test
    void atLeastSixTasksShowWholeAt1280By720(FxRobot robot) {
        open(robot, "My tasks");
        waitUntil(() -> robot.lookup("#tasks-table").tryQuery().isPresent());
        TableView<Task> table = robot.lookup("#tasks-table").queryTableView();
        Stage main = (Stage) table.getScene().getWindow();
        robot.interact(() -> {
            main.setMaximized(false);
            main.setWidth(1280);
            main.setHeight(720);
        });
        waitUntil(() -> table.getItems().size() >= 6);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#tasks-table .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(row -> !row.isEmpty() && row.isVisible() && whole(row, table))
                .count()).as("task rows shown whole").isGreaterThanOrEqualTo(6);
    }

    /** Whether the row lies wholly inside the table's rows area, every scroll pane around it, and the window. */
    private static boolean whole(Node row, TableView<?> table) {
        Bounds shown = table.lookup(".clipped-container").localToScene(
                table.lookup(".clipped-container").getLayoutBounds());
        shown = intersect(shown, new BoundingBox(0, 0, table.getScene().getWidth(), table.getScene().getHeight()));
        for (Parent up = table.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane scroll) {
                Node viewport = scroll.lookup(".viewport");
                shown = intersect(shown, viewport.localToScene(viewport.getLayoutBounds()));
            }
        }
        Bounds bounds = row.localToScene(row.getLayoutBounds());
        return bounds.getMinY() >= shown.getMinY() - 1 && bounds.getMaxY() <= shown.getMaxY() + 1;
    }

    private static Bounds intersect(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        return new BoundingBox(minX, minY, Math.max(0, Math.min(a.getMaxX(), b.getMaxX()) - minX),
                Math.max(0, Math.min(a.getMaxY(), b.getMaxY()) - minY));
    }
}
