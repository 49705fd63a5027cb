package scot.cswo.assurance.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.ui.UserSteps.open;
import static scot.cswo.assurance.ui.UserSteps.press;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import scot.cswo.assurance.domain.meeting.Meeting;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.ui.Contrast;
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
        ListView<Meeting> meetings = cancelAJswmtMeeting(robot);

        waitUntil(() -> meetings.getItems().getFirst().cancelled());
        open(robot, "Matrix");
        waitUntil(() -> status(robot, "F1.7") == Status.NO_SCHEDULE);
    }

    @Test
    void aCancelledMeetingReadsStruckThroughWithTheWordCancelledAndStaysReadableWhenSelected(FxRobot robot) {
        ListView<Meeting> meetings = cancelAJswmtMeeting(robot);
        waitUntil(() -> meetings.getItems().getFirst().cancelled());
        robot.clickOn(robot.lookup("#meetings-jswmt .list-cell").nth(0).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();

        ListCell<?> cell = robot.lookup("#meetings-jswmt .list-cell").nth(0).queryAs(ListCell.class);
        Text shown = robot.from(cell).lookup(".text").match(t -> t.getParent() == cell).queryAs(Text.class);
        Label word = robot.from(cell).lookup(".cancelled-word").queryAs(Label.class);
        assertThat(cell.isSelected()).isTrue();
        assertThat(shown.getText()).isEqualTo("Wed 10/12/2025");
        assertThat(shown.isStrikethrough()).isTrue();
        assertThat(word.getText()).isEqualTo("Cancelled");
        Color background = (Color) cell.getBackground().getFills().getLast().getFill();
        assertThat(Contrast.ratio((Color) shown.getFill(), background)).isGreaterThanOrEqualTo(4.5);
        assertThat(Contrast.ratio((Color) word.getTextFill(), background)).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void enterInTheDateAddsTheMeeting(FxRobot robot) {
        open(robot, "Meetings");
        DatePicker date = robot.lookup("#meetings-jswmt-date").queryAs(DatePicker.class);
        robot.doubleClickOn(date.getEditor()).eraseText(10).write("11/03/2026");
        robot.type(KeyCode.ENTER);

        ListView<Meeting> meetings = robot.lookup("#meetings-jswmt").queryListView();
        waitUntil(() -> meetings.getItems().size() == 1);
        assertThat(meetings.getItems().getFirst().date()).hasToString("2026-03-11");
    }

    @Test
    void keepTheMeetingLeavesItAsItWas(FxRobot robot) {
        open(robot, "Meetings");
        DatePicker date = robot.lookup("#meetings-jswmt-date").queryAs(DatePicker.class);
        robot.doubleClickOn(date.getEditor()).eraseText(10).write("10/12/2025");
        robot.clickOn("#meetings-jswmt-add");
        ListView<Meeting> meetings = robot.lookup("#meetings-jswmt").queryListView();
        waitUntil(() -> meetings.getItems().size() == 1);
        robot.clickOn(robot.lookup("#meetings-jswmt .list-cell").nth(0).<Node>query());
        robot.clickOn("#meetings-jswmt-cancel");
        press(robot, "Keep the meeting");

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(meetings.getItems().getFirst().cancelled()).isFalse();
        assertThat(fixture.workspace().meetings().list()).singleElement().satisfies(m ->
                assertThat(m.cancelled()).isFalse());
    }

    /** Adds a JSWMT meeting on 10/12/2025, selects it, presses Cancel meeting and says yes. */
    private static ListView<Meeting> cancelAJswmtMeeting(FxRobot robot) {
        open(robot, "Meetings");
        DatePicker date = robot.lookup("#meetings-jswmt-date").queryAs(DatePicker.class);
        robot.doubleClickOn(date.getEditor()).eraseText(10).write("10/12/2025");
        robot.clickOn("#meetings-jswmt-add");
        ListView<Meeting> meetings = robot.lookup("#meetings-jswmt").queryListView();
        waitUntil(() -> meetings.getItems().size() == 1);
        robot.clickOn(robot.lookup("#meetings-jswmt .list-cell").nth(0).<Node>query());
        robot.clickOn("#meetings-jswmt-cancel");
        press(robot, "Cancel the meeting");
        return meetings;
    }

    private static Status status(FxRobot robot, String ref) {
        TableView<MatrixLine> table = robot.lookup("#matrix-table").queryTableView();
        return table.getItems().stream().filter(l -> l.row().ref().text().equals(ref)).findFirst().orElseThrow()
                .status().status();
    }
}
