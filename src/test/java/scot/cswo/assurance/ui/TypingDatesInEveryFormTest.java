package scot.cswo.assurance.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.ui.UserSteps.chooseRow;
import static scot.cswo.assurance.ui.UserSteps.menu;
import static scot.cswo.assurance.ui.UserSteps.open;
import static scot.cswo.assurance.ui.UserSteps.pick;
import static scot.cswo.assurance.ui.UserSteps.press;
import static scot.cswo.assurance.ui.UserSteps.typeInto;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import scot.cswo.assurance.domain.evidence.Evidence;
import scot.cswo.assurance.domain.evidence.EvidenceKind;
import scot.cswo.assurance.domain.history.HistoryEntry;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.evidence.EvidenceEntry;
import scot.cswo.assurance.service.evidence.EvidenceInput;

/**
 * Every other date field of every form takes each form of date people type and saves exactly that
 * date (the evidence, action and meeting forms are in {@link TypingDatesTest}). Today is 22/11/2025.
 */
class TypingDatesInEveryFormTest extends WindowTest {
    /** One day written five ways, each a different day so every save is told apart: {0} is the day of the month. */
    private static final List<String> FORMS = List.of("{0}/9/25", "{0}/09/2025", "{0} Sep 2025", "{0} September 2025",
            "2025-09-{0}");
    private static final List<Integer> DAYS = List.of(11, 12, 13, 14, 15);

    /** The same in December 2025 (ahead of today). */
    private static String december(int i) {
        return december(i, DAYS.get(i));
    }

    /** Day {@code day} of December 2025 written the i-th way. */
    private static String december(int i, int day) {
        return FORMS.get(i).replace("{0}", Integer.toString(day)).replace("/9/", "/12/").replace("/09/", "/12/")
                .replace("September", "December").replace("Sep", "Dec").replace("-09-", "-12-");
    }

    private static String typed(int i) {
        return FORMS.get(i).replace("{0}", Integer.toString(DAYS.get(i)));
    }

    @Override
    protected void prepare(Workspace workspace) {
        long framework = workspace.matrix().matrix().framework().id();
        for (int i = 0; i < FORMS.size(); i++) {
            workspace.editor().addFunction(framework, 11 + i, "Function to retire " + i);
        }
        workspace.evidence().record(new Ref("F3.7"), new EvidenceInput(LocalDate.of(2025, 11, 2), "CCPG attended",
                null, null, null, null, List.of()));
    }

    private List<String> history(String field) {
        return fixture.workspace().history().log(null, null).stream().filter(e -> e.field().equals(field))
                .map(HistoryEntry::newValue).toList();
    }

    @Test
    void notApplicableMarksThePeriodOfTheDateTyped(FxRobot robot) {
        List<String> quarterly = List.of("F1.5", "F2.2", "F2.3", "F2.4", "F3.10");
        for (int i = 0; i < FORMS.size(); i++) {
            open(robot, "Matrix");
            chooseRow(robot, "#matrix-table", quarterly.get(i));
            press(robot, "Not applicable…");
            typeInto(robot, "#not-applicable-date", typed(i));
            robot.clickOn("#not-applicable-reason").write("No meeting in the summer");
            press(robot, "Save");
            int saved = i + 1;
            waitUntil(() -> marks(EvidenceKind.NOT_APPLICABLE).size() == saved);
        }
        assertThat(marks(EvidenceKind.NOT_APPLICABLE)).extracting(Evidence::date)
                .containsOnly(LocalDate.of(2025, 9, 30));
    }

    @Test
    void nothingToReportIsForTheQuarterOfTheDateTyped(FxRobot robot) {
        List<String> eventDriven = List.of("F1.1", "F1.2", "F1.4", "F3.5", "F3.9");
        for (int i = 0; i < FORMS.size(); i++) {
            open(robot, "Matrix");
            chooseRow(robot, "#matrix-table", eventDriven.get(i));
            press(robot, "Nothing to report…");
            typeInto(robot, "#nothing-to-report-date", typed(i));
            press(robot, "Save");
            int saved = i + 1;
            waitUntil(() -> marks(EvidenceKind.NOTHING_TO_REPORT).size() == saved);
        }
        assertThat(marks(EvidenceKind.NOTHING_TO_REPORT)).extracting(Evidence::date)
                .containsOnly(LocalDate.of(2025, 9, 30));
    }

