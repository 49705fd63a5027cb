package scot.cswo.assurance.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.ui.UserSteps.chooseRow;
import static scot.cswo.assurance.ui.UserSteps.open;
import static scot.cswo.assurance.ui.UserSteps.pick;
import static scot.cswo.assurance.ui.UserSteps.press;
import static scot.cswo.assurance.ui.UserSteps.typeInto;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.evidence.EvidenceEntry;
import scot.cswo.assurance.service.evidence.EvidenceInput;
import scot.cswo.assurance.service.evidence.EvidenceService.Shown;
import scot.cswo.assurance.ui.UiFixture;
import scot.cswo.assurance.ui.WindowTest;

/**
 * A lead puts a mistake right from the window: corrects a record (double-click, Enter or the Correct…
 * button) or withdraws it (Delete or the Withdraw… button), each with a reason; the form says where
 * evidence will count as its date is typed. Today is 22/11/2025; F1.5 (quarterly) missed Jul–Sep 2025.
 */
class CorrectingEvidenceOnScreenTest extends WindowTest {

    @Override
    protected void prepare(Workspace workspace) {
        workspace.evidence().record(new Ref("F3.7"), new EvidenceInput(LocalDate.of(2025, 11, 2), "CCPG attened",
                "CCPG 21", null, null, null, List.of()));
    }

    private List<EvidenceEntry> records(Shown shown) {
        return fixture.workspace().evidence().list(UiFixture.TODAY, Optional.empty(), shown);
    }

    private static TableView<EvidenceEntry> evidence(FxRobot robot) {
        return robot.lookup("#detail-evidence").queryTableView();
    }

    private static void chooseRecord(FxRobot robot) {
        open(robot, "Matrix");
        chooseRow(robot, "#matrix-table", "F3.7");
        waitUntil(() -> evidence(robot).getItems().size() == 1);
        scrollToTheEvidence(robot);
        robot.clickOn(robot.lookup("#detail-evidence .table-row-cell").nth(0).<Node>query());
    }

    /** The evidence is at the foot of the row's details: scrolled into view, as a user would. */
    private static void scrollToTheEvidence(FxRobot robot) {
        ScrollPane details = robot.lookup("#row-detail").queryAs(ScrollPane.class);
        robot.interact(() -> details.setVvalue(details.getVmax()));
    }

    @Test
    void doubleClickingARecordCorrectsItWithAReason(FxRobot robot) {
        chooseRecord(robot);
        robot.doubleClickOn(robot.lookup("#detail-evidence .table-row-cell").nth(0).<Node>query());
        typeInto(robot, "#evidence-note", "CCPG attended");
        typeInto(robot, "#evidence-date", "12/11/25");
        robot.clickOn("#correct-reason").write("Date and spelling mistyped");
        press(robot, "Save correction");

        waitUntil(() -> records(Shown.CURRENT).size() == 1
                && records(Shown.CURRENT).getFirst().evidence().replacesId() != null);
        assertThat(records(Shown.CURRENT).getFirst().evidence()).satisfies(e -> {
            assertThat(e.note()).isEqualTo("CCPG attended");
            assertThat(e.date()).isEqualTo(LocalDate.of(2025, 11, 12));
            assertThat(e.correctionReason()).isEqualTo("Date and spelling mistyped");
        });
        waitUntil(() -> evidence(robot).getItems().size() == 2);
    }

