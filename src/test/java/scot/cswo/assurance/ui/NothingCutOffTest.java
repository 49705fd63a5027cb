package scot.cswo.assurance.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.ui.UserSteps.chooseRow;
import static scot.cswo.assurance.ui.UserSteps.menu;
import static scot.cswo.assurance.ui.UserSteps.open;
import static scot.cswo.assurance.ui.UserSteps.press;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.Axis;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Cell;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import scot.cswo.assurance.domain.evidence.Conclusion;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.evidence.EvidenceInput;

/**
 * Nothing on a screen or form is cut off unseen at 1280×720 and 1366×768, with text at 100 % and at
 * 150 % (issue 18, point 2). Opens every screen and the forms of the matrix, the menus and the other
 * screens at each size and fails on any text shortened to "…" (or to nothing) that the user cannot
 * read whole some other way.
 *
 * <p>The rule: a label, button, cell or heading is cut off when the text JavaFX draws for it (its
 * text node, which ends with "…" when the text does not fit) is not the text it was given. That is
 * allowed only for free text (a mechanism, a note, a name) whose whole text shows on hover: a tooltip
 * on it, or on the cell or control holding it, that contains the whole text. Headings, buttons, tabs,
 * menus and facts (dates, numbers, refs, statuses) are never allowed to be cut. The row's detail pane
 * does not count as the other way: it can be collapsed and shows only the row selected.
 *
 * <p>150 % is the user's text size as Windows sets it (Settings, Accessibility, Text size): every
 * window's text 1.5 times the size the style sheet gives it.
 */
class NothingCutOffTest extends WindowTest {
    /** The style sheet's text size relative to the system's (cswo.css, .root), times 1.5. */
    private static final String TEXT_AT_150 = "-fx-font-size: 1.6667em;";
    private static final String LONG_EVIDENCE = "High-risk case file audit: 12 files sampled, findings shared with"
            + " team managers and the chief officer, with three actions agreed for the next quarter";
    private static final Pattern FACT = Pattern.compile(
            ".*\\d{2}/\\d{2}/\\d{4}.*|[-+−]?[\\d.,%£ ]+|[A-Z]+\\d+(\\.\\d+)*(, [A-Z]+\\d+(\\.\\d+)*)*");
    private static final Set<String> STATUSES = new TreeSet<>(Arrays.stream(Status.values())
            .map(StatusLabel::text).toList());

