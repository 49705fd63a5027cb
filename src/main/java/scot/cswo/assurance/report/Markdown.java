package scot.cswo.assurance.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import scot.cswo.assurance.report.model.Block;
import scot.cswo.assurance.report.model.Inline;

/**
 * The narrative sections' light markup (paragraphs, bullet and numbered lists, bold, italic,
 * headings, quotes) as the report's own blocks. HTML typed by a user stays text, and headings sit
 * below the section's own heading.
 */
public final class Markdown {
    private static final Parser PARSER = Parser.builder().build();

    private Markdown() {
    }

    /**
     * @param topLevel the level the text's most important headings take (3 under a section's h2);
     *                 deeper ones follow on without skipping a level, as accessible PDFs require
     */
    public static List<Block> toBlocks(String markdown, int topLevel) {
        Node document = parse(markdown);
        SortedSet<Integer> used = new TreeSet<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                used.add(heading.getLevel());
                visitChildren(heading);
            }
        });
        List<Integer> levels = List.copyOf(used);
        return blocks(document, false, level -> Math.min(6, topLevel + levels.indexOf(level)));
    }

    /** Parses text for other renderers (the app's live preview). */
    public static Node parse(String markdown) {
        return PARSER.parse(markdown == null ? "" : markdown);
    }

    private interface Levels {
        int of(int written);
    }

    private static List<Block> blocks(Node parent, boolean tight, Levels levels) {
        List<Block> blocks = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            switch (node) {
                case Paragraph p -> blocks.add(new Block.Paragraph(tight ? Block.Paragraph.Kind.BARE
                        : Block.Paragraph.Kind.PLAIN, inlines(p)));
                case Heading h -> blocks.add(new Block.Heading(levels.of(h.getLevel()), inlines(h)));
                case BulletList list -> blocks.add(list(list, Block.ItemList.Kind.BULLETED, 1, levels));
                case OrderedList list -> blocks.add(list(list, Block.ItemList.Kind.NUMBERED,
                        list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber(), levels));
                case BlockQuote quote -> blocks.add(new Block.Quote(blocks(quote, false, levels)));
                case FencedCodeBlock code -> blocks.add(new Block.Preformatted(code.getLiteral()));
                case IndentedCodeBlock code -> blocks.add(new Block.Preformatted(code.getLiteral()));
                case ThematicBreak ignored -> blocks.add(new Block.Rule());
                // Typed HTML is shown as the text it is, never run.
                case HtmlBlock html -> blocks.add(Block.Paragraph.of(html.getLiteral()));
                default -> {
                    // Link reference definitions print nothing.
                }
            }
        }
        return blocks;
    }

    private static Block.ItemList list(ListBlock list, Block.ItemList.Kind kind, int start, Levels levels) {
        List<List<Block>> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) {
                items.add(blocks(item, list.isTight(), levels));
            }
        }
        return new Block.ItemList(kind, start, items);
    }

    private static List<Inline> inlines(Node parent) {
        List<Inline> inlines = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            switch (node) {
                case Text t -> inlines.add(new Inline.Text(t.getLiteral()));
                case Code c -> inlines.add(new Inline.Code(c.getLiteral()));
                case Emphasis e -> inlines.add(new Inline.Emphasis(inlines(e)));
                case StrongEmphasis s -> inlines.add(new Inline.Strong(inlines(s)));
                case SoftLineBreak ignored -> inlines.add(new Inline.Text("\n"));
                case HardLineBreak ignored -> inlines.add(new Inline.LineBreak());
                case HtmlInline html -> inlines.add(new Inline.Text(html.getLiteral()));
                case Link link -> inlines.add(safe(link.getDestination())
                        ? new Inline.Link(link.getDestination(), link.getTitle(), inlines(link))
                        : new Inline.Text(plain(link)));
                // A picture by address would be fetched while printing: its description stands in for it.
                case Image image -> inlines.add(new Inline.Text(plain(image)));
                default -> inlines.addAll(inlines(node));
            }
        }
        return inlines;
    }

    /** Web pages and e-mail addresses only, as commonmark's own sanitiser allows. */
    private static boolean safe(String address) {
        String lower = address.toLowerCase(Locale.ROOT).strip();
        return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:");
    }

    private static String plain(Node parent) {
        StringBuilder text = new StringBuilder();
        parent.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code c) {
                text.append(c.getLiteral());
            }
        });
        return text.toString();
    }
}
