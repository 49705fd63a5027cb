package scot.cswo.assurance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Screen readers announce a control by its accessible name: its accessible text, its own label
 * (a button's caption) or the Label set as "label for" it. Walks every screen and the main forms and
 * fails on any control the keyboard can reach that has none.
 */
class AccessibleNamesTest extends WindowTest {

    @Test
    void everyControlTheKeyboardReachesHasAnAccessibleName(FxRobot robot) {
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        UserSteps.waitUntil(() -> !tabs.isDisabled());
        Set<String> unnamed = new TreeSet<>();
        for (String screen : List.of("Matrix", "My tasks", "Dashboard", "Meetings", "Report", "Dataset", "Actions")) {
            UserSteps.open(robot, screen);
            UserSteps.waitUntil(() -> true);
            robot.interact(() -> unnamed.addAll(unnamed(screen, tabs.getScene())));
        }
        UserSteps.open(robot, "Matrix");
        robot.clickOn("#matrix-table .table-row-cell");
        for (String form : List.of("Record evidence…", "Edit…")) {
            UserSteps.press(robot, form);
            UserSteps.waitUntil(() -> Window.getWindows().size() > 1);
            robot.interact(() -> {
                for (Window window : new ArrayList<>(Window.getWindows())) {
                    if (window.getScene() != tabs.getScene()) {
                        unnamed.addAll(unnamed(form, window.getScene()));
                    }
                }
            });
            robot.push(javafx.scene.input.KeyCode.ESCAPE);
            UserSteps.waitUntil(() -> Window.getWindows().size() == 1);
        }
        // The chase dialog, with its list of leads who have no address showing.
        UserSteps.menu(robot, "menu-matrix-chase");
        UserSteps.waitUntil(() -> robot.lookup("#chase-no-address").tryQuery().isPresent()
                && !robot.lookup("#chase-no-address").queryListView().getItems().isEmpty());
        robot.interact(() -> {
            for (Window window : new ArrayList<>(Window.getWindows())) {
                if (window.getScene() != tabs.getScene()) {
                    unnamed.addAll(unnamed("Chase leads", window.getScene()));
                }
            }
        });
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        UserSteps.waitUntil(() -> Window.getWindows().size() == 1);

        assertThat(unnamed).as("controls without an accessible name").isEmpty();
    }

    private static List<String> unnamed(String where, Scene scene) {
        List<Label> labels = new ArrayList<>();
        List<Control> controls = new ArrayList<>();
        collect(scene.getRoot(), labels, controls);
        List<String> found = new ArrayList<>();
        for (Control control : controls) {
            boolean named = notBlank(control.getAccessibleText())
                    || control instanceof Labeled labeled && notBlank(labeled.getText())
                    || labels.stream().anyMatch(l -> l.getLabelFor() == control);
            if (!named) {
                found.add(where + ": " + control.getClass().getSimpleName()
                        + (control.getId() == null ? "" : " #" + control.getId()));
            }
        }
        return found;
    }

    /** Visible controls that take focus; the parts inside a text box, list, table or drop-down are theirs. */
    private static void collect(Node node, List<Label> labels, List<Control> controls) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Label label) {
            labels.add(label);
        }
        if (node instanceof Control control && control.isFocusTraversable() && !(control instanceof TabPane)) {
            controls.add(control);
        }
        if (node instanceof TextInputControl || node instanceof ComboBoxBase<?> || node instanceof Spinner<?>
                || node instanceof TableView<?> || node instanceof ListView<?>) {
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, labels, controls);
            }
        }
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