    @Test
    void aCorrectionTakesTheDateTyped(FxRobot robot) {
        for (int i = 0; i < FORMS.size(); i++) {
            open(robot, "Matrix");
            chooseRow(robot, "#matrix-table", "F3.7");
            TableView<EvidenceEntry> list = robot.lookup("#detail-evidence").queryTableView();
            waitUntil(() -> list.getItems().stream().anyMatch(e -> e.evidence().current()));
            ScrollPane details = robot.lookup("#row-detail").queryAs(ScrollPane.class);
            robot.interact(() -> details.setVvalue(details.getVmax()));
            robot.clickOn(robot.lookup("#detail-evidence .table-row-cell").match((TableRow<EvidenceEntry> r) ->
                    r.getItem() != null && r.getItem().evidence().current()).<Node>query());
            robot.push(KeyCode.F2);
            typeInto(robot, "#evidence-date", typed(i));
            robot.clickOn("#correct-reason").write("Wrong day");
            press(robot, "Save correction");
            LocalDate day = LocalDate.of(2025, 9, DAYS.get(i));
            waitUntil(() -> current().date().equals(day));
        }
    }

    @Test
    void retiringARowTakesTheDateTyped(FxRobot robot) {
        List<String> rows = List.of("F3.1", "F3.2", "F3.3", "F3.6", "F3.8");
        for (int i = 0; i < FORMS.size(); i++) {
            open(robot, "Matrix");
            chooseRow(robot, "#matrix-table", rows.get(i));
            waitUntil(() -> robot.lookup("#detail-more").tryQuery().isPresent());
            robot.clickOn("#detail-more");
            robot.clickOn("Retire from the matrix…");
            typeInto(robot, "#retire-from", december(i));
            press(robot, "Retire");
            int saved = i + 1;
            waitUntil(() -> rowsRetired().size() == saved);
        }
        assertThat(rowsRetired()).containsExactly("retired from 2025-12-11", "retired from 2025-12-12",
                "retired from 2025-12-13", "retired from 2025-12-14", "retired from 2025-12-15");
    }

    @Test
    void retiringAFunctionTakesTheDateTyped(FxRobot robot) {
        for (int i = 0; i < FORMS.size(); i++) {
            menu(robot, "menu-matrix-retireFunction");
            pick(robot, "#function-choice", (11 + i) + ". Function to retire " + i);
            typeInto(robot, "#function-retire-from", typed(i));
            press(robot, "Retire");
            int saved = i + 1;
            waitUntil(() -> fixture.workspace().history().log(null, null).stream()
                    .filter(e -> e.entity().equals("function") && e.field().equals("retired")).count() == saved);
        }
        assertThat(fixture.workspace().history().log(null, null).stream()
                .filter(e -> e.entity().equals("function") && e.field().equals("retired")).map(HistoryEntry::newValue))
                .containsExactlyInAnyOrder("retired from 2025-09-11", "retired from 2025-09-12",
                        "retired from 2025-09-13", "retired from 2025-09-14", "retired from 2025-09-15");
    }

    @Test
    void aNewFrequencyTakesEffectFromTheDateTyped(FxRobot robot) {
        List<String> rows = List.of("F1.5", "F2.2", "F2.3", "F2.4", "F3.10");
        for (int i = 0; i < FORMS.size(); i++) {
            open(robot, "Matrix");
            chooseRow(robot, "#matrix-table", rows.get(i));
            press(robot, "Edit…");
            typeInto(robot, "#mechanism-frequency", "Monthly");
            typeInto(robot, "#mechanism-effective-from", december(i));
            press(robot, "Save");
            int saved = i + 1;
            waitUntil(() -> history("frequency").size() == saved);
        }
        assertThat(history("frequency")).containsExactlyInAnyOrder("Monthly from 2025-12-11", "Monthly from 2025-12-12",
                "Monthly from 2025-12-13", "Monthly from 2025-12-14", "Monthly from 2025-12-15");
    }

