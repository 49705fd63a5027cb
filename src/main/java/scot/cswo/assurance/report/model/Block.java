package scot.cswo.assurance.report.model;

import java.util.List;

/**
 * A part of a document's body: what it says and what kind of thing it is, never how it is drawn.
 * The templates decide the markup and escape every text in it.
 */
public sealed interface Block {

    /** A heading below the chapter's own (level 3 to 6). */
    record Heading(int level, List<Inline> content) implements Block {
        public Heading {
            content = List.copyOf(content);
        }

        public static Heading of(int level, String text) {
            return new Heading(level, List.of(new Inline.Text(text)));
        }
    }

    /** A paragraph; a bare one is a tight list item's text, which has no paragraph of its own. */
    record Paragraph(Kind kind, List<Inline> content) implements Block {
        public enum Kind { PLAIN, BARE, NOT_WRITTEN, TABLE_NOTE }

        public Paragraph {
            content = List.copyOf(content);
        }

        public static Paragraph of(String text) {
            return new Paragraph(Kind.PLAIN, List.of(new Inline.Text(text)));
        }

        public static Paragraph of(Kind kind, String text) {
            return new Paragraph(kind, List.of(new Inline.Text(text)));
        }
    }

    /** A bulleted or numbered list; key figures are a bulleted list styled as the document's headline numbers. */
    record ItemList(Kind kind, int start, List<List<Block>> items) implements Block {
        public enum Kind { BULLETED, NUMBERED, KEY_FIGURES }

        public ItemList {
            items = items.stream().map(List::copyOf).toList();
        }

        /** Key figures, one sentence each. */
        public static ItemList keyFigures(List<String> sentences) {
            return new ItemList(Kind.KEY_FIGURES, 1, sentences.stream()
                    .<List<Block>>map(s -> List.of(Paragraph.of(Paragraph.Kind.BARE, s))).toList());
        }
    }

    /** Quoted text. */
    record Quote(List<Block> content) implements Block {
        public Quote {
            content = List.copyOf(content);
        }
    }

    /** A case study: a person's story, set apart from the text and printed as a section of its own. */
    record CaseStudy(List<Block> content) implements Block {
        public CaseStudy {
            content = List.copyOf(content);
        }
    }

    /** Preformatted text, shown as typed. */
    record Preformatted(String text) implements Block {
    }

    /** A break between topics. */
    record Rule() implements Block {
    }

    /** Blocks kept together: a narrative, or a heading that must stay on its table's page. */
    record Group(Kind kind, List<Block> content) implements Block {
        public enum Kind { NARRATIVE, KEEP_TOGETHER }

        public Group {
            content = List.copyOf(content);
        }
    }

    /**
     * A table with a caption (null only for a table a narrative gives none) and a header cell for
     * every column. A column's width is a print measure ("12mm"), or null for whatever the page leaves.
     */
    record Table(String kind, String caption, List<Column> columns, List<Row> rows) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }

        public record Column(String heading, String width) {
        }

        /** A row; a total row is set in bold. */
        public record Row(boolean total, List<Cell> cells) {
            public Row {
                cells = List.copyOf(cells);
            }

            public static Row of(Cell... cells) {
                return new Row(false, List.of(cells));
            }
        }

        /**
         * A cell's text; a row header names its row, and a marked cell is a status or rating
         * shown as a coloured label (its words still say it all).
         */
        public record Cell(String text, boolean rowHeader, Mark mark) {
            public static Cell of(String text) {
                return new Cell(text, false, null);
            }

            public static Cell header(String text) {
                return new Cell(text, true, null);
            }

            public static Cell marked(Mark mark, String text) {
                return new Cell(text, false, mark);
            }
        }

        /** A coloured label: its kind ("status", "rag") and its tone ("overdue", "green"). */
        public record Mark(String kind, String tone) {
        }
    }

    /** A picture (a PNG chart) with the text alternative that says what it shows, and its caption. */
    record Figure(String kind, byte[] png, String alternative, String caption) implements Block {
    }

    /** A picture a narrative holds (PNG or JPEG), with the words a screen reader says instead of it. */
    record Picture(String mediaType, byte[] content, String alternative) implements Block {
    }
}
