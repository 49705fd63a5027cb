package scot.cswo.assurance.ui.report;

import java.awt.image.BufferedImage;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import scot.cswo.assurance.ui.Messages;

/**
 * The report's pages as they will be printed, one at a time, in a window of their own: Page Up and
 * Page Down (or the buttons) turn the pages, Home and End go to the first and last, Ctrl+plus and
 * Ctrl+minus zoom, Ctrl+0 shows the real size, and the page fits the window's width until zoomed.
 * Esc or Ctrl+W closes it.
 */
final class PagePreview {
    /** An A4 page's width at 96 pixels to the inch: at 100 % the page shows at its real size. */
    private static final double ACTUAL_WIDTH = 794;
    /** The zooms offered, as a browser offers them. */
    private static final List<Double> ZOOMS = List.of(0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5,
            3.0);
    /** Room around the page, so its edges and shadow show. */
    private static final double MARGIN = 16;
    /** The window's size where the screen has room for it, and its clearance from the screen's edges. */
    private static final double WINDOW_SIZE = 900;
    private static final double SCREEN_MARGIN = 40;

    private final List<Image> pages;
    /** The page shown, from 0. */
    private final IntegerProperty page = new SimpleIntegerProperty();
    /** The zoom chosen (1 is the real size), or null while the page fits the window's width. */
    private final ObjectProperty<Double> zoom = new SimpleObjectProperty<>();
    private final ImageView view = new ImageView();
    private final ScrollPane scroll;
    private final Label pageOf = new Label();
    private final Label zoomShown = new Label();
    private final Button smaller = button("preview-zoom-out", "preview.zoomOut", "preview.zoomOut.keys",
            e -> zoomOut());
    private final Button larger = button("preview-zoom-in", "preview.zoomIn", "preview.zoomIn.keys",
            e -> zoomIn());

