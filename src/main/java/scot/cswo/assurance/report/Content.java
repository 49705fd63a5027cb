package scot.cswo.assurance.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import scot.cswo.assurance.report.model.Block;
import scot.cswo.assurance.report.model.Block.Table.Cell;
import scot.cswo.assurance.report.model.Block.Table.Column;
import scot.cswo.assurance.report.model.Block.Table.Row;

/** A chapter's or section's blocks, in order, as the content classes write them. */
final class Content {
    private final List<Block> blocks = new ArrayList<>();

    Content add(Block block) {
        blocks.add(block);
        return this;
    }

    Content addAll(List<Block> more) {
        blocks.addAll(more);
        return this;
    }

    Content paragraph(String text) {
        return add(Block.Paragraph.of(text));
    }

    Content heading(int level, String text) {
        return add(Block.Heading.of(level, text));
    }

    List<Block> blocks() {
        return List.copyOf(blocks);
    }

    /** A table under construction: its columns, then its rows. */
    static final class TableBuilder {
        private final String kind;
        private final String caption;
        private final List<Column> columns = new ArrayList<>();
        private final List<Row> rows = new ArrayList<>();

        TableBuilder(String kind, String caption) {
            this.kind = kind;
            this.caption = caption;
        }

        /** @param width a print measure ("12mm"), or null for whatever the page leaves */
        TableBuilder column(String heading, String width) {
            columns.add(new Column(heading, width));
            return this;
        }

        TableBuilder row(Cell... cells) {
            return row(false, List.of(cells));
        }

        TableBuilder row(boolean total, List<Cell> cells) {
            rows.add(new Row(total, cells));
            return this;
        }

        /** A row of plain data cells. */
        TableBuilder texts(String... texts) {
            return row(false, Arrays.stream(texts).map(Cell::of).toList());
        }

        Block.Table build() {
            return new Block.Table(kind, caption, columns, rows);
        }
    }
}