    private final ListChangeListener<Window> biggerText = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(NothingCutOffTest::textAt150);
        }
    };

    @Override
    protected void prepare(Workspace workspace) {
        workspace.evidence().record(new Ref("F1.3"), new EvidenceInput(LocalDate.of(2025, 11, 2), LONG_EVIDENCE,
                "Audit report AR-2025-11 (file sample and findings)", null, Conclusion.REASONABLE,
                "Kathryn Sharp / Glyn Lewis", List.of()));
    }

    @AfterEach
    void normalText(FxRobot robot) {
        robot.interact(() -> Window.getWindows().removeListener(biggerText));
    }

    @Test
    void nothingIsCutOffAt1280By720(FxRobot robot) throws IOException {
        assertThat(cutOff(robot, 1280, 720)).as("text cut off").isEmpty();
    }

    @Test
    void nothingIsCutOffAt1366By768(FxRobot robot) throws IOException {
        assertThat(cutOff(robot, 1366, 768)).as("text cut off").isEmpty();
    }

    @Test
    void nothingIsCutOffAt1280By720WithTextAt150Percent(FxRobot robot) throws IOException {
        textAt150(robot);
        assertThat(cutOff(robot, 1280, 720)).as("text cut off").isEmpty();
    }

    @Test
    void nothingIsCutOffAt1366By768WithTextAt150Percent(FxRobot robot) throws IOException {
        textAt150(robot);
        assertThat(cutOff(robot, 1366, 768)).as("text cut off").isEmpty();
    }

    /** Every window now open and every one opened from now on shows its text at 150 %. */
    private void textAt150(FxRobot robot) {
        robot.interact(() -> {
            Window.getWindows().forEach(NothingCutOffTest::textAt150);
            Window.getWindows().addListener(biggerText);
        });
    }

    private static void textAt150(Window window) {
        if (window.getScene() != null) {
            Parent root = window.getScene().getRoot();
            root.setStyle((root.getStyle() == null ? "" : root.getStyle()) + TEXT_AT_150);
        }
    }

    /** Opens every screen and form in a main window of {@code width}×{@code height}: what each cut off. */
    private Set<String> cutOff(FxRobot robot, double width, double height) throws IOException {
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        waitUntil(() -> !tabs.isDisabled());
        Stage main = (Stage) tabs.getScene().getWindow();
        robot.interact(() -> {
            main.setMaximized(false);
            main.setWidth(width);
            main.setHeight(height);
        });
        Set<String> found = new TreeSet<>();
        for (String screen : List.of("Matrix", "My tasks", "Dashboard", "Meetings", "Report", "Dataset", "Actions")) {
            open(robot, screen);
            Tab tab = tabs.getSelectionModel().getSelectedItem();
            waitUntil(() -> tab.getContent() != null);
            settle();
            found.addAll(cutOff(screen, main.getScene()));
        }

        open(robot, "Matrix");
        chooseRow(robot, "#matrix-table", "F1.3");
        settle();
        found.addAll(cutOff("Matrix, F1.3 chosen", main.getScene()));
        found.addAll(forms(robot, main, button -> press(robot, button), "Record evidence…", "Edit…", "History…"));
        found.addAll(forms(robot, main, command -> menu(robot, command), "menu-matrix-addMechanism",
                "menu-matrix-addFunction", "menu-framework-leads", "menu-framework-roles", "menu-framework-settings",
                "menu-framework-newPeriod", "menu-file-backups", "menu-file-connection", "menu-file-copyToServer",
                "menu-file-qbr", "menu-matrix-chase"));
        Path file = Files.createTempDirectory("import").resolve("framework.csv");
        Files.writeString(file, "Function,Function title,Assurance mechanism,Lead,Frequency\n"
                + "1,Provide appropriate professional advice in the discharge of the local authority's social work"
                + " functions,In line with Commitment 4 of the national guidance the CSWO meets the chief executive"
                + " and elected members,Kathryn Sharp / Glyn Lewis,Quarterly\n");
        fixture.choosingFile(file);
        found.addAll(form(robot, main, "import preview", () -> menu(robot, "menu-file-import")));

        open(robot, "Dataset");
        robot.clickOn("#dataset-table .table-row-cell");
        settle();
        found.addAll(cutOff("Dataset, a measure chosen", main.getScene()));
        found.addAll(forms(robot, main, button -> fire(robot, button), "Add measure…"));
        open(robot, "Actions");
        found.addAll(forms(robot, main, button -> fire(robot, button), "Add action…"));
        open(robot, "Report");
        ListView<?> entries = robot.lookup("#report-entries").queryAs(ListView.class);
        robot.interact(() -> entries.getSelectionModel().select(0));
        settle();
        found.addAll(cutOff("Report, cover details", main.getScene()));
        found.addAll(forms(robot, main, button -> fire(robot, button), "Sections…"));
        open(robot, "My tasks");
        UserSteps.pick(robot, "#tasks-claim-lead", "Jane Martin");
        press(robot, "This is me");
        found.addAll(forms(robot, main, button -> fire(robot, button), "I will be away…"));
        return found;
    }

    /**
     * Presses a screen's button as the keyboard or a click would, without aiming the mouse: at 150 %
     * the headless robot's click can miss a button that wrapped onto a second line.
     */
    private static void fire(FxRobot robot, String label) {
        waitUntil(() -> robot.lookup(".button").match((Button b) -> b.isVisible() && !b.isDisabled() && b.getText() != null
                && label.equals(b.getText().replace("_", ""))).tryQuery().isPresent());
        Button button = robot.lookup(".button").match((Button b) -> b.isVisible() && !b.isDisabled() && b.getText() != null
                && label.equals(b.getText().replace("_", ""))).queryButton();
        // It opens a form and waits for it: fired without waiting, as a click would be.
        Platform.runLater(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens each form named, in turn, with {@code opening} given its name: what each cuts off. */
    private static List<String> forms(FxRobot robot, Stage main, Consumer<String> opening, String... names) {
        List<String> found = new ArrayList<>();
        for (String name : names) {
            found.addAll(form(robot, main, name, () -> opening.accept(name)));
        }
        return found;
    }

    /** Opens a form (or dialog) from the main window, notes what it cuts off, and closes it. */
    private static List<String> form(FxRobot robot, Stage main, String name, Runnable opening) {
        opening.run();
        waitUntil(() -> forms(main).stream().anyMatch(Window::isShowing));
        settle();
        List<String> found = new ArrayList<>();
        robot.interact(() -> forms(main).forEach(form -> found.addAll(cutOff(name, form.getScene()))));
        robot.interact(() -> forms(main).forEach(Window::hide));
        WaitForAsyncUtils.waitForFxEvents();
        return found;
    }

    private static List<Window> forms(Stage main) {
        return new ArrayList<>(Window.getWindows()).stream().filter(w -> w instanceof Stage && w != main).toList();
    }

    /** Lets what the screen reads from the database arrive and be laid out. */
    private static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> cutOff(String where, Scene scene) {
        List<String> found = new ArrayList<>();
        collect(scene.getRoot(), where, found);
        return found;
    }

    private static void collect(Node node, String where, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && cutUnseen(labeled)) {
            found.add(where + ": " + labeled.getClass().getSimpleName()
                    + (labeled.getId() == null ? "" : " #" + labeled.getId()) + " shows \"" + displayed(labeled)
                    + "\" of \"" + labeled.getText() + "\"");
        }
        if (node instanceof Axis<?> axis) {
            found.addAll(runTogether(where, axis));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, where, found);
            }
        }
    }

    /** A chart's tick labels drawn over each other ("2025-Q12025-Q2") are as unreadable as cut ones. */
    private static List<String> runTogether(String where, Axis<?> axis) {
        List<Text> labels = axis.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Text && n.isVisible() && !((Text) n).getText().isEmpty())
                .map(Text.class::cast).toList();
        List<String> found = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                Text one = labels.get(i);
                Text other = labels.get(j);
                if (one.localToScene(one.getBoundsInLocal()).intersects(other.localToScene(other.getBoundsInLocal()))) {
                    found.add(where + ": chart labels \"" + one.getText() + "\" and \"" + other.getText()
                            + "\" run together");
                }
            }
        }
        return found;
    }

    /** Shortened, and not free text the user can hover over to read whole. */
    private static boolean cutUnseen(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isBlank() || labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY
                || labeled.getChildrenUnmodifiable().stream().noneMatch(n -> n instanceof Text
                        && n != labeled.getGraphic())) {
            return false;
        }
        String whole = labeled.isMnemonicParsing() ? text.replaceFirst("_(?!_)", "") : text;
        if (whole.equals(displayed(labeled))) {
            return false;
        }
        return neverCut(labeled, whole) || !wholeOnHover(labeled, whole);
    }

    /** Headings, buttons, tabs and menus, and facts: dates, numbers, refs and statuses. */
    private static boolean neverCut(Labeled labeled, String whole) {
        return labeled instanceof ButtonBase || within(labeled, "column-header") || within(labeled, "tab")
                || within(labeled, "menu-bar") || FACT.matcher(whole.strip()).matches()
                || STATUSES.contains(whole.strip());
    }

    private static boolean within(Node node, String styleClass) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at.getStyleClass().contains(styleClass)) {
                return true;
            }
        }
        return false;
    }

    /** A tooltip on the label, or on the cell or control holding it, gives the whole text. */
    private static boolean wholeOnHover(Labeled labeled, String whole) {
        for (Node at = labeled; at != null; at = at.getParent()) {
            if (at instanceof Control control && control.getTooltip() != null
                    && flat(control.getTooltip().getText()).contains(flat(whole))) {
                return true;
            }
            if (at instanceof Cell<?>) {
                return false;
            }
        }
        return false;
    }

    private static String flat(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    /** The text a label draws: JavaFX puts "…" in place of what does not fit, or draws nothing. */
    private static String displayed(Labeled labeled) {
        return labeled.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text && n != labeled.getGraphic())
                .map(t -> ((Text) t).getText()).findFirst().orElse("");
    }
}
