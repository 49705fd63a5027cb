package scot.cswo.assurance.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.ui.UserSteps.open;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import scot.cswo.assurance.domain.meeting.Meeting;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.ui.UiFixture;
import scot.cswo.assurance.ui.matrix.MatrixLine;

@ExtendWith(ApplicationExtension.class)
class MeetingsScreenTest {
    @TempDir
    static Path dir;
    private UiFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new UiFixture(dir.resolve(Long.toString(System.nanoTime())), stage);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

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
