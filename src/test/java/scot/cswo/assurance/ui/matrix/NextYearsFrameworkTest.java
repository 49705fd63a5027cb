package scot.cswo.assurance.ui.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.ui.UserSteps.open;
import static scot.cswo.assurance.ui.UserSteps.typeInto;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import java.time.LocalDate;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.testing.NextFramework;
import scot.cswo.assurance.ui.WindowTest;

/**
 * Next year's framework, imported in advance, changes nothing on screen before it starts: the matrix
 * and the dashboard still show this year's, the status bar says what comes when, and the As of date
 * shows the new one. Today is 22/11/2025; the new framework starts on 01/04/2026.
 */
class NextYearsFrameworkTest extends WindowTest {
    @Override
    protected void prepare(Workspace workspace) {
        NextFramework.importFrom(workspace, LocalDate.of(2026, 4, 1));
    }

    private static TableView<MatrixLine> matrix(FxRobot robot) {
        return robot.lookup("#matrix-table").queryTableView();
    }

    @Test
    void todaysMatrixIsUnchangedAndTheStatusBarSaysWhatComesWhen(FxRobot robot) {
        waitUntil(() -> matrix(robot).getItems().size() == 49);

        assertThat(robot.lookup("#status-framework").queryAs(Label.class).getText())
                .contains("Chief Social Work Officer Governance Framework 2018-2026, in force from 01/04/2025");
        assertThat(robot.lookup("#status-upcoming").queryAs(Label.class).getText())
                .isEqualTo("From 01/04/2026: " + NextFramework.NAME + " (2027-2031), imported 22/11/2025");
        int overdue = fixture.workspace().status().board(LocalDate.of(2025, 11, 22)).counts()
                .get(Status.OVERDUE);
        open(robot, "Dashboard");
        waitUntil(() -> Integer.parseInt(robot.lookup("#tile-overdue .tile-number").queryAs(Label.class).getText())
                == overdue);
        assertThat(overdue).isPositive();
    }

    @Test
    void theAsOfDateShowsTheFrameworkInForceThen(FxRobot robot) {
        waitUntil(() -> matrix(robot).getItems().size() == 49);

        typeInto(robot, "#matrix-as-of", "1/4/26");
        robot.push(KeyCode.ENTER);

        waitUntil(() -> matrix(robot).getItems().size() == 3);
        Stage stage = (Stage) robot.lookup("#matrix-table").query().getScene().getWindow();
        assertThat(stage.getTitle()).isEqualTo("CSWO Assurance — " + NextFramework.NAME);
        assertThat(robot.lookup("#status-framework").queryAs(Label.class).getText())
                .contains(NextFramework.NAME + ", in force from 01/04/2026");

        typeInto(robot, "#matrix-as-of", "31/3/26");
        robot.push(KeyCode.ENTER);
        waitUntil(() -> matrix(robot).getItems().size() == 49);
    }
}
