package scot.cswo.assurance.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.report.ReportYear;
import scot.cswo.assurance.ui.RecordingDialogs;
import scot.cswo.assurance.ui.ViewModelTest;

/** Insert image… in a narrative: the picture with its alt text goes where the cursor is; never without alt text. */
class InsertingAPictureTest extends ViewModelTest {
    private static final ReportYear YEAR = new ReportYear(2025);
    private final RecordingDialogs dialogs = new RecordingDialogs();

    private ReportViewModel model() throws IOException {
        Path chart = dir.resolve("chart.png");
        ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB), "png", chart.toFile());
        dialogs.choosingFile(chart);
        ReportViewModel model = new ReportViewModel(open.state(), open.workspace().report(), dialogs);
        model.textProperty().set("Before.After.");
        return model;
    }

    @Test
    void aPictureWithItsAltTextGoesInTheSectionWhereTheCursorIs() throws IOException {
        ReportViewModel model = model();

        model.pictureAltTextProperty().set("Structure chart");
        model.insertPicture("Before.".length());

        assertThat(model.textProperty().get())
                .matches("Before\\.\\n\\n!\\[Structure chart]\\(picture:\\d+\\)\\n\\nAfter\\.");
        assertThat(dialogs.lines()).contains("open: Insert a picture (PNG or JPEG)");
    }

    @Test
    void withoutAltTextThePictureIsRefusedAndTheTextIsUnchanged() throws IOException {
        ReportViewModel model = model();

        model.insertPicture("Before.".length());

        assertThat(model.textProperty().get()).isEqualTo("Before.After.");
        assertThat(model.messageProperty().get()).contains("say in words what chart.png shows");
        assertThat(open.workspace().report().data(YEAR, Optional.empty()).pictures()).isEmpty();
    }
}
