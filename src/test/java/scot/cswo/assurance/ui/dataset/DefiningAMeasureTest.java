package scot.cswo.assurance.ui.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.ui.UserSteps.open;
import static scot.cswo.assurance.ui.UserSteps.pick;
import static scot.cswo.assurance.ui.UserSteps.press;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import scot.cswo.assurance.domain.dataset.CollectionFrequency;
import scot.cswo.assurance.domain.dataset.Polarity;
import scot.cswo.assurance.ui.WindowTest;
import scot.cswo.assurance.ui.dataset.DatasetViewModel.Line;

/** A council adds a measure of its own to the dataset. */
class DefiningAMeasureTest extends WindowTest {

    @Test
    void anAddedMeasureJoinsTheDatasetReadyForItsFigures(FxRobot robot) {
        open(robot, "Dataset");
        TableView<Line> table = robot.lookup("#dataset-table").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());
        int before = table.getItems().size();

        press(robot, "Add measure…");
        robot.clickOn("#measure-name").write("Kinship care assessments completed");
        robot.clickOn("#measure-unit").write("assessments");
        pick(robot, "#measure-polarity", "Higher is better");
        press(robot, "Save");

        waitUntil(() -> table.getItems().size() == before + 1);
        assertThat(fixture.workspace().dataset().dataset().getLast().measure()).satisfies(m -> {
            assertThat(m.name()).isEqualTo("Kinship care assessments completed");
            assertThat(m.collection()).isEqualTo(CollectionFrequency.QUARTERLY);
            assertThat(m.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
            assertThat(m.countsPeople()).isTrue();
        });
    }
}
