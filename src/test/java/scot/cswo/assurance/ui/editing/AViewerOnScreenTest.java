package scot.cswo.assurance.ui.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.ui.UserSteps.choose;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import scot.cswo.assurance.service.Identity;
import scot.cswo.assurance.ui.UiFixture;

/** Someone with no role and no lead reads everything but is not offered changes (the services refuse them too). */
@ExtendWith(ApplicationExtension.class)
class AViewerOnScreenTest {
    @TempDir
    static Path dir;
    private UiFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new UiFixture(dir.resolve(Long.toString(System.nanoTime())), stage, workspace -> { },
                new Identity("COUNCIL\\visitor"));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aViewerMayReadTheHistoryButNotEditOrRecord(FxRobot robot) {
        choose(robot, "F1.3");

        assertThat(robot.lookup("#detail-history").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#detail-edit").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#detail-more").queryAs(MenuButton.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#detail-record").queryAs(Button.class).isDisabled()).isTrue();
    }
}
