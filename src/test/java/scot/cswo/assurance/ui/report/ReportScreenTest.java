package scot.cswo.assurance.ui.report;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.ui.UserSteps.choose;
import static scot.cswo.assurance.ui.UserSteps.menu;
import static scot.cswo.assurance.ui.UserSteps.open;
import static scot.cswo.assurance.ui.UserSteps.press;
import static scot.cswo.assurance.ui.UserSteps.typeInto;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import scot.cswo.assurance.domain.action.ActionSource;
import scot.cswo.assurance.domain.report.ReportSection;
import scot.cswo.assurance.domain.report.ReportYear;
import scot.cswo.assurance.service.report.AnnualReportData;
import scot.cswo.assurance.ui.WindowTest;

class ReportScreenTest extends WindowTest {

    @Test
    void thePreviewFitsTheScreenAndEscOrCtrlWClosesIt(FxRobot robot) throws TimeoutException {
        open(robot, "Report");
        waitUntil(() -> robot.lookup("#report-message").queryAs(Label.class).getText().startsWith("Working on 2025-26"));
        press(robot, "Preview report");
        Window preview = previewWindow(robot);

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(preview.getY()).isGreaterThanOrEqualTo(screen.getMinY());
        assertThat(preview.getY() + preview.getHeight()).isLessThanOrEqualTo(screen.getMaxY());
        assertThat(preview.getX() + preview.getWidth()).isLessThanOrEqualTo(screen.getMaxX());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !preview.isShowing());

