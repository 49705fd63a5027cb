package scot.cswo.assurance.ui;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javafx.scene.image.Image;

/** The window's look, shared by the main window, its screens and every dialog: one style sheet, one icon set. */
public final class Styles {

    private Styles() {
    }

    /** The style sheet, as a URL for a scene's or dialog pane's stylesheets. */
    public static String sheet() {
        return resource("cswo.css");
    }

    /**
     * The colours the style sheet uses, for the look in force (decision record 0029): from
     * AtlantaFX's Primer Light, or from Windows' contrast theme.
     */
    static String look(boolean highContrast) {
        return resource(highContrast ? "look-contrast.css" : "look-light.css");
    }

    /** The app's icon at the sizes Windows asks for. */
    public static List<Image> icons() {
        return Stream.of("app-icon-32.png", "app-icon-256.png").map(icon -> new Image(resource(icon))).toList();
    }

    private static String resource(String name) {
        return Objects.requireNonNull(Styles.class.getResource(name), name).toExternalForm();
    }
}
