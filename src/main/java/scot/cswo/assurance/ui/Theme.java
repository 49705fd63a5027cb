package scot.cswo.assurance.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
import javafx.beans.InvalidationListener;
import javafx.collections.ObservableMap;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * The window's look (decision record 0029): AtlantaFX's Primer Light, or, while Windows is set to
 * a contrast theme, JavaFX's own Modena in Windows' contrast colours, switching as soon as Windows
 * does; and the text at 100 to 200 % of Windows' own text size. The look applies to every window
 * of the app; the style sheet of each window's scene is fitted when it is shown.
 */
public final class Theme {
    /** Windows' "Contrast themes" switch, as JavaFX reports it among the platform preferences. */
    public static final String HIGH_CONTRAST = "Windows.SPI.HighContrast";
    public static final double SMALLEST_TEXT = 1.0;
    public static final double LARGEST_TEXT = 2.0;
    /** 10 pt at Windows' 100 % text size, JavaFX's default font being Windows' 9 pt message font. */
    private static final double TEXT_EM = 1.111;
    private static final String GENERATED = "data:text/css;base64,";
    /**
     * Modena's colours, each from Windows' system colour of the contrast theme in force, so any
     * contrast theme (Windows 11's Aquatic, Desert, Dusk, Night sky, or the user's own) is followed,
     * not only the three JavaFX knows by name.
     */
    private static final Map<String, List<String>> CONTRAST_COLOURS = Map.of(
            "Windows.SysColor.COLOR_WINDOW", List.of("-fx-background", "-fx-control-inner-background",
                    "-fx-control-inner-background-alt"),
            "Windows.SysColor.COLOR_WINDOWTEXT", List.of("-fx-text-background-color", "-fx-text-inner-color",
                    "-fx-box-border", "-fx-outer-border", "-fx-text-box-border", "-fx-mark-color"),
            "Windows.SysColor.COLOR_3DFACE", List.of("-fx-base"),
            "Windows.SysColor.COLOR_BTNTEXT", List.of("-fx-text-base-color"),
            "Windows.SysColor.COLOR_HIGHLIGHT", List.of("-fx-accent", "-fx-focus-color", "-fx-selection-bar",
                    "-fx-selection-bar-non-focused"),
            "Windows.SysColor.COLOR_HIGHLIGHTTEXT", List.of("-fx-selection-bar-text"),
            "Windows.SysColor.COLOR_HOTLIGHT", List.of("-cswo-link"));

    private static Theme followed;

    private final ObservableMap<String, Object> preferences;
    private final InvalidationListener changed = preferences -> restyle();
    private double textScale = SMALLEST_TEXT;

    private Theme(ObservableMap<String, Object> preferences) {
        this.preferences = preferences;
    }

    /**
     * From now on the app's look follows {@code preferences}: Windows' own
     * ({@code Platform.getPreferences()}) in the app; a map a test changes in tests. Call on the
     * JavaFX thread.
     */
    public static Theme follow(ObservableMap<String, Object> preferences) {
        if (followed != null) {
            followed.preferences.removeListener(followed.changed);
        }
        followed = new Theme(preferences);
        preferences.addListener(followed.changed);
        followed.restyle();
        return followed;
    }

    /** Gives a newly shown window's scene the look in force, if the app follows one yet. */
    public static void fit(Scene scene) {
        if (followed != null) {
            followed.fitScene(scene);
        }
    }

    public boolean highContrast() {
        return Boolean.TRUE.equals(preferences.get(HIGH_CONTRAST));
    }

    /** The text size as a share of Windows' own: 1 for 100 %, 2 for 200 %. */
    public double textScale() {
        return textScale;
    }

    /** Sets the text size, kept between 100 % and 200 % of Windows' own, in every window at once. */
    public void textScale(double scale) {
        textScale = Math.clamp(scale, SMALLEST_TEXT, LARGEST_TEXT);
        restyle();
    }

    /** The user-agent style sheet of the look in force. */
    public String userAgentSheet() {
        // JavaFX adds its own contrast sheet to Modena when Windows names a theme it knows.
        return highContrast() ? Application.STYLESHEET_MODENA : new PrimerLight().getUserAgentStylesheetBSS();
    }

    private void restyle() {
        // Setting it again, even to the same sheet, has every window styled afresh.
        if (!userAgentSheet().equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(userAgentSheet());
        }
        Window.getWindows().stream().filter(window -> window.getScene() != null)
                .forEach(window -> fitScene(window.getScene()));
    }

    /** Puts this look's sheets first in the scene's style sheets, in place of any earlier look's. */
    private void fitScene(Scene scene) {
        // A pop-up (menu, list of choices, tooltip) takes its owner's sheets.
        if (scene.getWindow() instanceof PopupWindow) {
            return;
        }
        List<String> sheets = List.of(look(), generated());
        if (!scene.getStylesheets().subList(0, Math.min(2, scene.getStylesheets().size())).equals(sheets)) {
            scene.getStylesheets().removeIf(sheet -> sheet.equals(Styles.look(true))
                    || sheet.equals(Styles.look(false)) || sheet.startsWith(GENERATED));
            scene.getStylesheets().addAll(0, sheets);
        }
    }

    private String look() {
        return Styles.look(highContrast());
    }

    /** The text size, and in a contrast theme Windows' colours for it. */
    private String generated() {
        StringBuilder css = new StringBuilder(".root {\n");
        css.append(String.format(Locale.ROOT, "    -fx-font-size: %.3fem;%n", TEXT_EM * textScale));
        if (highContrast()) {
            CONTRAST_COLOURS.forEach((key, names) -> {
                if (preferences.get(key) instanceof Color colour) {
                    names.forEach(name -> css.append("    ").append(name).append(": ").append(web(colour))
                            .append(";\n"));
                }
            });
        }
        css.append("}\n");
        return GENERATED + Base64.getEncoder().encodeToString(css.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String web(Color colour) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(colour.getRed() * 255),
                Math.round(colour.getGreen() * 255), Math.round(colour.getBlue() * 255));
    }
}