        press(robot, "Preview report");
        Window again = previewWindow(robot);
        robot.push(KeyCode.CONTROL, KeyCode.W);
        waitUntil(() -> !again.isShowing());
    }

    @Test
    void thePreviewTurnsItsPagesWithPageUpPageDownHomeAndEnd(FxRobot robot) throws TimeoutException {
        open(robot, "Report");
        waitUntil(() -> robot.lookup("#report-message").queryAs(Label.class).getText().startsWith("Working on 2025-26"));
        press(robot, "Preview report");
        previewWindow(robot);
        String of = pageNumber(robot).replace("Page 1 of ", "");
        assertThat(Integer.parseInt(of)).isGreaterThan(2);

        robot.type(KeyCode.PAGE_DOWN);
        assertThat(pageNumber(robot)).isEqualTo("Page 2 of " + of);
        robot.type(KeyCode.END);
        assertThat(pageNumber(robot)).isEqualTo("Page " + of + " of " + of);
        robot.type(KeyCode.PAGE_UP);
        assertThat(pageNumber(robot)).isEqualTo("Page " + (Integer.parseInt(of) - 1) + " of " + of);
        robot.type(KeyCode.HOME);
        assertThat(pageNumber(robot)).isEqualTo("Page 1 of " + of);
        press(robot, "Next page");
        assertThat(pageNumber(robot)).isEqualTo("Page 2 of " + of);
    }

    @Test
    void thePreviewZoomsWithCtrlPlusAndMinusShowsTheRealSizeOnCtrl0AndFitsTheWidthAgain(FxRobot robot)
            throws TimeoutException {
        open(robot, "Report");
        waitUntil(() -> robot.lookup("#report-message").queryAs(Label.class).getText().startsWith("Working on 2025-26"));
        press(robot, "Preview report");
        previewWindow(robot);
        assertThat(zoom(robot)).startsWith("Fit width (");
        double fitted = pageWidth(robot);

        robot.push(KeyCode.CONTROL, KeyCode.ADD);
        assertThat(zoom(robot)).doesNotStartWith("Fit width").endsWith(" %");
        assertThat(pageWidth(robot)).isGreaterThan(fitted);
        double larger = pageWidth(robot);
        robot.push(KeyCode.CONTROL, KeyCode.SUBTRACT);
        assertThat(pageWidth(robot)).isLessThan(larger);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        assertThat(zoom(robot)).isEqualTo("100 %");
        assertThat(pageWidth(robot)).isEqualTo(794);
        press(robot, "Fit width");
        assertThat(zoom(robot)).startsWith("Fit width (");
        assertThat(pageWidth(robot)).isEqualTo(fitted);
    }

    private static String pageNumber(FxRobot robot) {
        return robot.lookup("#report-page-number").queryAs(Label.class).getText();
    }

    private static String zoom(FxRobot robot) {
        return robot.lookup("#report-zoom").queryAs(Label.class).getText();
    }

    private static double pageWidth(FxRobot robot) {
        return robot.lookup("#report-pages .preview-page").queryAs(ImageView.class).getFitWidth();
    }

    /** The preview window once its pages are drawn (rendering the report can take a while on a busy machine). */
    private static Window previewWindow(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#report-pages").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Window window = robot.lookup("#report-pages").query().getScene().getWindow();
        robot.interact(window::requestFocus);
        return window;
    }

    @Test
    void typingAfterSavingSaysUnsavedChangesAndNoLongerSaved(FxRobot robot) {
        open(robot, "Report");
        waitUntil(() -> robot.lookup("#report-message").queryAs(Label.class).getText().startsWith("Working on 2025-26"));
        robot.clickOn("#report-text").write("A year of steady progress.");
        press(robot, "Save");
        waitUntil(() -> robot.lookup("#report-message").queryAs(Label.class).getText().equals("Saved 2025-26."));

        robot.clickOn("#report-text").write(" More to say.");

        List<String> status = robot.lookup("#report-status .label").queryAllAs(Label.class).stream()
                .filter(l -> l.isVisible() && !l.getText().isEmpty()).map(Label::getText).toList();
        assertThat(status).containsExactly("Unsaved changes");
    }

    @Test
    void editingTheIntroductionShowsInThePreviewAndIsSaved(FxRobot robot) {
        open(robot, "Report");
        waitUntil(() -> robot.lookup("#report-message").queryAs(Label.class).getText().startsWith("Working on 2025-26"));

        robot.clickOn("#report-text").write("A year of **steady** progress in Dundee.");

        waitUntil(() -> previewText(robot).contains("A year of steady progress in Dundee."));
        assertThat(robot.lookup("#report-live-preview .preview-text").queryAllAs(Text.class))
                .anySatisfy(t -> assertThat(t.getText()).isEqualTo("steady"));
        press(robot, "Save");
        waitUntil(() -> robot.lookup("#report-message").queryAs(Label.class).getText().equals("Saved 2025-26."));
        assertThat(fixture.workspace().report().texts(new ReportYear(2025)))
                .containsEntry(ReportSection.INTRODUCTION.textKey(), "A year of **steady** progress in Dundee.");
    }

    @Test
    void theScreenSaysTheDateEachMechanismsPositionIsTakenAt(FxRobot robot) {
        open(robot, "Report");
        waitUntil(() -> robot.lookup("#report-message").queryAs(Label.class).getText().startsWith("Working on 2025-26"));
        ListView<ReportEntry> entries = robot.lookup("#report-entries").queryListView();
        robot.interact(() -> entries.getSelectionModel().select(entries.getItems().stream()
                .filter(e -> e.kind() == ReportEntry.Kind.COVER).findFirst().orElseThrow()));

        assertThat(robot.lookup("#report-position").queryAs(Label.class).getText())
                .matches("The report shows each mechanism’s position as at \\d{2}/\\d{2}/\\d{4}\\.");
    }

    @Test
    void movingTheTrackingStartBackOffersTheEarlierYearAtOnce(FxRobot robot) {
        open(robot, "Report");
        ComboBox<ReportYear> years = robot.lookup("#report-year").queryComboBox();
        waitUntil(() -> !years.getItems().isEmpty());
        assertThat(years.getItems()).doesNotContain(new ReportYear(2023));

        menu(robot, "menu-framework-settings");
        typeInto(robot, "#settings-tracking-start", "1/4/23");
        press(robot, "Save");

        waitUntil(() -> years.getItems().contains(new ReportYear(2023)));
    }

    @Test
    void aMissedPeriodBecomesAnImprovementActionInOneClick(FxRobot robot) {
        open(robot, "Report");
        choose(robot, "Missed periods: reasons and actions");
        TableView<AnnualReportData.Exception> missed = robot.lookup("#report-exceptions").queryTableView();
        waitUntil(() -> !missed.getItems().isEmpty());
        AnnualReportData.Exception first = missed.getItems().getFirst();

        robot.interact(() -> missed.getSelectionModel().select(0));
        press(robot, "Raise an action");
        waitUntil(() -> robot.lookup("#done-alert").tryQuery().isPresent());
        press(robot, "OK");

        assertThat(fixture.workspace().actions().list()).singleElement().satisfies(a -> {
            assertThat(a.action().source()).isEqualTo(ActionSource.MATRIX_EXCEPTION);
            assertThat(a.sourceRef()).isEqualTo(first.rows().getFirst().ref().text());
            assertThat(a.action().title()).contains("No evidence for " + first.period().label());
        });
    }

    @Test
    void severalMissedPeriodsChosenTogetherAreGivenOneReasonAndAction(FxRobot robot) {
        open(robot, "Report");
        choose(robot, "Missed periods: reasons and actions");
        TableView<AnnualReportData.Exception> missed = robot.lookup("#report-exceptions").queryTableView();
        waitUntil(() -> missed.getItems().size() >= 2 && missed.getItems().get(0).period() != null
                && missed.getItems().get(1).period() != null);

        robot.clickOn(robot.lookup("#report-exceptions .table-row-cell").nth(0).<Node>query());
        robot.press(KeyCode.CONTROL).clickOn(robot.lookup("#report-exceptions .table-row-cell").nth(1).<Node>query())
                .release(KeyCode.CONTROL);
        waitUntil(() -> missed.getSelectionModel().getSelectedItems().size() == 2);
        press(robot, "Record reason and action…");
        robot.clickOn("#exception-reason").write("The service was restructured");
        robot.clickOn("#exception-action").write("New reporting dates agreed");
        press(robot, "Save");

        waitUntil(() -> missed.getItems().stream().limit(2).allMatch(e -> e.note() != null));
        assertThat(fixture.workspace().report().data(new ReportYear(2025), Optional.empty()).exceptions().stream()
                .limit(2)).allSatisfy(e -> {
                    assertThat(e.note().reason()).isEqualTo("The service was restructured");
                    assertThat(e.note().action()).isEqualTo("New reporting dates agreed");
                });
    }

    private static String previewText(FxRobot robot) {
        StringBuilder text = new StringBuilder();
        robot.lookup("#report-live-preview .preview-text").queryAllAs(Text.class).forEach(t -> text.append(t.getText()));
        return text.toString();
    }
}
