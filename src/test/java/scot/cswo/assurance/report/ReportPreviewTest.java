package scot.cswo.assurance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/** The preview's pages have the pixels the display has, so they are sharp at 125-200 % as at 100 %. */
class ReportPreviewTest {

    private static byte[] aPageOfA4() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage(PDRectangle.A4));
            document.save(out);
            return out.toByteArray();
        }
    }

    private static int widthAt(double outputScale) throws IOException {
        return ReportPreview.pages(aPageOfA4(), ReportPreview.dpiFor(outputScale)).getFirst().getWidth();
    }

    @Test
    void onADisplayScaledTo150PercentPagesHaveHalfAsManyPixelsAgainAcross() throws IOException {
        assertThat(widthAt(1.5)).isCloseTo(widthAt(1.0) * 3 / 2, org.assertj.core.data.Offset.offset(2));
    }

    @Test
    void atOneHundredPercentAPageIsAtLeastAsWideAsThePreviewShowsIt() throws IOException {
        assertThat(widthAt(1.0)).isGreaterThanOrEqualTo(820);
    }

    @Test
    void beyondTwoHundredPercentTheResolutionStopsGrowing() {
        assertThat(ReportPreview.dpiFor(3.0)).isEqualTo(ReportPreview.dpiFor(2.0));
    }
}
