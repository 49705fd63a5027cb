package scot.cswo.assurance.service.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.domain.report.ReportYear;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.testing.Dundee;

/** A picture for a narrative is kept in the database with its alt text, which it cannot be added without. */
class ReportPicturesTest {
    private static final ReportYear YEAR = new ReportYear(2025);

    @TempDir
    Path dir;
    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Dundee.open(dir, LocalDate.of(2025, 11, 22));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Path png(String name) throws IOException {
        Path file = dir.resolve(name);
        ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        return file;
    }

    @Test
    void aPictureWithAltTextIsStoredAndReferredToFromTheNarrative() throws IOException {
        Path chart = png("chart.png");

        String reference = workspace.report().addPicture(YEAR, chart, "  Structure chart of the service ");

        assertThat(reference).matches("!\\[Structure chart of the service]\\(picture:\\d+\\)");
        assertThat(workspace.report().data(YEAR, Optional.empty()).pictures().values()).singleElement()
                .satisfies(p -> {
                    assertThat(p.content()).isEqualTo(Files.readAllBytes(chart));
                    assertThat(p.mediaType()).isEqualTo("image/png");
                    assertThat(p.altText()).isEqualTo("Structure chart of the service");
                });
    }

    @Test
    void aPictureWithoutAltTextIsRefusedAndNothingIsStored() throws IOException {
        Path chart = png("chart.png");

        assertThatThrownBy(() -> workspace.report().addPicture(YEAR, chart, " "))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems())
                        .extracting(Problem::message).singleElement().asString().contains("chart.png shows"));
        assertThat(workspace.report().data(YEAR, Optional.empty()).pictures()).isEmpty();
    }

    @Test
    void aFileThatIsNotAPngOrJpegIsRefusedWithEveryProblemAtOnce() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.png"), "not a picture");

        assertThatThrownBy(() -> workspace.report().addPicture(YEAR, notes, ""))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems())
                        .extracting(Problem::message).hasSize(2).anySatisfy(m -> assertThat(m)
                                .contains("notes.png is not a PNG or JPEG picture")));
        assertThat(workspace.report().data(YEAR, Optional.empty()).pictures()).isEmpty();
    }
}