    @Test
    void aCorrectionWithoutAReasonIsRefusedBesideTheFieldAndNothingChanges(FxRobot robot) {
        chooseRecord(robot);
        press(robot, "Correct…");
        typeInto(robot, "#evidence-note", "CCPG attended");
        press(robot, "Save correction");

        waitUntil(() -> robot.lookup(".field-message").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().startsWith("Say why the record is corrected")));
        press(robot, "Cancel");
        press(robot, "Discard");
        assertThat(records(Shown.ALL)).singleElement().satisfies(e -> assertThat(e.evidence().current()).isTrue());
    }

    @Test
    void theDeleteKeyWithdrawsTheSelectedRecordWithAReason(FxRobot robot) {
        chooseRecord(robot);
        robot.push(KeyCode.DELETE);
        robot.clickOn("#withdraw-reason").write("Recorded twice");
        press(robot, "Withdraw");

        waitUntil(() -> records(Shown.CURRENT).isEmpty());
        assertThat(records(Shown.WITHDRAWN)).singleElement()
                .satisfies(e -> assertThat(e.evidence().withdrawnReason()).isEqualTo("Recorded twice"));
        waitUntil(() -> evidence(robot).getItems().stream().anyMatch(e -> e.evidence().withdrawn()));
    }

    @Test
    void theCorrectionFormFitsInsideAMainWindowOf1280By720(FxRobot robot) {
        chooseRecord(robot);
        Stage main = (Stage) robot.lookup(".tab-pane").query().getScene().getWindow();
        robot.interact(() -> {
            main.setMaximized(false);
            main.setWidth(1280);
            main.setHeight(720);
        });
        robot.interact(() -> evidence(robot).getSelectionModel().select(0));
        press(robot, "Correct…");

        Window form = robot.lookup("#correct-dialog").query().getScene().getWindow();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(form.getHeight()).isLessThanOrEqualTo(main.getHeight());
        assertThat(form.getY()).isGreaterThanOrEqualTo(main.getY());
        assertThat(form.getY() + form.getHeight()).isLessThanOrEqualTo(main.getY() + main.getHeight());
        press(robot, "Cancel");
    }

    @Test
    void theEvidenceFormSaysWhichPeriodTheDateCountsForAndWhatStaysMissed(FxRobot robot) {
        open(robot, "Matrix");
        chooseRow(robot, "#matrix-table", "F1.5");
        press(robot, "Record evidence…");
        Label counts = robot.lookup("#evidence-counts").queryAs(Label.class);

        typeInto(robot, "#evidence-date", "15/11/25");
        waitUntil(() -> counts.getText().startsWith("Counts for Oct–Dec 2025."));
        assertThat(counts.getText()).isEqualTo("Counts for Oct–Dec 2025. Jul–Sep 2025 stays missed: if this happened"
                + " in Jul–Sep 2025, give that date.");

        typeInto(robot, "#evidence-date", "15/9/25");
        waitUntil(() -> counts.getText().equals("Counts for Jul–Sep 2025."));
        press(robot, "Cancel");
        press(robot, "Discard");
    }

    @Test
    void notApplicableStartsOnTheOldestPeriodMissed(FxRobot robot) {
        open(robot, "Matrix");
        chooseRow(robot, "#matrix-table", "F1.5");
        press(robot, "Not applicable…");

        assertThat(robot.lookup("#not-applicable-date").queryAs(DatePicker.class).getValue())
                .isEqualTo(LocalDate.of(2025, 6, 30));
        press(robot, "Cancel");
    }

    /**
     * Withdraw… saved with no reason says the reason is wanted, and the message gets its own room:
     * no two of the form's visible texts overlap (it once pushed into the note under it).
     */
    @Test
    void aWithdrawalWithoutAReasonIsRefusedWithNoTextRunningIntoAnother(FxRobot robot) {
        chooseRecord(robot);
        press(robot, "Withdraw…");
        press(robot, "Withdraw");

        waitUntil(() -> robot.lookup(".field-message").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().startsWith("Say why the record is withdrawn")));
        WaitForAsyncUtils.waitForFxEvents();
        Parent form = robot.lookup("#withdraw-dialog").query().getScene().getRoot();
        List<Text> texts = new ArrayList<>();
        robot.interact(() -> texts.addAll(visibleTexts(form)));
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                Bounds a = inScene(texts.get(i));
                Bounds b = inScene(texts.get(j));
                assertThat(a.intersects(b)).as("\"%s\" %s overlaps \"%s\" %s", texts.get(i).getText(), a,
                        texts.get(j).getText(), b).isFalse();
            }
        }
        press(robot, "Cancel");
    }

    /** The texts drawn on the form: not empty, and neither they nor anything holding them hidden. */
    private static List<Text> visibleTexts(Parent root) {
        List<Text> found = new ArrayList<>();
        for (Node node : root.getChildrenUnmodifiable()) {
            if (!node.isVisible()) {
                continue;
            }
            if (node instanceof Text text && !text.getText().isBlank()) {
                found.add(text);
            } else if (node instanceof Parent parent) {
                found.addAll(visibleTexts(parent));
            }
        }
        return found;
    }

    /** A text's bounds in the window, a pixel in from each edge so texts that only touch do not count. */
    private static Bounds inScene(Text text) {
        Bounds b = text.localToScene(text.getBoundsInLocal());
        return new BoundingBox(b.getMinX() + 1, b.getMinY() + 1, Math.max(0, b.getWidth() - 2),
                Math.max(0, b.getHeight() - 2));
    }

    @Test
    void myTasksListsTheSelectedTasksEvidenceToCorrect(FxRobot robot) {
        open(robot, "My tasks");
        pick(robot, "#tasks-claim-lead", "Jane Martin");
        press(robot, "This is me");
        TableView<?> tasks = robot.lookup("#tasks-table").queryTableView();
        waitUntil(() -> !tasks.getItems().isEmpty());
        chooseRow(robot, "#tasks-table", "F3.7");
        TableView<EvidenceEntry> list = robot.lookup("#tasks-evidence").queryTableView();
        waitUntil(() -> list.getItems().size() == 1);
        robot.clickOn(robot.lookup("#tasks-evidence .table-row-cell").nth(0).<Node>query());
        // The evidence's buttons sit under the task list's divider: scrolled into view, as a user would.
        ScrollPane below = robot.lookup("#tasks-below").queryAs(ScrollPane.class);
        Node withdraw = robot.lookup("#tasks-evidence-withdraw").query();
        robot.interact(() -> {
            double bottom = below.getContent().sceneToLocal(withdraw.localToScene(withdraw.getLayoutBounds())).getMaxY();
            double room = below.getContent().getLayoutBounds().getHeight() - below.getViewportBounds().getHeight();
            below.setVvalue(room <= 0 ? 0 : Math.min(1, (bottom - below.getViewportBounds().getHeight() + 8) / room));
        });
        press(robot, "Withdraw…");
        robot.clickOn("#withdraw-reason").write("Not this mechanism");
        press(robot, "Withdraw");

        waitUntil(() -> records(Shown.CURRENT).isEmpty());
    }
}
