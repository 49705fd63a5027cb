package scot.cswo.assurance.report;

import scot.cswo.assurance.report.model.Document;
import scot.cswo.assurance.service.report.QuarterlyReviewData;

/** The quarterly business review pack for the Joint Social Work Management Team: PDF and HTML page. */
public final class QuarterlyReview extends PublishedDocument {
    private final QuarterlyReviewData data;
    private QuarterlyReviewContent content;

    public QuarterlyReview(QuarterlyReviewData data) {
        this.data = data;
    }

    public QuarterlyReviewData data() {
        return data;
    }

    /** The figures the pack prints, as JSON (see {@link DocumentData}). */
    public String dataJson() {
        return DocumentData.json("quarterly business review " + data.quarter().label(), data.year(), data.missed(),
                data.actionsDue(), content().printedFigures(), null);
    }

    @Override
    Document document() {
        return content().document();
    }

    private QuarterlyReviewContent content() {
        if (content == null) {
            content = new QuarterlyReviewContent(data);
        }
        return content;
    }
}
