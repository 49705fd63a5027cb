package scot.cswo.assurance.ui.report;

import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import scot.cswo.assurance.report.Markdown;

/**
 * A live preview of a narrative section as the report will show it: paragraphs, headings,
 * bulleted and numbered lists, bold and italic, tables.
 */
final class MarkdownView {
    private static final double BASE = 13;
    private final VBox root = new VBox(8);

    MarkdownView() {
        root.getStyleClass().add("markdown-preview");
    }

    Node node() {
        return root;
    }

    void show(String markdown) {
        root.getChildren().clear();
        for (org.commonmark.node.Node block = Markdown.parse(markdown).getFirstChild(); block != null;
             block = block.getNext()) {
            root.getChildren().add(block(block, 0));
        }
    }

    private Node block(org.commonmark.node.Node block, int depth) {
        return switch (block) {
            case Heading heading -> {
                TextFlow flow = inline(heading, false, false);
                flow.getStyleClass().add("preview-heading");
                flow.getChildren().forEach(t -> ((Text) t).setFont(Font.font(null, FontWeight.BOLD, FontPosture.REGULAR,
                        BASE + Math.max(0, 4 - heading.getLevel()) * 2)));
                yield flow;
            }
            case BulletList list -> items(list, depth, false);
            case OrderedList list -> items(list, depth, true);
            case TableBlock table -> table(table);
            default -> inline(block, false, false);
        };
    }

    private Node items(org.commonmark.node.Node list, int depth, boolean numbered) {
        VBox items = new VBox(3);
        int number = 1;
        for (org.commonmark.node.Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            VBox content = new VBox(3);
            for (org.commonmark.node.Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                content.getChildren().add(child instanceof Paragraph ? inline(child, false, false) : block(child, depth + 1));
            }
            Text marker = new Text(numbered ? (number++) + "." : "•");
            marker.setFont(Font.font(BASE));
            HBox line = new HBox(6, marker, content);
            line.setStyle("-fx-padding: 0 0 0 " + (8 + depth * 14) + ";");
            items.getChildren().add(line);
        }
        return items;
    }

    private Node table(TableBlock table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("preview-table");
        int row = 0;
        for (org.commonmark.node.Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (org.commonmark.node.Node line = section.getFirstChild(); line != null; line = line.getNext()) {
                int column = 0;
                for (org.commonmark.node.Node cell = line.getFirstChild(); cell != null; cell = cell.getNext()) {
                    grid.add(inline(cell, section instanceof TableHead, false), column++, row);
                }
                row++;
            }
        }
        return grid;
    }

    private TextFlow inline(org.commonmark.node.Node block, boolean bold, boolean italic) {
        TextFlow flow = new TextFlow();
        addInline(flow, block, bold, italic);
        return flow;
    }

    private void addInline(TextFlow flow, org.commonmark.node.Node parent, boolean bold, boolean italic) {
        for (org.commonmark.node.Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            switch (node) {
                case org.commonmark.node.Text text -> flow.getChildren().add(text(text.getLiteral(), bold, italic));
                case Code code -> flow.getChildren().add(text(code.getLiteral(), bold, italic));
                case SoftLineBreak b -> flow.getChildren().add(text(" ", bold, italic));
                case HardLineBreak b -> flow.getChildren().add(text("\n", bold, italic));
                case StrongEmphasis strong -> addInline(flow, strong, true, italic);
                case Emphasis emphasis -> addInline(flow, emphasis, bold, true);
                case ListItem item -> addInline(flow, item, bold, italic);
                default -> addInline(flow, node, bold, italic);
            }
        }
    }

    private static Text text(String literal, boolean bold, boolean italic) {
        Text text = new Text(literal);
        text.setFont(Font.font(null, bold ? FontWeight.BOLD : FontWeight.NORMAL,
                italic ? FontPosture.ITALIC : FontPosture.REGULAR, BASE));
        text.getStyleClass().add("preview-text");
        return text;
    }
}
