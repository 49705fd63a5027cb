package scot.cswo.assurance.ui.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.ui.UserSteps.pick;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import java.util.List;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.ui.WindowTest;

class StatusColumnTest extends WindowTest {

    @Test
    void everyStatusIsShownAsItsTextLabelNotColourAlone(FxRobot robot) {
        List<String> shown = robot.lookup("#matrix-table .status-pill").queryAllAs(Label.class).stream()
                .map(Label::getText).distinct().toList();

        assertThat(shown).isNotEmpty().allSatisfy(text -> assertThat(text)
                .isIn("Overdue", "Due soon", "On track", "Complete", "Event-driven", "No schedule"));
    }

    @Test
    void theStatusFilterShowsOnlyRowsWithThatStatus(FxRobot robot) {
        pick(robot, "#matrix-status-filter", "Event-driven");

        waitUntil(() -> table(robot).getItems().stream().allMatch(l -> l.status().status() == Status.EVENT_DRIVEN));
        assertThat(table(robot).getItems()).hasSize(15);
    }

    @Test
    void lookingAtAnEarlierDateShowsTheStatusesAsTheyWereThen(FxRobot robot) {
        assertThat(status(robot, "F1.5")).isEqualTo(Status.OVERDUE);

        DatePicker asOf = robot.lookup("#matrix-as-of").queryAs(DatePicker.class);
        robot.doubleClickOn(asOf.getEditor()).eraseText(10).write("15/05/2025").type(KeyCode.ENTER);

        waitUntil(() -> status(robot, "F1.5") == Status.ON_TRACK);
        assertThat(reason(robot, "F1.5")).isEqualTo("Due 30/06/2025 for Apr–Jun 2025.");
    }

    private static TableView<MatrixLine> table(FxRobot robot) {
        return robot.lookup("#matrix-table").queryTableView();
    }

    private static Status status(FxRobot robot, String ref) {
        return line(robot, ref).status().status();
    }

    private static String reason(FxRobot robot, String ref) {
        return line(robot, ref).status().reason();
    }

    private static MatrixLine line(FxRobot robot, String ref) {
        return table(robot).getItems().stream().filter(l -> l.row().ref().text().equals(ref)).findFirst().orElseThrow();
    }
}