    private PagePreview(List<BufferedImage> rendered) {
        pages = rendered.stream().<Image>map(PagePreview::image).toList();
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.getStyleClass().add("preview-page");
        StackPane sheet = new StackPane(view);
        sheet.setPadding(new Insets(MARGIN));
        sheet.setAlignment(Pos.TOP_CENTER);
        sheet.getStyleClass().add("preview-sheets");
        scroll = new ScrollPane(sheet);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setId("report-pages");
        page.addListener((obs, old, shown) -> {
            view.setImage(pages.get(shown.intValue()));
            scroll.setVvalue(0);
        });
        view.setImage(pages.getFirst());
        zoom.addListener((obs, old, chosen) -> fit());
        scroll.viewportBoundsProperty().addListener((obs, old, bounds) -> fit());
        pageOf.setId("report-page-number");
        pageOf.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("preview.pageOf",
                page.get() + 1, pages.size()), page));
        scroll.accessibleTextProperty().bind(pageOf.textProperty());
        zoomShown.setId("report-zoom");
        zoomShown.setMinWidth(Region.USE_PREF_SIZE);
        pageOf.setMinWidth(Region.USE_PREF_SIZE);
    }

    /** Opens the preview over {@code owner}, within the screen the owner is on and clear of the taskbar. */
    static void show(Window owner, String title, List<BufferedImage> rendered) {
        PagePreview preview = new PagePreview(rendered);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        BorderPane root = new BorderPane(preview.scroll);
        root.setTop(preview.toolbar(stage));
        // At 1366×768 a 900 px tall window would put its bottom edge off the screen.
        Rectangle2D screen = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(),
                owner.getHeight()).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        Scene scene = new Scene(root, Math.min(WINDOW_SIZE, screen.getWidth() - SCREEN_MARGIN),
                Math.min(WINDOW_SIZE, screen.getHeight() - SCREEN_MARGIN));
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::close);
        // Filtered before the scroll pane, which would otherwise take Page Up/Down and Home/End to scroll.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, preview::key);
        stage.setScene(scene);
        stage.setOnShown(e -> {
            stage.setX(Math.max(screen.getMinX(), Math.min(stage.getX(), screen.getMaxX() - stage.getWidth())));
            stage.setY(Math.max(screen.getMinY(), Math.min(stage.getY(), screen.getMaxY() - stage.getHeight())));
            preview.scroll.requestFocus();
        });
        stage.show();
    }

    private Node toolbar(Stage stage) {
        Button previous = button("preview-previous", "preview.previous", "preview.previous.keys",
                e -> turnTo(page.get() - 1));
        previous.disableProperty().bind(page.isEqualTo(0));
        Button next = button("preview-next", "preview.next", "preview.next.keys", e -> turnTo(page.get() + 1));
        next.disableProperty().bind(page.isEqualTo(pages.size() - 1));
        Button actual = button("preview-actual-size", "preview.actualSize", "preview.actualSize.keys",
                e -> zoom.set(1.0));
        Button fitWidth = button("preview-fit-width", "preview.fitWidth", null, e -> zoom.set(null));
        fitWidth.disableProperty().bind(zoom.isNull());
        Button close = button("preview-close", "preview.close", "preview.close.keys", e -> stage.close());
        return ReportView.bar(6, List.of(previous, next, pageOf), List.of(smaller, zoomShown, larger, actual, fitWidth,
                close));
    }

    private static Button button(String id, String key, String keysKey, EventHandler<ActionEvent> action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setOnAction(action);
        button.setMinWidth(Region.USE_PREF_SIZE);
        if (keysKey != null) {
            button.setTooltip(new Tooltip(Messages.get(keysKey)));
        }
        return button;
    }

    private void key(KeyEvent event) {
        Runnable action = switch (event.getCode()) {
            case PAGE_DOWN -> () -> turnTo(page.get() + 1);
            case PAGE_UP -> () -> turnTo(page.get() - 1);
            case HOME -> () -> turnTo(0);
            case END -> () -> turnTo(pages.size() - 1);
            // Ctrl and the + or - key of either the main keys (with or without Shift) or the number pad.
            case PLUS, EQUALS, ADD -> event.isShortcutDown() ? this::zoomIn : null;
            case MINUS, SUBTRACT -> event.isShortcutDown() ? this::zoomOut : null;
            case DIGIT0, NUMPAD0 -> event.isShortcutDown() ? () -> zoom.set(1.0) : null;
            default -> null;
        };
        if (action != null) {
            event.consume();
            action.run();
        }
    }

    private void turnTo(int index) {
        page.set(Math.clamp(index, 0, pages.size() - 1));
    }

    /** The next zoom up from what is shown (fitted to the width, that may lie between two). */
    private void zoomIn() {
        double shown = shownZoom();
        zoom.set(ZOOMS.stream().filter(z -> z > shown + 0.005).findFirst().orElse(ZOOMS.getLast()));
    }

    private void zoomOut() {
        double shown = shownZoom();
        zoom.set(ZOOMS.reversed().stream().filter(z -> z < shown - 0.005).findFirst().orElse(ZOOMS.getFirst()));
    }

    /** The page's width on screen against its real size. */
    private double shownZoom() {
        return zoom.get() != null ? zoom.get() : fittedWidth() / ACTUAL_WIDTH;
    }

    private double fittedWidth() {
        return Math.max(ACTUAL_WIDTH * ZOOMS.getFirst(), scroll.getViewportBounds().getWidth() - 2 * MARGIN);
    }

    private void fit() {
        view.setFitWidth(zoom.get() == null ? fittedWidth() : ACTUAL_WIDTH * zoom.get());
        // Wider than the window once zoomed in: the page scrolls sideways rather than being squeezed.
        scroll.setFitToWidth(zoom.get() == null || ACTUAL_WIDTH * zoom.get() + 2 * MARGIN
                <= scroll.getViewportBounds().getWidth());
        long percent = Math.round(shownZoom() * 100);
        zoomShown.setText(zoom.get() == null ? Messages.get("preview.zoom.fitted", percent)
                : Messages.get("preview.zoom", percent));
        smaller.setDisable(shownZoom() <= ZOOMS.getFirst() + 0.005);
        larger.setDisable(shownZoom() >= ZOOMS.getLast() - 0.005);
    }

    private static WritableImage image(BufferedImage page) {
        WritableImage image = new WritableImage(page.getWidth(), page.getHeight());
        PixelWriter pixels = image.getPixelWriter();
        int[] row = new int[page.getWidth()];
        for (int y = 0; y < page.getHeight(); y++) {
            page.getRGB(0, y, page.getWidth(), 1, row, 0, page.getWidth());
            pixels.setPixels(0, y, page.getWidth(), 1, PixelFormat.getIntArgbInstance(), row, 0,
                    page.getWidth());
        }
        return image;
    }
}
