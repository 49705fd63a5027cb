package scot.cswo.assurance.ui.editing;

import static scot.cswo.assurance.ui.UserSteps.menu;
import static scot.cswo.assurance.ui.UserSteps.pick;
import static scot.cswo.assurance.ui.UserSteps.typeInto;
import static scot.cswo.assurance.ui.UserSteps.waitUntil;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxRobot;
import scot.cswo.assurance.testing.WordFixtures;
import scot.cswo.assurance.ui.WindowTest;

/**
 * The user guide's pictures of the import dialog, taken from the real dialog over a council's Word
 * document (own-headings.docx): the operating system's file chooser cannot be driven without a
 * desktop, so the file is answered as in the tests. Not a test: run it on purpose, with the folder
 * to write to, as
 * {@code mvn -o -q -DskipInstaller -Dtest=ImportScreenshots -Dscreenshots=src/site/resources/images test}.
 */
class ImportScreenshots extends WindowTest {

    @Test
    @EnabledIfSystemProperty(named = "screenshots", matches = ".+")
    void theImportDialogStepByStep(FxRobot robot) throws IOException {
        Path folder = Path.of(System.getProperty("screenshots"));
        fixture.choosingFile(WordFixtures.copy("own-headings.docx", Files.createTempDirectory("import")));
        menu(robot, "menu-file-import");
        waitUntil(() -> robot.lookup("#import-preview-problems").tryQuery().isPresent());
        save(robot, folder.resolve("import-columns.png"));

        pick(robot, "#import-column-1", "Assurance mechanism");
        waitUntil(() -> "Assurance mechanism".equals(robot.lookup("#import-column-1").queryComboBox().getValue()));
        pick(robot, "#import-column-3", "Frequency");
        waitUntil(() -> "Frequency".equals(robot.lookup("#import-column-3").queryComboBox().getValue()));
        save(robot, folder.resolve("import-frequency.png"));

        pick(robot, "#import-map-0", "4 monthly");
        waitUntil(() -> robot.lookup("#import-preview-problems").queryAs(TableView.class).getItems().isEmpty());
        typeInto(robot, "#settings-name", "Newtown CSWO Governance Framework");
        typeInto(robot, "#settings-council", "Newtown Council");
        typeInto(robot, "#settings-period", "2026-2030");
        save(robot, folder.resolve("import-ready.png"));
    }

    /** The import dialog as drawn, written as a PNG. */
    private static void save(FxRobot robot, Path file) throws IOException {
        Scene scene = robot.lookup("#import-preview").query().getScene();
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> shot.set(scene.snapshot(null)));
        WritableImage image = shot.get();
        BufferedImage picture = new BufferedImage((int) image.getWidth(), (int) image.getHeight(),
                BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                picture.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(picture, "png", file.toFile());
    }
}
