package scot.cswo.assurance.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.ui.UserSteps.open;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import scot.cswo.assurance.ui.UiFixture;
import scot.cswo.assurance.ui.WindowTest;
import scot.cswo.assurance.ui.dashboard.DashboardViewModel.OverdueLine;

/** The dashboard's overdue list says who leads each overdue row, when it was due and by how many days, and sorts. */
class OverdueListTest extends WindowTest {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void eachOverdueRowNamesItsLeadItsDueDateAndHowManyDaysOverdue(FxRobot robot) {
        TableView<OverdueLine> table = overdue(robot);

        List<String> row = cellTexts(robot, table, "F1.3");
        // Ref, Mechanism, Lead, Due, Days overdue, Why
        assertThat(row.get(2)).isEqualTo("Jane Martin");
        LocalDate due = LocalDate.parse(row.get(3), SHOWN);
        assertThat(row.get(4)).isEqualTo(Long.toString(ChronoUnit.DAYS.between(due, UiFixture.TODAY)));
        assertThat(Long.parseLong(row.get(4))).isPositive();
        assertThat(row.get(5)).contains("due " + row.get(3));
    }

    @Test
    void clickingAHeadingSortsByDaysOverdueOrByLead(FxRobot robot) {
        TableView<OverdueLine> table = overdue(robot);

        robot.clickOn(heading(robot, "Days overdue"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).isSortedAccordingTo(Comparator.comparingLong(OverdueLine::daysOverdue));
        robot.clickOn(heading(robot, "Days overdue"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).isSortedAccordingTo(Comparator.comparingLong(OverdueLine::daysOverdue).reversed());

        robot.clickOn(heading(robot, "Lead"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).isSortedAccordingTo(Comparator.comparing(OverdueLine::leads));
        assertThat(table.getItems().stream().map(OverdueLine::leads).distinct().count()).isGreaterThan(1);
    }

    @Test
    void nothingInTheListIsCutOffAt1280By720(FxRobot robot) {
        TableView<OverdueLine> table = overdue(robot);
        Stage stage = (Stage) table.getScene().getWindow();
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        WaitForAsyncUtils.waitForFxEvents();

        List<Labeled> shownWithText = new ArrayList<>(robot.from(table).lookup(".table-cell")
                .match(n -> n.isVisible() && ((Labeled) n).getText() != null).queryAllAs(Labeled.class));
        shownWithText.addAll(robot.from(table).lookup(".column-header .label").queryAllAs(Labeled.class));
        assertThat(shownWithText).isNotEmpty().allSatisfy(l -> assertThat(displayed(l)).isEqualTo(l.getText()));
    }

    /** The text a label actually draws: JavaFX puts an ellipsis in place of what does not fit. */
    private static String displayed(Labeled labeled) {
        return labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(t -> ((Text) t).getText())
                .findFirst().orElse("");
    }

    private static TableView<OverdueLine> overdue(FxRobot robot) {
        open(robot, "Dashboard");
        TableView<OverdueLine> table = robot.lookup("#dashboard-overdue").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());
        return table;
    }

    private static Node heading(FxRobot robot, String text) {
        return robot.lookup("#dashboard-overdue .column-header .label").match(l -> ((Label) l).getText().equals(text))
                .query();
    }

    /** The texts shown in the row whose ref is {@code ref}, column by column. */
    private static List<String> cellTexts(FxRobot robot, TableView<OverdueLine> table, String ref) {
        int index = table.getItems().stream().map(OverdueLine::ref).toList().indexOf(ref);
        assertThat(index).as(ref + " is overdue").isNotNegative();
        robot.interact(() -> table.scrollTo(index));
        WaitForAsyncUtils.waitForFxEvents();
        return table.getColumns().stream().map(column -> robot.from(table).lookup(".table-cell")
                .match(n -> n instanceof TableCell<?, ?> c && c.getTableColumn() == column && c.getIndex() == index)
                .<TableCell<?, ?>>query()).map(OverdueListTest::shown).toList();
    }

    private static String shown(TableCell<?, ?> cell) {
        if (cell.getText() != null) {
            return cell.getText();
        }
        Text wrapped = (Text) cell.getGraphic();
        return wrapped.getText();
    }
}
