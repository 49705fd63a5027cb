package scot.cswo.assurance.ui.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.ui.UserSteps.matrixShowing;
import static scot.cswo.assurance.ui.UserSteps.menu;
import static scot.cswo.assurance.ui.UserSteps.pick;
import static scot.cswo.assurance.ui.UserSteps.press;
import static scot.cswo.assurance.ui.UserSteps.typeInto;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.testing.WordFixtures;
import scot.cswo.assurance.ui.WindowTest;

/**
 * A council's Word document heads two columns in its own words ("How we check", "Review cycle"): in
 * the one import dialog the user says which column each is, reads "Termly" as 4 monthly, names the
 * framework, and it is imported into the matrix.
 */
class ImportingWithTheCouncilsOwnHeadingsTest extends WindowTest {

    @Test
    void theUserSaysWhichColumnEachHeadingIsAndTheFrameworkIsImported(FxRobot robot) throws IOException {
        fixture.choosingFile(WordFixtures.copy("own-headings.docx", Files.createTempDirectory("import")));
        menu(robot, "menu-file-import");
        waitUntil(() -> robot.lookup("#import-preview-problems").tryQuery().isPresent());
        assertThat(problems(robot)).extracting(Problem::column).containsExactly("Assurance mechanism", "Frequency");
        assertThat(robot.lookup("#import-column-1").queryComboBox().getValue()).isEqualTo("Ignore");

        pick(robot, "#import-column-1", "Assurance mechanism");
        waitUntil(() -> problems(robot).stream().noneMatch(p -> "Assurance mechanism".equals(p.column())));
        assertThat(combo(robot, "#import-column-1").getValue()).isEqualTo("Assurance mechanism");
        assertThat(combo(robot, "#import-column-1").isFocused()).as("the drop-down just used keeps the focus")
                .isTrue();
        pick(robot, "#import-column-3", "Frequency");
        waitUntil(() -> "Frequency".equals(combo(robot, "#import-column-3").getValue()));
        assertThat(problems(robot)).extracting(Problem::value).containsExactly("Termly");
        waitUntil(() -> robot.lookup("#import-map-0").tryQuery().isPresent());
        pick(robot, "#import-map-0", "4 monthly");
        waitUntil(() -> problems(robot).isEmpty());
        typeInto(robot, "#settings-name", "Newtown CSWO framework");
        // A new office's starter suggests no council or period of its own: the office gives them.
        typeInto(robot, "#settings-council", "Newtown Council");
        typeInto(robot, "#settings-period", "2025-2029");
        press(robot, "Import");
        press(robot, "OK");

        assertThat(matrixShowing(robot, 4)).contains("Attendance at the Corporate Management Team",
                "Visits to school-based social work teams");
    }

    @SuppressWarnings("unchecked")
    private static List<Problem> problems(FxRobot robot) {
        return robot.lookup("#import-preview-problems").queryAs(TableView.class).getItems();
    }

    private static ComboBox<?> combo(FxRobot robot, String query) {
        return robot.lookup(query).queryComboBox();
    }
}
