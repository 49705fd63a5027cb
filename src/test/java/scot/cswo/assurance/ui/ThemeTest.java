package scot.cswo.assurance.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The look (decision record 0029): AtlantaFX's Primer Light, or Windows' contrast theme while Windows
 * is set to one, switching as Windows does; status words readable on their colours; keyboard focus
 * always ringed; text from 100 % to 200 %.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeTest {
    private static final List<String> STATUSES = List.of("status-overdue", "status-due-soon", "status-on-track",
            "status-complete", "status-no-schedule");

    /** Windows' preferences as a test sets them. */
    private final ObservableMap<String, Object> windows = FXCollections.observableHashMap();
    private Stage stage;
    private Theme theme;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void followThisComputerAgain() {
        // The look is the app's, not one window's: later tests get the one the app would have here.
        new FxRobot().interact(() -> Theme.follow(Platform.getPreferences()));
    }

    @Test
    void theLookIsPrimerLightWhenWindowsIsNotInAContrastTheme() {
        windows.put(Theme.HIGH_CONTRAST, false);

        follow();

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheetBSS());
    }

    @Test
    void aWindowsContrastThemeGivesModenaInItsColoursInstead() {
        windows.put(Theme.HIGH_CONTRAST, true);

        follow();

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Application.STYLESHEET_MODENA);
    }

    @Test
    void turningAContrastThemeOnWhileTheWindowIsOpenRestylesIt() {
        windows.put(Theme.HIGH_CONTRAST, false);
        follow();
        Label pill = show(status("status-overdue"));
        assertThat(background(pill)).isEqualTo(Color.web("#b3261e"));

        new FxRobot().interact(() -> {
            windows.putAll(contrastTheme(Color.BLACK, Color.YELLOW, Color.CYAN));
            windows.put(Theme.HIGH_CONTRAST, true);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Application.STYLESHEET_MODENA);
        assertThat(background(pill)).isEqualTo(Color.BLACK);
        assertThat(pill.getTextFill()).isEqualTo(Color.YELLOW);
    }

    @Test
    void aContrastThemeShowsEachStatusInItsTextColourOnItsBackgroundWithAnEdge() {
        windows.putAll(contrastTheme(Color.WHITE, Color.BLACK, Color.web("#37006e")));
        windows.put(Theme.HIGH_CONTRAST, true);
        follow();

        Label pill = show(status("status-on-track"));

        assertThat(background(pill)).isEqualTo(Color.WHITE);
        assertThat(pill.getTextFill()).isEqualTo(Color.BLACK);
        assertThat(pill.getBackground().getFills().getFirst().getFill()).as("its edge").isEqualTo(Color.BLACK);
    }

    @Test
    void everyStatusIsReadableOnItsColourInTheLightLook() {
        windows.put(Theme.HIGH_CONTRAST, false);
        follow();
        List<Label> pills = STATUSES.stream().map(ThemeTest::status).toList();
        show(pills.toArray(Label[]::new));

        for (Label pill : pills) {
            double contrast = Contrast.ratio(background(pill), (Color) pill.getTextFill());
            System.out.printf("%s: %.1f:1%n", pill.getStyleClass().getLast(), contrast);
            assertThat(contrast).as(pill.getStyleClass().getLast()).isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void aButtonReachedWithTabIsRingedInTheFocusColour(FxRobot robot) {
        windows.put(Theme.HIGH_CONTRAST, false);
        follow();
        Button first = new Button("First");
        Button second = new Button("Second");
        show(first, second);
        robot.interact(first::requestFocus);

        robot.push(KeyCode.TAB);

        assertThat(second.isFocusVisible()).isTrue();
        BorderStroke ring = second.getBorder().getStrokes().getFirst();
        assertThat(ring.getTopStroke()).isEqualTo(Color.web("#0969da"));
        assertThat(ring.getWidths().getTop()).isEqualTo(2);
        assertThat(Contrast.ratio(Color.web("#0969da"), Color.WHITE)).as("against the window").isGreaterThan(3);
    }

    @Test
    void a150PercentTextSizeMakesTheTextHalfAsLargeAgain() {
        follow();
        Label words = show(new Label("Overdue, and why"));
        double normal = words.getFont().getSize();

        new FxRobot().interact(() -> theme.textScale(1.5));
        WaitForAsyncUtils.waitForFxEvents();

        // Sizes are rounded to a tenth of a pixel.
        assertThat(words.getFont().getSize() / normal).isCloseTo(1.5, within(0.01));
    }

    @Test
    void theTextSizeStaysBetween100And200Percent() {
        follow();

        new FxRobot().interact(() -> theme.textScale(3));
        assertThat(theme.textScale()).isEqualTo(2);
        new FxRobot().interact(() -> theme.textScale(0.5));
        assertThat(theme.textScale()).isEqualTo(1);
    }

    private void follow() {
        new FxRobot().interact(() -> theme = Theme.follow(windows));
    }

    /** Windows' system colours in a contrast theme: its background, text and highlight. */
    private static Map<String, Object> contrastTheme(Color background, Color text, Color highlight) {
        return Map.of("Windows.SysColor.COLOR_WINDOW", background, "Windows.SysColor.COLOR_WINDOWTEXT", text,
                "Windows.SysColor.COLOR_3DFACE", background, "Windows.SysColor.COLOR_BTNTEXT", text,
                "Windows.SysColor.COLOR_HIGHLIGHT", highlight, "Windows.SysColor.COLOR_HIGHLIGHTTEXT", background);
    }

    private static Label status(String status) {
        Label pill = new Label(status);
        pill.getStyleClass().addAll("status-pill", status);
        return pill;
    }

    /** Shows the nodes in a window styled as the app's are; the first node, styled. */
    @SafeVarargs
    private <N extends javafx.scene.Node> N show(N... nodes) {
        new FxRobot().interact(() -> {
            VBox box = new VBox(8, nodes);
            box.setPadding(new Insets(12));
            Scene scene = new Scene(box, 400, 300);
            Theme.fit(scene);
            scene.getStylesheets().add(Styles.sheet());
            stage.setScene(scene);
            stage.show();
            box.applyCss();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return nodes[0];
    }

    private static Color background(Label pill) {
        return (Color) pill.getBackground().getFills().getLast().getFill();
    }
}
