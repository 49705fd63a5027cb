package scot.cswo.assurance.ui.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.ui.UserSteps.matrixShowing;
import static scot.cswo.assurance.ui.UserSteps.menu;
import static scot.cswo.assurance.ui.UserSteps.pick;
import static scot.cswo.assurance.ui.UserSteps.press;
import static scot.cswo.assurance.ui.UserSteps.typeInto;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import java.io.IOException;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import scot.cswo.assurance.ui.WindowTest;

/**
 * A council's framework uses "Termly", which the app does not know: the preview says so, the user
 * reads it as 4 monthly, names the framework in the same dialog, and it is imported into the matrix.
 */
class ImportingWithAnUnknownFrequencyTest extends WindowTest {

    @Test
    void aFrameworkWithTermlyIsImportedOnceTermlyIsReadAsFourMonthly(FxRobot robot) throws IOException {
        fixture.choosingFrameworkFile("our-framework.csv", "1,Advice,Termly review with the Convenor,Jane Martin,Termly",
                "1,,Audit of case files,Morag Stewart,Termly");
        menu(robot, "menu-file-import");
        waitUntil(() -> robot.lookup("#import-preview-problems").tryQuery().isPresent());
        assertThat(robot.lookup("#import-preview-problems").queryAs(TableView.class).getItems()).hasSize(2);
        assertThat(robot.lookup(".button").match((Button b) -> "_Import".equals(b.getText())).queryButton()
                .isDisabled()).isTrue();

        pick(robot, "#import-map-0", "4 monthly");
        waitUntil(() -> robot.lookup("#import-preview-problems").queryAs(TableView.class).getItems().isEmpty());
        // The framework's details are in the same dialog, under the preview.
        typeInto(robot, "#settings-name", "Our framework");
        // A new office's starter suggests no council or period of its own: the office gives them.
        typeInto(robot, "#settings-council", "Newtown Council");
        typeInto(robot, "#settings-period", "2025-2029");
        press(robot, "Import");
        press(robot, "OK");

        assertThat(matrixShowing(robot, 2)).contains("Termly review with the Convenor", "Audit of case files");
    }
}
