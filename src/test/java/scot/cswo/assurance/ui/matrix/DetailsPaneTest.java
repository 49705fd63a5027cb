package scot.cswo.assurance.ui.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static scot.cswo.assurance.ui.UserSteps.press;
import static scot.cswo.assurance.ui.UserSteps.typeInto;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import scot.cswo.assurance.ui.UiFixture;

/**
 * The matrix gets the room (issue 18, point 3): the selected row's details can be hidden, and the user
 * sizes them by dragging the divider; both are remembered when the window is closed and opened again.
 * Rows past the last are left blank, not striped as if they held something.
 */
@ExtendWith(ApplicationExtension.class)
class DetailsPaneTest {
    @TempDir
    Path dir;
    private UiFixture fixture;

    @BeforeEach
    void openTheWindow() throws TimeoutException {
        open();
    }

    @AfterEach
    void closeTheWindow() {
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).stream()
                .filter(window -> window != FxToolkit.toolkitContext().getRegisteredStage()).forEach(Window::hide));
        WaitForAsyncUtils.waitForFxEvents();
        fixture.close();
    }

    @Test
    void hidingTheDetailsGivesTheMatrixTheWholeHeight(FxRobot robot) {
        TableView<?> table = robot.lookup("#matrix-table").queryTableView();
        double withDetails = table.getHeight();

        press(robot, "Hide details");

        waitUntil(() -> robot.lookup("#row-detail").tryQuery().isEmpty());
        assertThat(table.getHeight()).isGreaterThan(withDetails * 1.3);
        assertThat(table.getHeight()).isCloseTo(split(robot).getHeight(), within(4.0));
        press(robot, "Show details");
        waitUntil(() -> robot.lookup("#row-detail").tryQuery().isPresent());
        assertThat(table.getHeight()).isCloseTo(withDetails, within(4.0));
    }

    @Test
    void theDetailsKeepTheSizeTheUserDraggedThemToWhenTheWindowOpensAgain(FxRobot robot) throws TimeoutException {
        double before = divider(robot);
        robot.drag(robot.lookup("#matrix-split > .split-pane-divider").<Node>query(), MouseButton.PRIMARY)
                .dropBy(0, -120);
        WaitForAsyncUtils.waitForFxEvents();
        double dragged = divider(robot);
        assertThat(dragged).isLessThan(before - 0.05);

        closeAsTheUserDoes(robot);
        open();

        assertThat(divider(robot)).isCloseTo(dragged, within(0.01));
    }

    @Test
    void hiddenDetailsStayHiddenWhenTheWindowOpensAgain(FxRobot robot) throws TimeoutException {
        press(robot, "Hide details");
        waitUntil(() -> robot.lookup("#row-detail").tryQuery().isEmpty());

        closeAsTheUserDoes(robot);
        open();

        assertThat(robot.lookup("#row-detail").tryQuery()).isEmpty();
        assertThat(split(robot).getItems()).hasSize(1);
        press(robot, "Show details");
        waitUntil(() -> robot.lookup("#row-detail").tryQuery().isPresent());
    }

    @Test
    void rowsPastTheLastAreLeftBlankNotStriped(FxRobot robot) {
        TableView<?> table = robot.lookup("#matrix-table").queryTableView();
        typeInto(robot, "#matrix-search", "Fostering");
        waitUntil(() -> table.getItems().size() < 4 && !table.getItems().isEmpty());

        Set<Node> blank = robot.from(table).lookup(".table-row-cell")
                .match((TableRow<?> row) -> row.isVisible() && row.isEmpty()).queryAll();
        assertThat(blank).as("rows past the last").isNotEmpty().allSatisfy(row -> assertThat(
                paintsNothing(((Region) row).getBackground())).as("a blank row's background").isTrue());
    }

    private static boolean paintsNothing(Background background) {
        return background == null || background.getFills().stream().map(BackgroundFill::getFill)
                .allMatch(fill -> fill instanceof Color colour && colour.getOpacity() == 0);
    }

    private void open() throws TimeoutException {
        FxToolkit.setupStage(stage -> fixture = new UiFixture(dir, stage));
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w.getScene() != null
                && w.getScene().lookup("#matrix-split") != null));
    }

    /** The window's Close button (X), then the database closed behind it, as when the app exits. */
    private void closeAsTheUserDoes(FxRobot robot) {
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        fixture.close();
    }

    private static SplitPane split(FxRobot robot) {
        return robot.lookup("#matrix-split").queryAs(SplitPane.class);
    }

    private static double divider(FxRobot robot) {
        return split(robot).getDividerPositions()[0];
    }
}
