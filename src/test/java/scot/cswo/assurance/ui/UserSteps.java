package scot.cswo.assurance.ui;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Steps a user takes, for UI tests that read like instructions. */
public final class UserSteps {

    private UserSteps() {
    }

    /** Opens a screen with its keyboard shortcut (Ctrl+1 Matrix … Ctrl+5 Report, Ctrl+6 Dataset, Ctrl+7 Actions). */
    public static void open(FxRobot robot, String screen) {
        int index = List.of("Matrix", "My tasks", "Dashboard", "Meetings", "Report", "Dataset", "Actions").indexOf(screen);
        if (index < 0) {
            throw new IllegalArgumentException("No screen called " + screen);
        }
        robot.push(KeyCode.CONTROL, KeyCode.getKeyCode(Integer.toString(index + 1)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the visible button whose label reads {@code label} (ignoring its mnemonic underscore). */
    public static void press(FxRobot robot, String label) {
        Predicate<Node> labelled = n -> n instanceof Button b && b.isVisible() && !b.isDisabled()
                && b.getText() != null && b.getText().replace("_", "").equals(label);
        // A screen fills in from the background: wait for the button as a user would.
        waitUntil(() -> robot.lookup(".button").match(labelled).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".button").match(labelled).<Node>query());
    }

    /** Opens a drop-down list, scrolls to the entry that reads {@code text} and clicks it. */
    public static void pick(FxRobot robot, String comboQuery, String text) {
        robot.clickOn(comboQuery);
        ListView<?> list = robot.lookup(".combo-box-popup .list-view").queryAs(ListView.class);
        ComboBox<?> combo = robot.lookup(comboQuery).queryAs(ComboBox.class);
        int index = -1;
        for (int i = 0; i < combo.getItems().size(); i++) {
            if (text.equals(shown(combo, i))) {
                index = i;
            }
        }
        if (index < 0) {
            throw new AssertionError("The list has no entry " + text);
        }
        int found = index;
        robot.interact(() -> list.scrollTo(found));
        // The popup lays its cells out after scrolling; on a loaded machine that can take a moment.
        waitUntil(() -> robot.lookup(".combo-box-popup .list-cell").match((Node n) -> n instanceof Labeled l
                && text.equals(l.getText())).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((Node n) -> n instanceof Labeled l
                && text.equals(l.getText())).<Node>query());
    }

    @SuppressWarnings("unchecked")
    private static <T> String shown(ComboBox<T> combo, int index) {
        T item = combo.getItems().get(index);
        return combo.getConverter() == null ? String.valueOf(item) : combo.getConverter().toString(item);
    }

    /** Clicks the visible text (a tab, a cell, a list item) that reads exactly {@code text}. */
    public static void choose(FxRobot robot, String text) {
        Predicate<Node> reading = n -> n instanceof Labeled l && n.isVisible() && text.equals(l.getText());
        // The screen may still be filling in from the database: wait for the text as a user would.
        waitUntil(() -> robot.lookup(reading).tryQuery().isPresent());
        robot.clickOn(robot.lookup(reading).<Node>query());
    }

    /** Scrolls a table to the row with a cell that reads {@code text}, as a user would, and clicks that cell. */
    public static void chooseRow(FxRobot robot, String tableQuery, String text) {
        TableView<?> table = robot.lookup(tableQuery).queryTableView();
        int index = -1;
        for (int row = 0; row < table.getItems().size() && index < 0; row++) {
            for (TableColumn<?, ?> column : table.getColumns()) {
                if (text.equals(String.valueOf(column.getCellData(row)))) {
                    index = row;
                }
            }
        }
        if (index < 0) {
            throw new AssertionError("The table has no row reading " + text);
        }
        int found = index;
        robot.interact(() -> table.scrollTo(found));
        robot.clickOn(robot.from(table).lookup((Node n) -> n instanceof TableCell<?, ?> cell && n.isVisible()
                && text.equals(cell.getItem())).<Node>query());
    }

    /** Chooses a menu command (by its id, "menu-matrix-retireFunction"), as clicking it in the menu bar does. */
    public static void menu(FxRobot robot, String itemId) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> itemId.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("No menu command " + itemId));
        if (item.isDisable()) {
            throw new AssertionError("The menu command " + itemId + " is disabled");
        }
        // The command opens a dialog and waits for it: fired without waiting, as a click would be.
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Replaces what a text or date field holds with {@code text}, typed key by key as a user would. */
    public static void typeInto(FxRobot robot, String fieldQuery, String text) {
        Node field = robot.lookup(fieldQuery).query();
        Node editor = field instanceof ComboBoxBase<?> ? robot.from(field).lookup(".text-field").query() : field;
        robot.clickOn(editor);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.push(KeyCode.BACK_SPACE);
        robot.write(text);
    }

    /** Once the matrix shows {@code rows} rows, the text of every cell it shows, row by row. */
    public static List<String> matrixShowing(FxRobot robot, int rows) {
        waitUntil(() -> robot.lookup("#matrix-summary").queryAs(Labeled.class).getText()
                .equals("Showing " + rows + " of " + rows + " rows"));
        TableView<?> matrix = robot.lookup("#matrix-table").queryTableView();
        return IntStream.range(0, matrix.getItems().size()).boxed().flatMap(row -> matrix.getColumns().stream()
                .map(column -> String.valueOf(column.getCellData(row)))).toList();
    }

    /**
     * Waits for background work to show its result: at once when it is quick, and up to 30 seconds
     * when a loaded machine runs two test JVMs beside the build.
     */
    public static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("the screen did not update within 30 seconds", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
