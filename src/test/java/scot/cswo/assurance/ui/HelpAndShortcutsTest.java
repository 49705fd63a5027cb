package scot.cswo.assurance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Windows conventions: F1 opens the user guide shipped with the app; Ctrl+P goes to the report to print it. */
@ExtendWith(ApplicationExtension.class)
class HelpAndShortcutsTest {
    @TempDir
    static Path dir;
    private UiFixture fixture;
    private Path folder;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        folder = dir.resolve(Long.toString(System.nanoTime()));
        fixture = new UiFixture(folder, stage);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void f1OpensTheUserGuideWithItsPicturesAndWorkingContentsLinks(FxRobot robot) throws Exception {
        robot.push(KeyCode.F1);
        UserSteps.waitUntil(() -> !fixture.opened().isEmpty());

        Path page = Path.of(URI.create(fixture.opened().getFirst()));
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(page).isEqualTo(folder.resolve("data/help/user-guide.html"));
        assertThat(html).contains("<html lang=\"en-GB\">", "<a href=\"#the-matrix\">The matrix</a>",
                "<h2 id=\"the-matrix\">The matrix</h2>", "<img src=\"images/matrix.png\"", "<table>");
        assertThat(page.resolveSibling("images/matrix.png")).isNotEmptyFile();
    }

    @Test
    void ctrlPTakesTheUserToTheReportScreen(FxRobot robot) {
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        UserSteps.waitUntil(() -> !tabs.isDisabled());

        robot.push(KeyCode.CONTROL, KeyCode.P);
        UserSteps.waitUntil(() -> "tab-report".equals(tabs.getSelectionModel().getSelectedItem().getId()));

        assertThat(stage.getIcons()).as("the window has the app's icon").hasSize(2);
    }
}
