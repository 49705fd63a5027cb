package scot.cswo.assurance.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Renders the report's XHTML as a tagged PDF/UA-1 document with embedded, subset Noto Sans fonts
 * (ADR 7). Page headers and footers are marked as artifacts by the renderer.
 */
public final class ReportPdf {
    private static final String FAMILY = "Noto Sans";

    static {
        XRLog.setLoggerImpl(new RendererLog());
    }

    private ReportPdf() {
    }

    public static byte[] render(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(512 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .withHtmlContent(xhtml, null)
                .toStream(pdf);
        font(builder, "NotoSans-Regular.ttf", 400, BaseRendererBuilder.FontStyle.NORMAL);
        font(builder, "NotoSans-Bold.ttf", 700, BaseRendererBuilder.FontStyle.NORMAL);
        font(builder, "NotoSans-Italic.ttf", 400, BaseRendererBuilder.FontStyle.ITALIC);
        font(builder, "NotoSans-BoldItalic.ttf", 700, BaseRendererBuilder.FontStyle.ITALIC);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The report could not be rendered", e);
        }
        return pdf.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, BaseRendererBuilder.FontStyle style) {
        builder.useFont(() -> {
            InputStream in = ReportPdf.class.getClassLoader().getResourceAsStream("fonts/" + file);
            if (in == null) {
                throw new UncheckedIOException(new IOException("The report font " + file + " is missing"));
            }
            return in;
        }, FAMILY, weight, style, true);
    }
}
