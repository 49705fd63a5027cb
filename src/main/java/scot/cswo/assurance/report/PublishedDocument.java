package scot.cswo.assurance.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import scot.cswo.assurance.report.model.Document;
import scot.cswo.assurance.service.files.SafeFiles;

/**
 * A document the app publishes as an accessible PDF (PDF/UA-1) and as an HTML page, both rendered
 * from one content model through the same templates.
 */
public abstract class PublishedDocument {
    private byte[] pdf;

    /** What the document says, from which both editions are rendered. */
    abstract Document document();

    /** The document as XHTML, for the PDF renderer (with bookmarks) or for the web. */
    String xhtml(boolean forPdf) {
        return ReportHtml.render(document(), forPdf);
    }

    public byte[] pdf() {
        if (pdf == null) {
            pdf = ReportPdf.render(xhtml(true));
        }
        return pdf;
    }

    public byte[] html() {
        return xhtml(false).getBytes(StandardCharsets.UTF_8);
    }

    public int pages() {
        try (PDDocument document = Loader.loadPDF(pdf())) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The figures the document prints, as JSON: the {@code --data} file. */
    public abstract String dataJson();

    /** Saves the PDF (and, if asked, the HTML) whole or not at all. */
    public void save(Path pdfFile, Path htmlFile) {
        save(pdfFile, htmlFile, null);
    }

    /** Saves the PDF and, if asked, the HTML and the figures as data, each whole or not at all. */
    public void save(Path pdfFile, Path htmlFile, Path dataFile) {
        SafeFiles.writeOutput(pdfFile, "The PDF", pdf(), ".pdf");
        if (htmlFile != null) {
            SafeFiles.writeOutput(htmlFile, "The HTML page", html(), ".html", ".htm");
        }
        if (dataFile != null) {
            SafeFiles.writeOutput(dataFile, "The figures", dataJson().getBytes(StandardCharsets.UTF_8), ".json");
        }
    }
}
