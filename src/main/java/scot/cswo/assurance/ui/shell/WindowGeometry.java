package scot.cswo.assurance.ui.shell;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import scot.cswo.assurance.ui.matrix.MatrixView;

/**
 * Remembers the main window's size, position, maximised state and text size between sessions, and
 * how the user left the matrix's details pane: its size and whether it was shown.
 */
final class WindowGeometry {
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 820;
    private static final String DIVIDER = "matrixDetailDivider";
    private static final String DETAILS_SHOWN = "matrixDetailShown";

    private WindowGeometry() {
    }

    static void restore(Stage stage, Path file) {
        Properties saved = load(file);
        double width = number(saved, "width", DEFAULT_WIDTH);
        double height = number(saved, "height", DEFAULT_HEIGHT);
        Rectangle2D visible = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(Math.max(width, stage.getMinWidth()), visible.getWidth()));
        stage.setHeight(Math.min(Math.max(height, stage.getMinHeight()), visible.getHeight()));
        if (saved.containsKey("x") && saved.containsKey("y")) {
            double x = number(saved, "x", 0);
            double y = number(saved, "y", 0);
            // Only where it is still on a screen: monitors get unplugged.
            if (!Screen.getScreensForRectangle(x, y, Math.min(width, 100), Math.min(height, 100)).isEmpty()) {
                stage.setX(x);
                stage.setY(y);
            } else {
                stage.centerOnScreen();
            }
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(Boolean.parseBoolean(saved.getProperty("maximised", "false")));
    }

    /** Puts the matrix's details pane back as the user left it: shown or hidden, and its size. */
    static void restore(MatrixView matrix, Path file) {
        Properties saved = load(file);
        // Never so far either way that the matrix or the details vanish behind a divider the user cannot find.
        matrix.detailDivider().set(Math.clamp(number(saved, DIVIDER, matrix.detailDivider().get()), 0.15, 0.9));
        matrix.detailShown().set(Boolean.parseBoolean(saved.getProperty(DETAILS_SHOWN, "true")));
    }

    /** Saves the window's frame and, once the matrix is built ({@code matrix} not null), its details pane. */
    static void save(Stage stage, MatrixView matrix, Path file) {
        Properties state = load(file);
        if (matrix != null) {
            state.setProperty(DIVIDER, Double.toString(matrix.detailDivider().get()));
            state.setProperty(DETAILS_SHOWN, Boolean.toString(matrix.detailShown().get()));
        }
        state.setProperty("maximised", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized() && !stage.isIconified()) {
            state.setProperty("x", Double.toString(stage.getX()));
            state.setProperty("y", Double.toString(stage.getY()));
            state.setProperty("width", Double.toString(stage.getWidth()));
            state.setProperty("height", Double.toString(stage.getHeight()));
        }
        store(state, file);
    }

    /** The text size chosen in View &gt; Text size, as a share of Windows' own; 1 if none was. */
    static double textScale(Path file) {
        return number(load(file), "textScale", 1);
    }

    static void saveTextScale(double scale, Path file) {
        Properties state = load(file);
        state.setProperty("textScale", Double.toString(scale));
        store(state, file);
    }

    private static void store(Properties state, Path file) {
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                state.store(out, "CSWO Assurance window");
            }
        } catch (IOException notEssential) {
            // The window simply opens at its default size (and text size) next time.
        }
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (IOException | IllegalArgumentException unreadable) {
                return new Properties();
            }
        }
        return properties;
    }

    private static double number(Properties properties, String key, double fallback) {
        try {
            return Double.parseDouble(properties.getProperty(key, Double.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
