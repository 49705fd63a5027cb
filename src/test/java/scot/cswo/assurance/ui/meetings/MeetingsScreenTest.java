package scot.cswo.assurance.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.ui.UserSteps.open;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import scot.cswo.assurance.domain.meeting.Meeting;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.ui.WindowTest;
import scot.cswo.assurance.ui.matrix.MatrixLine;

class MeetingsScreenTest extends WindowTest {

    @Test
    void addingAJswmtMeetingGivesItsMechanismsASchedule(FxRobot robot) {
        assertThat(status(robot, "F1.7")).isEqualTo(Status.NO_SCHEDULE);

        open(robot, "Meetings");
        DatePicker date = robot.lookup("#meetings-jswmt-date").queryAs(DatePicker.class);
        robot.doubleClickOn(date.getEditor()).eraseText(10).write("11/03/2026");
        robot.clickOn("#meetings-jswmt-add");
        ListView<Meeting> meetings = robot.lookup("#meetings-jswmt").queryListView();
        waitUntil(() -> meetings.getItems().size() == 1);

        open(robot, "Matrix");
        waitUntil(() -> status(robot, "F1.7") == Status.ON_TRACK);
        assertThat(meetings.getItems().getFirst().date()).hasToString("2026-03-11");
    }

    @Test
    void cancellingAMeetingShowsItStruckThroughAndMovesTheDueDate(FxRobot robot) {
        open(robot, "Meetings");
        DatePicker date = robot.lookup("#meetings-jswmt-date").queryAs(DatePicker.class);
        robot.doubleClickOn(date.getEditor()).eraseText(10).write("10/12/2025");
        robot.clickOn("#meetings-jswmt-add");
        ListView<Meeting> meetings = robot.lookup("#meetings-jswmt").queryListView();
        waitUntil(() -> meetings.getItems().size() == 1);

        robot.clickOn(robot.lookup("#meetings-jswmt .list-cell").nth(0).<Node>query());
        robot.clickOn("#meetings-jswmt-cancel");

        waitUntil(() -> meetings.getItems().getFirst().cancelled());
        open(robot, "Matrix");
        waitUntil(() -> status(robot, "F1.7") == Status.NO_SCHEDULE);
    }

    private static Status status(FxRobot robot, String ref) {
        TableView<MatrixLine> table = robot.lookup("#matrix-table").queryTableView();
        return table.getItems().stream().filter(l -> l.row().ref().text().equals(ref)).findFirst().orElseThrow()
                .status().status();
    }
}
