package scot.cswo.assurance.ui.chase;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.service.chase.Chasing.KATHRYN;
import static scot.cswo.assurance.service.chase.Chasing.SIOBHAN;
import static scot.cswo.assurance.ui.UserSteps.chooseRow;
import static scot.cswo.assurance.ui.UserSteps.menu;
import static scot.cswo.assurance.ui.UserSteps.open;
import static scot.cswo.assurance.ui.UserSteps.pick;
import static scot.cswo.assurance.ui.UserSteps.press;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import scot.cswo.assurance.domain.chase.LeadChase;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.chase.Chasing;
import scot.cswo.assurance.ui.UiFixture;
import scot.cswo.assurance.ui.WindowTest;

/** The office chases leads from the window: from My tasks and from the matrix, as drafts for its own mail program. */
class ChasingLeadsTest extends WindowTest {
    private static final String DRAFTED = "Chase drafted 22/11/2025 by COUNCIL\\tester";

    @Override
    protected void prepare(Workspace workspace) {
        Chasing.giveTwoLeadsAddresses(workspace);
    }

    @Test
    void theOfficeChasesOneLeadFromMyTasksAndAnotherFromTheMatrixAndSeesItOnTheirRowsAndInTheHistory(FxRobot robot)
            throws IOException {
        Path fromTasks = Files.createTempDirectory("chase-tasks");
        Path fromMatrix = Files.createTempDirectory("chase-matrix");

        open(robot, "My tasks");
        pick(robot, "#tasks-claim-lead", SIOBHAN);
        press(robot, "This is me");
        // My tasks' own Chase… (the matrix, in its hidden tab, has one too).
        robot.clickOn("#tasks-chase");
        ListView<String> messages = chaseDialog(robot);
        waitUntil(() -> messages.getItems().size() == 1);
        assertThat(messages.getItems().getFirst()).startsWith(SIOBHAN + " <siobhan.obriain@dundeecity.gov.uk>: ");
        fixture.savingAs(fromTasks);
        press(robot, "Write drafts…");
        press(robot, "Open the folder");
        assertThat(drafts(fromTasks)).singleElement().satisfies(name -> assertThat(name).contains(SIOBHAN));
        assertThat(fixture.opened()).contains(fromTasks.toUri().toString());
        TableView<?> tasks = robot.lookup("#tasks-table").queryTableView();
        waitUntil(() -> cells(tasks).stream().anyMatch(cell -> cell.contains(DRAFTED)));

        open(robot, "Matrix");
        pick(robot, "#matrix-lead-filter", KATHRYN);
        robot.clickOn("#matrix-chase");
        ListView<String> matrixMessages = chaseDialog(robot);
        waitUntil(() -> matrixMessages.getItems().size() == 1);
        assertThat(matrixMessages.getItems().getFirst()).startsWith(KATHRYN + " <");
        fixture.savingAs(fromMatrix);
        press(robot, "Write drafts…");
        // The question after the drafts are written: leave the folder closed.
        waitUntil(() -> robot.lookup("#confirm-alert").tryQuery().isPresent());
        robot.clickOn(robot.from(robot.lookup("#confirm-alert").<javafx.scene.Node>query()).lookup("Close")
                .<javafx.scene.Node>query());
        assertThat(drafts(fromMatrix)).singleElement().satisfies(name -> assertThat(name).contains(KATHRYN));

        String kathrynsRef = firstRef(robot, KATHRYN);
        chooseRow(robot, "#matrix-table", kathrynsRef);
        waitUntil(() -> DRAFTED.equals(robot.lookup("#detail-chased").queryAs(Label.class).getText()));
        press(robot, "History…");
        TableView<?> history = robot.lookup("#history-table").queryTableView();
        waitUntil(() -> cells(history).contains("Chased"));
        assertThat(cells(history)).anySatisfy(cell -> assertThat(cell).startsWith("drafted for " + KATHRYN));
    }

    @Test
    void leadsWithoutAnAddressAreListedByNameWithWhatToDo(FxRobot robot) {
        List<String> without = fixture.workspace().chases().plan(UiFixture.TODAY, null).withoutAddress().stream()
                .map(LeadChase::lead).map(l -> l.name()).toList();
        assertThat(without).isNotEmpty();

        menu(robot, "menu-matrix-chase");

        chaseDialog(robot);
        ListView<String> missing = robot.lookup("#chase-no-address").queryListView();
        waitUntil(() -> missing.getItems().size() == without.size());
        without.forEach(name -> assertThat(missing.getItems()).anySatisfy(line -> assertThat(line)
                .matches(java.util.regex.Pattern.quote(name) + ": \\d+ items?")));
        assertThat(robot.lookup("No email address, not chased").tryQuery()).isPresent();
        assertThat(robot.lookup((javafx.scene.Node n) -> n instanceof Label l && l.getText() != null
                && l.getText().contains("Framework > Leads")).tryQuery()).isPresent();
    }

    /** The chase dialog's list of messages, once the dialog is open. */
    private static ListView<String> chaseDialog(FxRobot robot) {
        waitUntil(() -> robot.lookup("#chase-messages").tryQuery().isPresent());
        return robot.lookup("#chase-messages").queryListView();
    }

    private static List<String> drafts(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".eml")).toList();
        }
    }

    /** Every cell's text in a table, row by row. */
    private static List<String> cells(TableView<?> table) {
        return IntStream.range(0, table.getItems().size()).boxed().flatMap(row -> table.getColumns().stream()
                .map(column -> String.valueOf(column.getCellData(row)))).toList();
    }

    /** The first row the matrix shows (filtered to a lead) that the lead was chased for. */
    private String firstRef(FxRobot robot, String lead) {
        var chased = fixture.workspace().chases().latestByMechanism();
        TableView<?> matrix = robot.lookup("#matrix-table").queryTableView();
        return IntStream.range(0, matrix.getItems().size()).mapToObj(i -> (scot.cswo.assurance.ui.matrix.MatrixLine)
                        matrix.getItems().get(i))
                .filter(l -> chased.containsKey(l.row().mechanism().id())
                        && chased.get(l.row().mechanism().id()).leadName().equals(lead))
                .map(l -> l.row().ref().text()).findFirst().orElseThrow();
    }
}
