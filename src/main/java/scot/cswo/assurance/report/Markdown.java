package scot.cswo.assurance.report;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The narrative sections' light markup (paragraphs, bullet and numbered lists, bold, italic,
 * headings) as XHTML for the report. Raw HTML typed by a user is shown as text, never run, and
 * headings sit below the section's own heading.
 */
public final class Markdown {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private Markdown() {
    }

    /**
     * @param topLevel the level the text's most important headings take (3 under a section's h2);
     *                 deeper ones follow on without skipping a level, as accessible PDFs require
     */
    public static String toXhtml(String markdown, int topLevel) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        SortedSet<Integer> used = new TreeSet<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                used.add(heading.getLevel());
                visitChildren(heading);
            }
        });
        List<Integer> levels = List.copyOf(used);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(6, topLevel + levels.indexOf(heading.getLevel())));
                visitChildren(heading);
            }
        });
        return RENDERER.render(document);
    }

    /** Parses text for other renderers (the app's live preview). */
    public static Node parse(String markdown) {
        return PARSER.parse(markdown == null ? "" : markdown);
    }
}