    @Test
    void theTrackingStartInSettingsIsSavedAsTyped(FxRobot robot) {
        for (int i = 0; i < FORMS.size(); i++) {
            menu(robot, "menu-framework-settings");
            typeInto(robot, "#settings-tracking-start", typed(i).replace("2025", "2024").replace("/25", "/24"));
            press(robot, "Save");
            LocalDate day = LocalDate.of(2024, 9, DAYS.get(i));
            waitUntil(() -> fixture.workspace().matrix().matrix().framework().trackingStart().equals(day));
        }
    }

    @Test
    void aNewFrameworkPeriodStartsOnTheDateTyped(FxRobot robot) {
        for (int i = 0; i < FORMS.size(); i++) {
            menu(robot, "menu-framework-newPeriod");
            String year = Integer.toString(2026 + i);
            typeInto(robot, "#settings-period", year + "-" + (Integer.parseInt(year) + 4));
            typeInto(robot, "#settings-tracking-start", typed(i).replace("2025", year).replace("/25", "/" + year
                    .substring(2)));
            press(robot, "Start new period");
            int saved = i + 2;
            waitUntil(() -> fixture.workspace().matrix().frameworks().size() == saved);
            press(robot, "OK");
        }
        assertThat(fixture.workspace().matrix().frameworks()).extracting(f -> f.trackingStart()).containsExactly(
                LocalDate.of(2025, 4, 1), LocalDate.of(2026, 9, 11), LocalDate.of(2027, 9, 12),
                LocalDate.of(2028, 9, 13), LocalDate.of(2029, 9, 14), LocalDate.of(2030, 9, 15));
    }

    @Test
    void anAbsenceRunsFromAndToTheDatesTyped(FxRobot robot) {
        open(robot, "My tasks");
        pick(robot, "#tasks-claim-lead", "Jane Martin");
        press(robot, "This is me");
        waitUntil(() -> fixture.workspace().tasks().me().isPresent());
        for (int i = 0; i < FORMS.size(); i++) {
            press(robot, "I will be away…");
            typeInto(robot, "#away-from", december(i));
            typeInto(robot, "#away-to", december(i, DAYS.get(i) + 10));
            pick(robot, "#away-deputy", "Diane McCulloch");
            press(robot, "Save");
            int saved = i + 1;
            waitUntil(() -> fixture.workspace().tasks().absences().size() == saved);
        }
        assertThat(fixture.workspace().tasks().absences()).extracting(a -> a.from() + ".." + a.to())
                .containsExactlyInAnyOrder("2025-12-11..2025-12-21", "2025-12-12..2025-12-22",
                        "2025-12-13..2025-12-23", "2025-12-14..2025-12-24", "2025-12-15..2025-12-25");
    }

    @Test
    void theAsOfDateIsTheDateTyped(FxRobot robot) {
        for (int i = 0; i < FORMS.size(); i++) {
            typeInto(robot, "#matrix-as-of", typed(i));
            robot.push(KeyCode.ENTER);
            LocalDate day = LocalDate.of(2025, 9, DAYS.get(i));
            waitUntil(() -> day.equals(asOf(robot, "#matrix-as-of")));
        }
        open(robot, "Dashboard");
        typeInto(robot, "#dashboard-as-of", "1/10/25");
        robot.push(KeyCode.ENTER);
        waitUntil(() -> LocalDate.of(2025, 10, 1).equals(asOf(robot, "#dashboard-as-of")));
        open(robot, "Matrix");
        assertThat(asOf(robot, "#matrix-as-of")).isEqualTo(LocalDate.of(2025, 10, 1));
    }

    /** The date an As of field holds: the one every screen shares. */
    private static LocalDate asOf(FxRobot robot, String field) {
        return robot.lookup(field).queryAs(DatePicker.class).getValue();
    }

    private List<Evidence> marks(EvidenceKind kind) {
        return fixture.workspace().evidence().list(Optional.empty(), false).stream().map(EvidenceEntry::evidence)
                .filter(e -> e.kind() == kind).toList();
    }

    private Evidence current() {
        return fixture.workspace().evidence().list(Optional.of(new Ref("F3.7")), false).getFirst().evidence();
    }

    private List<String> rowsRetired() {
        return fixture.workspace().history().log(null, null).stream()
                .filter(e -> e.entity().equals("row") && e.field().equals("retired")).map(HistoryEntry::newValue)
                .sorted().toList();
    }
}
