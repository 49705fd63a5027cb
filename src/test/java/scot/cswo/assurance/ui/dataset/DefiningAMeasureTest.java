package scot.cswo.assurance.ui.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.ui.UserSteps.open;
import static scot.cswo.assurance.ui.UserSteps.pick;
import static scot.cswo.assurance.ui.UserSteps.press;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import java.nio.file.Path;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import scot.cswo.assurance.domain.dataset.CollectionFrequency;
import scot.cswo.assurance.domain.dataset.Polarity;
import scot.cswo.assurance.ui.UiFixture;
import scot.cswo.assurance.ui.dataset.DatasetViewModel.Line;

/** A council adds a measure of its own to the dataset. */
@ExtendWith(ApplicationExtension.class)
class DefiningAMeasureTest {
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
