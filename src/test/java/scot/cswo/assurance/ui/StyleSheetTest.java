package scot.cswo.assurance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.StackPane;
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

/** The style sheet leaves text size to Windows and stays readable in Windows' contrast themes. */
@ExtendWith(ApplicationExtension.class)
class StyleSheetTest {
    /** Windows' "White on black" contrast theme as JavaFX applies it when the PC is set to it. */
    private static final String WHITE_ON_BLACK = "/com/sun/javafx/scene/control/skin/modena/whiteOnBlack.css";

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void everyTextSizeIsRelativeSoWindowsTextSizeSettingApplies() throws IOException {
        String sheet;
        try (InputStream in = URI.create(Styles.sheet()).toURL().openStream()) {
            sheet = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher sizes = Pattern.compile("-fx-(?:tick-label-)?font-size:\\s*([^;]+);").matcher(sheet);
        List<String> found = sizes.results().map(m -> m.group(1).strip()).toList();

        assertThat(found).isNotEmpty().allSatisfy(size -> assertThat(size).as("a font size").matches("[0-9.]+(em|%)"));
    }

    @AfterEach
    void followThisComputerAgain() {
        new FxRobot().interact(() -> Theme.follow(Platform.getPreferences()));
    }

    @Test
    void aNoticeIsReadableInTheLightTheme() {
        assertThat(contrastOfANotice(false, List.of())).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void aNoticeIsReadableInTheWhiteOnBlackContrastTheme() {
        String contrast = StyleSheetTest.class.getResource(WHITE_ON_BLACK).toExternalForm();

        assertThat(contrastOfANotice(true, List.of(contrast))).isGreaterThanOrEqualTo(4.5);
    }

    /**
     * Shows a notice in the app's look, in or out of a Windows contrast theme, with {@code themes} (as JavaFX
     * adds them) before the app's sheet; the contrast of its words on its background.
     */
    private double contrastOfANotice(boolean highContrast, List<String> themes) {
        Label words = new Label("The database was restored from a backup.");
        StackPane notice = new StackPane(words);
        notice.getStyleClass().add("notice");
        new FxRobot().interact(() -> {
            ObservableMap<String, Object> windows = FXCollections.observableHashMap();
            windows.put(Theme.HIGH_CONTRAST, highContrast);
            Theme.follow(windows);
            Scene scene = new Scene(new VBox(notice), 400, 100);
            Theme.fit(scene);
            scene.getStylesheets().addAll(themes);
            scene.getStylesheets().add(Styles.sheet());
            stage.setScene(scene);
            stage.show();
            scene.getRoot().applyCss();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Background background = notice.getBackground();
        Color back = (Color) background.getFills().getFirst().getFill();
        Color text = (Color) words.getTextFill();
        return Contrast.ratio(back, text);
    }
}
