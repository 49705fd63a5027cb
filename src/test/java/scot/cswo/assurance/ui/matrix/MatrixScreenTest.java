package scot.cswo.assurance.ui.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import scot.cswo.assurance.ui.WindowTest;

class MatrixScreenTest extends WindowTest {

    @Test
    void theWindowShowsTheTenFunctionsAndEveryRow(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(functions(robot).getItems()).hasSize(11);
        assertThat(functions(robot).getItems().subList(1, 11)).extracting(c -> c.function().number())
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(table(robot).getItems()).hasSize(49);
        assertThat(robot.lookup("#matrix-summary").queryLabeled().getText()).isEqualTo("Showing 49 of 49 rows");
    }

    @Test
    void typingMappaInTheSearchBoxShowsExactlyTheRowsMentioningMappa(FxRobot robot) {
        robot.clickOn("#matrix-search").write("MAPPA");

        assertThat(visibleRefs(robot)).containsExactly("F8.2", "F9.1", "F9.2");
        assertThat(robot.lookup("#matrix-summary").queryLabeled().getText()).isEqualTo("Showing 3 of 49 rows");
    }

    @Test
    void controlFPutsTheCursorInTheSearchBox(FxRobot robot) {
        robot.clickOn("#matrix-table");
        robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);

        assertThat(robot.lookup("#matrix-search").query().isFocused()).isTrue();
    }

    @Test
    void escapeClearsTheSearch(FxRobot robot) {
        robot.clickOn("#matrix-search").write("IJB").type(KeyCode.ESCAPE);

        assertThat(robot.lookup("#matrix-search").queryAs(TextField.class).getText()).isEmpty();
        assertThat(table(robot).getItems()).hasSize(49);
    }

    @Test
    void choosingAFunctionShowsOnlyItsRows(FxRobot robot) {
        robot.clickOn(robot.lookup("#function-list .list-cell").<ListCell<FunctionChoice>>match(cell ->
                cell.getItem() != null && !cell.getItem().isAll() && cell.getItem().function().number() == 9)
                .queryAs(Node.class));

        assertThat(visibleRefs(robot)).containsExactly("F9.1", "F9.2");
    }

    @Test
    void theArrowKeysMoveThroughTheRows(FxRobot robot) {
        robot.clickOn("#matrix-search").type(KeyCode.DOWN);
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN);

        assertThat(table(robot).getSelectionModel().getSelectedItem().row().ref().text()).isEqualTo("F1.3");
    }

    @Test
    void theDetailsOfASharedMechanismListEveryFunctionItServes(FxRobot robot) {
        robot.clickOn("#matrix-search").write("Membership of IJB").type(KeyCode.DOWN);

        String details = robot.lookup("#row-detail").lookup(".label").queryAllAs(Label.class)
                .stream().map(Label::getText).reduce("", (a, b) -> a + "\n" + b);
        assertThat(details).contains("F1.3  Membership of IJB", "Jane Martin",
                "F1.3  Function 1: Provide appropriate professional advice",
                "F10.1  Function 10: Report directly to Elected Members");
    }

    @Test
    void theLeadFilterShowsOnlyThatLeadsRows(FxRobot robot) {
        robot.interact(() -> robot.lookup("#matrix-lead-filter").queryComboBox().setValue("John Cooper"));

        assertThat(visibleRefs(robot)).containsExactly("F2.2");
    }

    private static ListView<FunctionChoice> functions(FxRobot robot) {
        return robot.lookup("#function-list").queryListView();
    }

    private static TableView<MatrixLine> table(FxRobot robot) {
        return robot.lookup("#matrix-table").queryTableView();
    }

    private static List<String> visibleRefs(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return table(robot).getItems().stream().map(l -> l.row().ref().text()).toList();
    }
}
