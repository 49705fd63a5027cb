package scot.cswo.assurance.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A published document's chapters, each starting a page, and what is built from them: the
 * contents list, the PDF's bookmarks, and the page around the body with its metadata.
 */
final class Chapters {
    private final List<String[]> contents = new ArrayList<>();
    private int number;

    /** A chapter numbered in turn ("3. Exceptions"). */
    void numbered(Xhtml x, String id, String heading, Consumer<Xhtml> content) {
        chapter(x, id, (++number) + ". " + heading, content);
    }

    /** A chapter whose heading carries its own label ("Appendix 1: …"). */
    void chapter(Xhtml x, String id, String heading, Consumer<Xhtml> content) {
        contents.add(new String[] {id, heading});
        x.raw("<section class=\"chapter\" id=\"" + id + "\">\n<h2>").text(heading).raw("</h2>\n");
        content.accept(x);
        x.raw("</section>\n");
    }

    void tableOfContents(Xhtml x) {
        x.raw("<nav class=\"contents\" id=\"contents\">\n<h2>Contents</h2>\n<ul>\n");
        for (String[] entry : contents) {
            x.raw("<li><a href=\"#").text(entry[0]).raw("\" title=\"").text("Go to " + entry[1]).raw("\">")
                    .text(entry[1]).raw("</a></li>\n");
        }
        x.raw("</ul>\n</nav>\n");
    }

    private String bookmarks() {
        Xhtml marks = new Xhtml().raw("<bookmarks>\n");
        for (String[] entry : contents) {
            marks.raw("<bookmark name=\"").text(entry[1]).raw("\" href=\"#").text(entry[0]).raw("\"/>\n");
        }
        return marks.raw("</bookmarks>\n").toString();
    }

    /**
     * The whole document: language, title and metadata (which PDF/UA requires), the style sheet
     * with its running header, the bookmarks for a PDF, then the body.
     */
    String page(boolean forPdf, String title, String author, String subject, String description,
                String runningHeader, String body) {
        return new Xhtml()
                .raw("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\" xml:lang=\"en-GB\">\n")
                .raw("<head>\n<meta charset=\"UTF-8\" />\n")
                .raw("<title>").text(title).raw("</title>\n")
                .raw("<meta name=\"author\" content=\"").text(author).raw("\" />\n")
                .raw("<meta name=\"subject\" content=\"").text(subject).raw("\" />\n")
                .raw("<meta name=\"description\" content=\"").text(description).raw("\" />\n")
                .raw("<style>\n").raw(ReportStyle.css(runningHeader)).raw("</style>\n")
                .raw(forPdf ? bookmarks() : "")
                .raw("</head>\n<body>\n").raw(body).raw("</body>\n</html>\n").toString();
    }
}
