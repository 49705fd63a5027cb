package scot.cswo.assurance.ui.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.ui.UserSteps.chooseRow;
import static scot.cswo.assurance.ui.UserSteps.open;
import static scot.cswo.assurance.ui.UserSteps.press;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import scot.cswo.assurance.domain.dataset.MeasureSeries;
import scot.cswo.assurance.domain.dataset.Rag;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.ui.WindowTest;
import scot.cswo.assurance.ui.dataset.DatasetViewModel.Line;
import scot.cswo.assurance.ui.dataset.DatasetViewModel.Point;

/**
 * A data owner enters a quarter's figures and sees the chart and the rating change. The average
 * caseload's 2025-26 target is 24 with a tolerance of 1 (lower is better).
 */
class EnteringDatasetValuesTest extends WindowTest {
    private static final String CASELOAD = "Average caseload per social worker";

    @Override
    protected void prepare(Workspace workspace) {
        workspace.dataset().setTarget(caseload(workspace).id(), 2025, "24", "1");
    }

    private static MeasureSeries caseload(Workspace workspace) {
        return workspace.dataset().dataset().stream().filter(s -> s.measure().name().equals(CASELOAD)).findFirst()
                .orElseThrow();
    }

    /** Moves the keyboard focus to a measure's field (scrolling the form to it) and types the value. */
    private static void typeValue(FxRobot robot, String measure, String value) {
        TextField field = robot.lookup((Node n) -> n instanceof TextField t && t.getAccessibleText() != null
                && t.getAccessibleText().startsWith(measure + ",")).queryAs(TextField.class);
        robot.interact(field::requestFocus);
        robot.clickOn(field).eraseText(field.getText().length()).write(value);
    }

    private static Line caseloadLine(FxRobot robot) {
        TableView<Line> table = robot.lookup("#dataset-table").queryTableView();
        return table.getItems().stream().filter(l -> l.series().measure().name().equals(CASELOAD)).findFirst()
                .orElseThrow();
    }

    @Test
    void enteringAQuartersValueDrawsItOnTheChartAndRatesIt(FxRobot robot) {
        open(robot, "Dataset");
        waitUntil(() -> !robot.lookup("#dataset-table").queryTableView().getItems().isEmpty());
        chooseRow(robot, "#dataset-table", CASELOAD);
        @SuppressWarnings("unchecked")
        LineChart<String, Number> chart = robot.lookup("#dataset-chart").queryAs(LineChart.class);
        assertThat(chart.getData().getFirst().getData()).isEmpty();
        assertThat(robot.lookup("#dataset-no-figures").queryAs(Label.class).isVisible()).isTrue();
        assertThat(caseloadLine(robot).rag()).isEqualTo(Rag.NOT_RATED);

        press(robot, "Enter 2025-Q2 values…");
        typeValue(robot, CASELOAD, "26");
        press(robot, "Save values");

        waitUntil(() -> caseloadLine(robot).rag() == Rag.RED);
        waitUntil(() -> !chart.getData().getFirst().getData().isEmpty());
        assertThat(robot.lookup("#dataset-no-figures").queryAs(Label.class).isVisible()).isFalse();
        XYChart.Data<String, Number> drawn = chart.getData().getFirst().getData().getLast();
        assertThat(drawn.getXValue()).isEqualTo("2025-Q2");
        assertThat(drawn.getYValue().doubleValue()).isEqualTo(26.0);
        TableView<Point> figures = robot.lookup("#dataset-figures").queryTableView();
        assertThat(figures.getItems().getLast().rag()).isEqualTo(Rag.RED);
        assertThat(robot.lookup(".rag-red").tryQuery()).as("the rating is shown in words on its colour")
                .hasValueSatisfying(n -> assertThat(((Label) n).getText()).isEqualTo("Red"));
    }

    @Test
    void aBetterFigureTurnsTheRatingAmberThenGreen(FxRobot robot) {
        open(robot, "Dataset");
        waitUntil(() -> !robot.lookup("#dataset-table").queryTableView().getItems().isEmpty());
        chooseRow(robot, "#dataset-table", CASELOAD);

        press(robot, "Enter 2025-Q2 values…");
        typeValue(robot, CASELOAD, "24.5");
        press(robot, "Save values");
        waitUntil(() -> caseloadLine(robot).rag() == Rag.AMBER);

        press(robot, "Enter 2025-Q2 values…");
        typeValue(robot, CASELOAD, "23");
        press(robot, "Save values");
        waitUntil(() -> caseloadLine(robot).rag() == Rag.GREEN);
    }

    @Test
    void aValueThatIsNotANumberIsExplainedBesideItsFieldAndNothingIsSaved(FxRobot robot) {
        open(robot, "Dataset");
        waitUntil(() -> !robot.lookup("#dataset-table").queryTableView().getItems().isEmpty());

        press(robot, "Enter 2025-Q2 values…");
        typeValue(robot, "Children on the child protection register", "about forty");
        press(robot, "Save values");

        waitUntil(() -> robot.lookup(".field-message").match(Node::isVisible).tryQuery().isPresent());
        assertThat(robot.lookup(".field-message").match(Node::isVisible).queryAs(Label.class).getText())
                .contains("A value is a number");
        assertThat(fixture.workspace().dataset().dataset()).allSatisfy(s -> assertThat(s.values()).isEmpty());
    }
}
