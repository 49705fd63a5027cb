package scot.cswo.assurance.report.model;

import java.util.List;

/**
 * A published document (the annual report, the quarterly pack) as content: its cover, its
 * chapters in order and the metadata an accessible PDF requires. Built by the report's content
 * classes from the services' report data, and rendered as XHTML by templates that escape every
 * text, so the same document becomes the PDF and the HTML page.
 *
 * @param runningHeader the text at the top of every page after the cover
 * @param mark          what every page, the cover too, says the document is ("Draft — not for
 *                      publication"), or "" for a document ready to publish
 */
public record Document(String title, String author, String subject, String description, String runningHeader,
                       String mark, Cover cover, List<Chapter> chapters) {
    public Document {
        chapters = List.copyOf(chapters);
    }

    /** The cover: the council, the title, the period lines and the details under them ("Report to"). */
    public record Cover(String council, String title, List<String> periods, List<Detail> details) {
        public Cover {
            periods = List.copyOf(periods);
            details = List.copyOf(details);
        }
    }

    public record Detail(String name, String value) {
    }

    /** A chapter starts a page; its heading carries its number or label ("3. Exceptions", "Appendix 1: …"). */
    public record Chapter(String id, String heading, List<Block> content) {
        public Chapter {
            content = List.copyOf(content);
        }
    }
}
