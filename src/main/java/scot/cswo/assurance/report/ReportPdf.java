package scot.cswo.assurance.report;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders the report's XHTML as a tagged PDF/UA-1 document with embedded, subset Noto Sans fonts
 * (ADR 7). Page headers and footers are marked as artifacts by the renderer.
 *
 * <p>The fonts' glyph substitutions (ligatures) are switched off: PDFBox would otherwise draw "fi"
 * as one glyph whose text is the ligature character, so "Notification" would not be found by a
 * search or read plainly by a screen reader, and working them out took most of the render time.
 */
public final class ReportPdf {
    private static final String FAMILY = "Noto Sans";
    private static final Map<String, byte[]> FONT_FILES = new ConcurrentHashMap<>();

    static {
        XRLog.setLoggerImpl(new RendererLog());
    }

    private ReportPdf() {
    }

    public static byte[] render(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(512 * 1024);
        List<TrueTypeFont> opened = new ArrayList<>();
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfUaAccessibility(true)
                    .usePDDocument(document)
                    .useUnicodeLineBreaker(new WholeDateLineBreaks())
                    .withHtmlContent(xhtml, null);
            font(builder, document, opened, "NotoSans-Regular.ttf", 400, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, document, opened, "NotoSans-Bold.ttf", 700, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, document, opened, "NotoSans-Italic.ttf", 400, BaseRendererBuilder.FontStyle.ITALIC);
            font(builder, document, opened, "NotoSans-BoldItalic.ttf", 700, BaseRendererBuilder.FontStyle.ITALIC);
            // Kept open so the tag tree can be corrected before the file is written.
            var renderer = builder.buildPdfRenderer();
            try {
                renderer.createPDFKeepOpen();
                TagTree.tidy(document);
                document.save(pdf);
            } finally {
                renderer.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The report could not be rendered", e);
        } finally {
            for (TrueTypeFont font : opened) {
                try {
                    font.close();
                } catch (IOException ignored) {
                    // Closing a font read from memory cannot lose anything.
                }
            }
        }
        return pdf.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, PDDocument document, List<TrueTypeFont> opened, String file,
                             int weight, BaseRendererBuilder.FontStyle style) {
        // Loaded only when the page uses that face, as the renderer's own file fonts are.
        builder.useFont(new PDFontSupplier(null) {
            @Override
            public PDFont supply() {
                try {
                    TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(fontFile(file)));
                    font.setEnableGsub(false);
                    opened.add(font);
                    return PDType0Font.load(document, font, true);
                } catch (IOException e) {
                    throw new UncheckedIOException("The report font " + file + " could not be read", e);
                }
            }
        }, FAMILY, weight, style, true);
    }

    private static byte[] fontFile(String file) {
        return FONT_FILES.computeIfAbsent(file, name -> {
            try (InputStream in = ReportPdf.class.getClassLoader().getResourceAsStream("fonts/" + name)) {
                if (in == null) {
                    throw new IOException("The report font " + name + " is missing");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Lines break where Unicode's rules allow, never inside a date. openhtmltopdf's own breaker also
     * breaks before every "/" (for web addresses), which split "31/03/2025" in a narrow column.
     */
    private static final class WholeDateLineBreaks implements FSTextBreaker {
        private final BreakIterator lines = BreakIterator.getLineInstance(Locale.UK);
        private final BitSet insideDates = new BitSet();

        @Override
        public void setText(String text) {
            lines.setText(text);
            insideDates.clear();
            Matcher dates = ReportHtml.DATE.matcher(text);
            while (dates.find()) {
                insideDates.set(dates.start() + 1, dates.end());
            }
        }

        @Override
        public int next() {
            int boundary = lines.next();
            while (boundary != BreakIterator.DONE && insideDates.get(boundary)) {
                boundary = lines.next();
            }
            return boundary;
        }
    }
}
