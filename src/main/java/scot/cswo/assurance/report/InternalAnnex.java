package scot.cswo.assurance.report;

import java.nio.file.Path;
import scot.cswo.assurance.service.files.SafeFiles;
import scot.cswo.assurance.service.report.AnnualReportData;

/**
 * The annual report's internal annex as an accessible PDF (PDF/UA-1): the evidence log and the
 * missed periods without a reason or action, marked "Internal — not for publication" on every page.
 */
public final class InternalAnnex {
    private final AnnualReportData data;

    public InternalAnnex(AnnualReportData data) {
        this.data = data;
    }

    String xhtml(boolean forPdf) {
        return ReportHtml.render(new InternalAnnexContent(data).document(), forPdf);
    }

    public byte[] pdf() {
        return ReportPdf.render(xhtml(true));
    }

    private static final String WHAT = "The internal annex";

    /** Saves the PDF whole or not at all. */
    public void save(Path file) {
        SafeFiles.writeOutput(file, WHAT, pdf(), ".pdf");
    }

    /** Refuses, before anything is written, a file {@link #save} would refuse. */
    public static void requireFile(Path file) {
        SafeFiles.requireOutput(file, WHAT, ".pdf");
    }
}
