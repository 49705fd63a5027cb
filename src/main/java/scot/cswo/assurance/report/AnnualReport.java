package scot.cswo.assurance.report;

import scot.cswo.assurance.service.report.AnnualReportData;

/** The annual report in its published forms: the PDF and the HTML page. */
public final class AnnualReport extends PublishedDocument {
    private final AnnualReportData data;

    public AnnualReport(AnnualReportData data) {
        this.data = data;
    }

    public AnnualReportData data() {
        return data;
    }

    /** The figures the report prints, as JSON (see {@link DocumentData}). */
    public String dataJson() {
        return DocumentData.json("annual report", data, data.exceptions(), data.actions(),
                AnnualReportHtml.printedFigures(data));
    }

    @Override
    String xhtml(boolean forPdf) {
        return forPdf ? AnnualReportHtml.forPdf(data) : AnnualReportHtml.forWeb(data);
    }
}
