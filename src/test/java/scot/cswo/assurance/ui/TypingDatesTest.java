package scot.cswo.assurance.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.ui.UserSteps.chooseRow;
import static scot.cswo.assurance.ui.UserSteps.open;
import static scot.cswo.assurance.ui.UserSteps.press;
import static scot.cswo.assurance.ui.UserSteps.typeInto;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import scot.cswo.assurance.domain.action.ActionProgress;
import scot.cswo.assurance.domain.action.ActionSource;
import scot.cswo.assurance.domain.action.ImprovementAction;
import scot.cswo.assurance.domain.meeting.Meeting;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.action.ActionService.ActionLine;
import scot.cswo.assurance.service.evidence.EvidenceEntry;

/**
 * Every date field takes a date as people type it and saves exactly that date; text that is not a
 * date is refused beside the field and nothing is saved. Today is 22/11/2025 in these tests.
 */
class TypingDatesTest extends WindowTest {
    /** The forms people type, each naming a different day so every save is told apart. */
    private static final List<Typed> FORMS = List.of(
            new Typed("15/9/25", LocalDate.of(2025, 9, 15)),
            new Typed("16/09/2025", LocalDate.of(2025, 9, 16)),
            new Typed("17 Sep 2025", LocalDate.of(2025, 9, 17)),
            new Typed("18 September 2025", LocalDate.of(2025, 9, 18)),
            new Typed("2025-09-19", LocalDate.of(2025, 9, 19)));
    private static final String ACTION = "Review the use of agency staff";

    private record Typed(String text, LocalDate date) {
    }

    @Override
    protected void prepare(Workspace workspace) {
        workspace.actions().add(new ImprovementAction(ACTION, ActionSource.STAFF_HEALTH_CHECK, "Glyn Lloyd",
                UiFixture.TODAY.plusMonths(2), ActionProgress.ON_TRACK), "");
    }

    @Test
    void recordEvidenceSavesTheActivityDateAsTyped(FxRobot robot) {
        for (Typed typed : FORMS) {
            recordEvidence(robot, typed.text(), "Case file audit " + typed.text());
            waitUntil(() -> evidence().size() == FORMS.indexOf(typed) + 1);
            assertThat(evidence().getFirst().evidence().date()).isEqualTo(typed.date());
        }
    }

    @Test
    void recordEvidenceRefusesADayThatDoesNotExistAndSavesNothing(FxRobot robot) {
        recordEvidence(robot, "31/9/25", "Case file audit");

        waitUntil(() -> visibleMessage(robot).contains("31/9/25 is not a date"));
        assertThat(robot.lookup("#evidence-dialog").tryQuery()).isPresent();
        press(robot, "Cancel");
        press(robot, "Discard");
        assertThat(evidence()).isEmpty();
    }

    @Test
    void theActionTargetDateIsSavedAsTyped(FxRobot robot) {
        open(robot, "Actions");
        TableView<ActionLine> table = robot.lookup("#actions-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        for (Typed typed : FORMS) {
            LocalDate target = typed.date().plusYears(1);
            chooseRow(robot, "#actions-table", ACTION);
            press(robot, "Edit…");
            typeInto(robot, "#action-target", typed.text().replace("2025", "2026").replace("/25", "/26"));
            press(robot, "Save");
            waitUntil(() -> target.equals(fixture.workspace().actions().list().getFirst().action().targetDate()));
        }
    }

    @Test
    void aProgressNoteIsDatedAsTyped(FxRobot robot) {
        open(robot, "Actions");
        TableView<ActionLine> table = robot.lookup("#actions-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        for (Typed typed : FORMS) {
            chooseRow(robot, "#actions-table", ACTION);
            press(robot, "Add progress note…");
            typeInto(robot, "#action-note-date", typed.text());
            robot.clickOn("#action-note-text").write("Progress on " + typed.text());
            press(robot, "Save note");
            waitUntil(() -> fixture.workspace().actions().list().getFirst().notes().size() == FORMS.indexOf(typed) + 1);
            assertThat(fixture.workspace().actions().list().getFirst().notes())
                    .anyMatch(n -> n.date().equals(typed.date()) && n.text().equals("Progress on " + typed.text()));
        }
    }

    @Test
    void aMeetingIsAddedOnTheDateTypedAndNonsenseIsRefused(FxRobot robot) {
        open(robot, "Meetings");
        ListView<Meeting> meetings = robot.lookup("#meetings-jswmt").queryListView();
        for (Typed typed : FORMS) {
            String text = typed.text().replace("September", "December").replace("Sep", "Dec").replace("/9/", "/12/")
                    .replace("/09/", "/12/").replace("-09-", "-12-");
            typeInto(robot, "#meetings-jswmt-date", text);
            robot.clickOn("#meetings-jswmt-add");
            waitUntil(() -> meetings.getItems().size() == FORMS.indexOf(typed) + 1);
            assertThat(meetings.getItems()).extracting(Meeting::date).contains(typed.date().withMonth(12));
        }

        typeInto(robot, "#meetings-jswmt-date", "31/11/25");
        robot.clickOn("#meetings-jswmt-add");
        waitUntil(() -> robot.lookup(".dialog-pane .content").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText())
                .contains("31/11/25 is not a date");
        press(robot, "OK");
        assertThat(meetings.getItems()).hasSize(FORMS.size());
    }

    private void recordEvidence(FxRobot robot, String date, String what) {
        open(robot, "Matrix");
        chooseRow(robot, "#matrix-table", "F3.1");
        press(robot, "Record evidence…");
        typeInto(robot, "#evidence-date", date);
        robot.clickOn("#evidence-note").write(what);
        press(robot, "Save");
    }

    private List<EvidenceEntry> evidence() {
        return fixture.workspace().evidence().list(Optional.empty(), true);
    }

    private static String visibleMessage(FxRobot robot) {
        return String.join(" ", robot.lookup(".field-message").queryAllAs(Label.class).stream()
                .filter(Label::isVisible).map(Label::getText).toList());
    }
}
