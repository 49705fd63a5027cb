package scot.cswo.assurance.report;

import scot.cswo.assurance.report.model.Document;
import scot.cswo.assurance.service.report.AnnualReportData;

/** The annual report in its published forms: the PDF and the HTML page. */
public final class AnnualReport extends PublishedDocument {
    private final AnnualReportData data;
    private AnnualReportContent content;

    public AnnualReport(AnnualReportData data) {
        this.data = data;
    }

    public AnnualReportData data() {
        return data;
    }

    /** The figures the report prints, as JSON (see {@link DocumentData}). */
    public String dataJson() {
        return DocumentData.json("annual report", data, data.exceptions(), data.actions(), content().printedFigures());
    }

    @Override
    Document document() {
        return content().document();
    }

    private AnnualReportContent content() {
        if (content == null) {
            content = new AnnualReportContent(data);
        }
        return content;
    }
}
