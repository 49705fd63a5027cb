package scot.cswo.assurance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.report.model.Block;
import scot.cswo.assurance.report.model.Document;

/** What the web edition adds to the printed one for a reader's screen (issue 17, point 6). */
class HtmlEditionTest {
    private static final Document DOCUMENT = new Document("Title", "Author", "Subject", "Description", "Header", "",
            new Document.Cover("Dundee City Council", "Report", List.of("Period covered: 1 April 2024 to 31 March 2025"),
                    List.of()),
            List.of(new Document.Chapter("summary", "1. Summary", List.of(Block.Paragraph.of("Reviewed on 12 Mar 2025; next due June 2025, by 30 Sep.")))));

    @Test
    void onAScreenTheSpacesInsideADateDoNotBreakTheLine() {
        String html = ReportHtml.render(DOCUMENT, false);

        assertThat(html).contains("1\u00a0April\u00a02024 to 31\u00a0March\u00a02025",
                "Reviewed on 12\u00a0Mar\u00a02025; next due June\u00a02025, by 30\u00a0Sep.");
    }

    @Test
    void thePrintedEditionKeepsItsDatesAsWritten() {
        assertThat(ReportHtml.render(DOCUMENT, true)).contains("1 April 2024 to 31 March 2025", "on 12 Mar 2025;")
                .doesNotContain("\u00a0");
    }

    @Test
    void theWebEditionStartsWithALinkThatSkipsToItsMainContent() {
        String html = ReportHtml.render(DOCUMENT, false);

        assertThat(html.substring(html.indexOf("<body>"))).startsWith("<body>\n<a class=\"skip-link\" href=\"#content\">");
        assertThat(html).contains("<main id=\"content\">\n<section class=\"chapter\" id=\"summary\">");
        assertThat(ReportHtml.render(DOCUMENT, true)).doesNotContain("<a class=\"skip-link\"");
    }
}
