package scot.cswo.assurance.ui.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.ui.UserSteps.matrixShowing;
import static scot.cswo.assurance.ui.UserSteps.menu;
import static scot.cswo.assurance.ui.UserSteps.press;
import static scot.cswo.assurance.ui.UserSteps.typeInto;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import java.io.IOException;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import scot.cswo.assurance.domain.matrix.Framework;
import scot.cswo.assurance.ui.WindowTest;

/**
 * A new office that has recorded nothing yet imports its own framework from the start of its year:
 * the dialog says, before anything is saved, that the starter framework will be replaced, and after
 * the import the office's framework is the only one.
 */
class ReplacingTheStarterFrameworkTest extends WindowTest {

    @Test
    void theImportDialogSaysTheUntouchedStarterFrameworkWillBeReplaced(FxRobot robot) throws IOException {
        fixture.choosingFrameworkFile("Newtown framework.csv", "1,Advice,Membership of IJB,Jane Martin,2 monthly",
                "1,,Audit of case files,Morag Stewart,Quarterly");
        menu(robot, "menu-file-import");
        waitUntil(() -> robot.lookup("#import-preview-notes").tryQuery().isPresent());
        assertThat(robot.lookup("#import-preview-notes").queryAs(Label.class).getText()).contains("The starter"
                + " framework Chief Social Work Officer Governance Framework 2018-2026 (in force from 01/04/2025)"
                + " holds no records yet, so it will be replaced");
        typeInto(robot, "#settings-council", "Newtown Council");
        typeInto(robot, "#settings-period", "2025-2029");
        press(robot, "Import");
        press(robot, "OK");

        assertThat(matrixShowing(robot, 2)).contains("Membership of IJB", "Audit of case files");
        assertThat(fixture.workspace().matrix().frameworks()).extracting(Framework::name)
                .containsExactly("Newtown framework");
    }
}
