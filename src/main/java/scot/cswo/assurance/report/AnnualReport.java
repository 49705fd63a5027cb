package scot.cswo.assurance.report;

import scot.cswo.assurance.report.model.Document;
import scot.cswo.assurance.service.report.AnnualReportData;
import scot.cswo.assurance.service.report.PublicationCheck;

/** The annual report in its published forms: the PDF and the HTML page. */
public final class AnnualReport extends PublishedDocument {
    private final AnnualReportData data;
    private final PublicationCheck check;
    private AnnualReportContent content;

    public AnnualReport(AnnualReportData data) {
        this.data = data;
        this.check = PublicationCheck.of(data);
    }

    /** What stands in the way of publishing; until it passes, the report is marked as a draft. */
    public PublicationCheck check() {
        return check;
    }

    /** The working papers kept out of the report: the evidence log and the unexplained missed periods. */
    public InternalAnnex annex() {
        return new InternalAnnex(data);
    }

    public AnnualReportData data() {
        return data;
    }

    /** The figures the report prints, as JSON (see {@link DocumentData}). */
    public String dataJson() {
        return DocumentData.json("annual report", data, data.exceptions(), data.actions(), content().printedFigures(),
                data.publishedEvents());
    }

    @Override
    Document document() {
        return content().document();
    }

    private AnnualReportContent content() {
        if (content == null) {
            content = new AnnualReportContent(data, !check.passed());
        }
        return content;
    }
}
