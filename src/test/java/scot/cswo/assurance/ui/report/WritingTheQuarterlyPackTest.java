package scot.cswo.assurance.ui.report;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.ui.UserSteps.menu;
import static scot.cswo.assurance.ui.UserSteps.pick;
import static scot.cswo.assurance.ui.UserSteps.press;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.ui.WindowTest;

/** File > Quarterly business review… is a form like the others: the quarter, then where to save the pack. */
class WritingTheQuarterlyPackTest extends WindowTest {
    @TempDir
    Path out;

    @Test
    void theFormOpensOnTheLastQuarterEndedWithTheCursorInIt(FxRobot robot) {
        menu(robot, "menu-file-qbr");
        waitUntil(() -> robot.lookup("#qbr-dialog").tryQuery().isPresent());

        ComboBox<Quarter> quarter = robot.lookup("#qbr-quarter").queryComboBox();
        waitUntil(quarter::isFocused);
        assertThat(quarter.getConverter().toString(quarter.getValue())).isEqualTo("2025-Q2 (July to September 2025)");
        press(robot, "Cancel");
    }

    @Test
    void thePackIsWrittenForTheQuarterPickedWhereTheUserSaysAndSaysSo(FxRobot robot)
            throws IOException, TimeoutException {
        Path pdf = out.resolve("pack.pdf");
        fixture.savingAs(pdf);
        menu(robot, "menu-file-qbr");
        waitUntil(() -> robot.lookup("#qbr-dialog").tryQuery().isPresent());

        pick(robot, "#qbr-quarter", "2025-Q1 (April to June 2025)");
        press(robot, "Write the pack…");

        // Rendering the pack can take a while on a busy machine.
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#done-alert").tryQuery().isPresent());
        assertThat(robot.lookup("#qbr-dialog").tryQuery()).isEmpty();
        assertThat(pdf).isNotEmptyFile();
        assertThat(Files.readString(out.resolve("pack.html"))).contains("Quarterly Business Review, April to June");
        press(robot, "OK");
    }
}
