package scot.cswo.assurance.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import scot.cswo.assurance.service.files.SafeFiles;
import scot.cswo.assurance.service.report.AnnualReportData;

/** The annual report in its published forms: the PDF and the HTML page. */
public final class AnnualReport {
    private final AnnualReportData data;
    private byte[] pdf;

    public AnnualReport(AnnualReportData data) {
        this.data = data;
    }

    public AnnualReportData data() {
        return data;
    }

    public byte[] pdf() {
        if (pdf == null) {
            pdf = ReportPdf.render(AnnualReportHtml.forPdf(data));
        }
        return pdf;
    }

    public byte[] html() {
        return AnnualReportHtml.forWeb(data).getBytes(StandardCharsets.UTF_8);
    }

    public int pages() {
        try (PDDocument document = Loader.loadPDF(pdf())) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the PDF (and, if asked, the HTML) whole or not at all. */
    public void save(Path pdfFile, Path htmlFile) {
        SafeFiles.write(pdfFile, pdf());
        if (htmlFile != null) {
            SafeFiles.write(htmlFile, html());
        }
    }
}
