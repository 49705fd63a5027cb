package scot.cswo.assurance.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** The PDF's pages as pictures, for the app's preview: exactly what will be printed and published. */
public final class ReportPreview {

    /** Sharp on a 100 % display: a little more than the 820 pixels wide the preview shows an A4 page at. */
    static final float DPI_AT_100_PERCENT = 110f;
    /** Beyond 200 % the pages would take too much memory for what the eye gains. */
    private static final double MOST_SCALE = 2.0;

    private ReportPreview() {
    }

    /**
     * The resolution to render pages at for a display Windows scales by {@code outputScale} (1.25 at
     * 125 %): the pixels the screen really has, so the preview does not blur when enlarged.
     */
    public static float dpiFor(double outputScale) {
        return (float) (DPI_AT_100_PERCENT * Math.clamp(outputScale, 1.0, MOST_SCALE));
    }

    public static List<BufferedImage> pages(byte[] pdf, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                pages.add(renderer.renderImageWithDPI(i, dpi));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
