package scot.cswo.assurance.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TablesExtension;
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
import scot.cswo.assurance.domain.report.ReportPicture;
import scot.cswo.assurance.report.model.Block;
import scot.cswo.assurance.report.model.Inline;

/**
 * The narrative sections' light markup (paragraphs, bullet and numbered lists, bold, italic,
 * headings, quotes, tables) as the report's own blocks. HTML typed by a user stays text, and
 * headings sit below the section's own heading.
 */
public final class Markdown {
    /** A paragraph starting so, directly above a table, is the table's caption (as Pandoc writes it). */
    static final String CAPTION = "Table:";
    /** A quote starting so is a case study, set apart as one. */
    static final String CASE_STUDY = "Case study";
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private Markdown() {
    }

    /**
     * @param topLevel the level the text's most important headings take (3 under a section's h2);
     *                 deeper ones follow on without skipping a level, as accessible PDFs require
     */
    public static List<Block> toBlocks(String markdown, int topLevel) {
        return toBlocks(markdown, topLevel, Map.of());
    }

    /**
     * @param pictures the pictures a paragraph of just {@code ![alt text](picture:ID)} shows, by id
     */
    public static List<Block> toBlocks(String markdown, int topLevel, Map<Long, ReportPicture> pictures) {
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
        return blocks(document, false, new Context(level -> Math.min(6, topLevel + levels.indexOf(level)), pictures));
    }

    /** Parses text for other renderers (the app's live preview). */
    public static Node parse(String markdown) {
        return PARSER.parse(markdown == null ? "" : markdown);
    }

    private interface Levels {
        int of(int written);
    }

    private record Context(Levels levels, Map<Long, ReportPicture> pictures) {
    }

    private static List<Block> blocks(Node parent, boolean tight, Context context) {
        List<Block> blocks = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            switch (node) {
                case Paragraph p when captionOfNext(p) != null -> {
                    // Printed as the caption of the table that follows.
                }
                case TableBlock table -> blocks.add(table(table));
                case Paragraph p when picture(p, context.pictures()) != null -> {
                    ReportPicture picture = picture(p, context.pictures());
                    blocks.add(new Block.Picture(picture.mediaType(), picture.content(),
                            plain(p).isBlank() ? picture.altText() : plain(p)));
                }
                case Paragraph p -> blocks.add(new Block.Paragraph(tight ? Block.Paragraph.Kind.BARE
                        : Block.Paragraph.Kind.PLAIN, inlines(p)));
                case Heading h -> blocks.add(new Block.Heading(context.levels().of(h.getLevel()), inlines(h)));
                case BulletList list -> blocks.add(list(list, Block.ItemList.Kind.BULLETED, 1, context));
                case OrderedList list -> blocks.add(list(list, Block.ItemList.Kind.NUMBERED,
                        list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber(), context));
                case BlockQuote quote when quote.getFirstChild() instanceof Paragraph first
                        && plain(first).regionMatches(true, 0, CASE_STUDY, 0, CASE_STUDY.length()) ->
                        blocks.add(new Block.CaseStudy(blocks(quote, false, context)));
                case BlockQuote quote -> blocks.add(new Block.Quote(blocks(quote, false, context)));
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

    /** The stored picture a paragraph of just one picture shows, or null if it is not one. */
    private static ReportPicture picture(Paragraph paragraph, Map<Long, ReportPicture> pictures) {
        if (!(paragraph.getFirstChild() instanceof Image image) || image.getNext() != null
                || !image.getDestination().startsWith(ReportPicture.ADDRESS)) {
            return null;
        }
        try {
            return pictures.get(Long.parseLong(image.getDestination().substring(ReportPicture.ADDRESS.length())));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The caption a paragraph gives the table directly below it, or null if it is not one. */
    private static String captionOfNext(Paragraph paragraph) {
        String text = plain(paragraph).strip();
        return paragraph.getNext() instanceof TableBlock && text.startsWith(CAPTION)
                ? text.substring(CAPTION.length()).strip() : null;
    }

    /**
     * A table as the report's own: its first row as column headers, each cell's words (a cell's
     * bold or italic is not kept: a table's cells are plain figures and labels).
     */
    private static Block.Table table(TableBlock table) {
        String caption = table.getPrevious() instanceof Paragraph p ? captionOfNext(p) : null;
        List<Block.Table.Column> columns = new ArrayList<>();
        List<Block.Table.Row> rows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                List<Block.Table.Cell> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        cells.add(Block.Table.Cell.of(plain(cell).strip()));
                    }
                }
                if (section instanceof TableHead) {
                    cells.forEach(c -> columns.add(new Block.Table.Column(c.text(), null)));
                } else {
                    rows.add(new Block.Table.Row(false, cells));
                }
            }
        }
        return new Block.Table("narrative", caption == null || caption.isEmpty() ? null : caption, columns, rows);
    }

    private static Block.ItemList list(ListBlock list, Block.ItemList.Kind kind, int start, Context context) {
        List<List<Block>> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) {
                items.add(blocks(item, list.isTight(), context));
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
