package scot.cswo.assurance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import scot.cswo.assurance.domain.problem.Problem;

/**
 * Every dialog the app shows through its DialogService belongs to the window in front, so none can
 * open behind the main window and leave the app looking hung (issue 22, point 12).
 */
@ExtendWith(ApplicationExtension.class)
class DialogOwnersTest {
    private Stage main;
    private FxDialogService dialogs;

    @Start
    void start(Stage stage) {
        main = stage;
        stage.setScene(new Scene(new Label("The main window"), 400, 300));
        stage.show();
        dialogs = new FxDialogService(() -> main);
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != main).toList()
                .forEach(Window::hide));
    }

    private Window shownBy(Runnable show) {
        Platform.runLater(show);
        WaitForAsyncUtils.waitForFxEvents();
        Optional<Window> dialog = Window.getWindows().stream().filter(w -> w != main && w.isShowing()).findFirst();
        assertThat(dialog).as("a dialog window").isPresent();
        return dialog.get();
    }

    @Test
    void anAlertSayingSomethingFinishedBelongsToTheMainWindow() {
        Window alert = shownBy(() -> dialogs.done("Backups", "Backed up."));

        assertThat(((Stage) alert).getOwner()).isSameAs(main);
    }

    @Test
    void aQuestionBeforeSomethingThatCannotBeUndoneBelongsToTheMainWindow() {
        Window question = shownBy(() -> dialogs.confirm("Cancel meeting", "Cancel it?", "Cancel meeting"));

        assertThat(((Stage) question).getOwner()).isSameAs(main);
    }

    @Test
    void theListOfProblemsInAFileBelongsToTheMainWindow() {
        Window problems = shownBy(() -> dialogs.problems("Import", Path.of("matrix.csv"),
                List.of(new Problem("matrix.csv", 2, "Frequency", "Fortnightly", "not a frequency"))));

        assertThat(((Stage) problems).getOwner()).isSameAs(main);
    }

    @Test
    void aChoiceBelongsToTheMainWindow() {
        Window choice = shownBy(() -> dialogs.choose("Calendar", "Whose due dates?", "Lead", "Everyone",
                List.of("Everyone", "Jane Smith")));

        assertThat(((Stage) choice).getOwner()).isSameAs(main);
    }
}
