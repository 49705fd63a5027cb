package scot.cswo.assurance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.report.ReportPicture;
import scot.cswo.assurance.report.model.Block;
import scot.cswo.assurance.report.model.Inline;

/** A narrative's Markdown as the report's own blocks: what it may carry, and what it may not. */
class MarkdownTest {

    @Test
    void headingsSitBelowTheSectionsHeadingWithoutSkippingALevel() {
        List<Block> blocks = Markdown.toBlocks("# Top\n\n### Third written\n\ntext", 3);

        assertThat(blocks).filteredOn(Block.Heading.class::isInstance).map(b -> ((Block.Heading) b).level())
                .containsExactly(3, 4);
    }

    @Test
    void aLinkToAWebPageStaysALink() {
        Block.Paragraph p = (Block.Paragraph) Markdown.toBlocks("See [the plan](https://example.org/plan).", 3).getFirst();

        assertThat(p.content()).contains(new Inline.Link("https://example.org/plan", null,
                List.of(new Inline.Text("the plan"))));
    }

    @Test
    void aLinkThatWouldRunSomethingIsPrintedAsItsText() {
        Block.Paragraph p = (Block.Paragraph) Markdown.toBlocks("[click me](javascript:alert(1))", 3).getFirst();

        assertThat(p.content()).containsExactly(new Inline.Text("click me"));
    }

    @Test
    void typedHtmlIsKeptAsText() {
        List<Block> blocks = Markdown.toBlocks("<div onclick=\"x()\">hi</div>\n\nA <b>bold</b> word", 3);

        assertThat(blocks.getFirst()).isEqualTo(Block.Paragraph.of("<div onclick=\"x()\">hi</div>"));
        assertThat(((Block.Paragraph) blocks.get(1)).content()).containsExactly(new Inline.Text("A "),
                new Inline.Text("<b>"), new Inline.Text("bold"), new Inline.Text("</b>"), new Inline.Text(" word"));
    }

    @Test
    void aPictureByAddressIsReplacedByItsDescriptionSoPrintingFetchesNothing() {
        Block.Paragraph p = (Block.Paragraph) Markdown.toBlocks("![Structure chart](http://example.org/c.png)", 3)
                .getFirst();

        assertThat(p.content()).containsExactly(new Inline.Text("Structure chart"));
    }

    @Test
    void aTightListsItemsAreBareTextAndALooseListsAreParagraphs() {
        Block.ItemList tight = (Block.ItemList) Markdown.toBlocks("- one\n- two", 3).getFirst();
        Block.ItemList loose = (Block.ItemList) Markdown.toBlocks("3. one\n\n4. two", 3).getFirst();

        assertThat(((Block.Paragraph) tight.items().getFirst().getFirst()).kind()).isEqualTo(Block.Paragraph.Kind.BARE);
        assertThat(((Block.Paragraph) loose.items().getFirst().getFirst()).kind()).isEqualTo(Block.Paragraph.Kind.PLAIN);
        assertThat(loose.kind()).isEqualTo(Block.ItemList.Kind.NUMBERED);
        assertThat(loose.start()).isEqualTo(3);
    }

    @Test
    void aTableIsATableWithItsFirstRowAsColumnHeadings() {
        Block.Table table = (Block.Table) Markdown.toBlocks("""
                | Service | Budget (£m) |
                | --- | ---: |
                | Children's services | 42.1 |
                | **Adults** | 88.4 |""", 3).getFirst();

        assertThat(table.caption()).isNull();
        assertThat(table.columns()).extracting(Block.Table.Column::heading).containsExactly("Service", "Budget (£m)");
        assertThat(table.rows()).extracting(row -> row.cells().stream().map(Block.Table.Cell::text).toList())
                .containsExactly(List.of("Children's services", "42.1"), List.of("Adults", "88.4"));
    }

    @Test
    void aParagraphStartingTableDirectlyAboveATableIsItsCaption() {
        List<Block> blocks = Markdown.toBlocks("Table: Budget and outturn 2024-25\n| A | B |\n| - | - |\n| 1 | 2 |", 3);

        assertThat(blocks).singleElement().isInstanceOfSatisfying(Block.Table.class,
                table -> assertThat(table.caption()).isEqualTo("Budget and outturn 2024-25"));
    }

    @Test
    void aRowWithMoreOrFewerCellsThanHeadingsHasOneCellForEachHeading() {
        Block.Table table = (Block.Table) Markdown.toBlocks("| A | B |\n| - | - |\n| 1 |\n| 1 | 2 | 3 |", 3)
                .getFirst();

        assertThat(table.rows()).allSatisfy(row -> assertThat(row.cells()).hasSize(2));
    }

    @Test
    void aQuoteStartingCaseStudyIsACaseStudyAndAnyOtherQuoteAQuote() {
        List<Block> blocks = Markdown.toBlocks("> Case study: Mr B moved home.\n\n---\n\n> Said at the forum.", 3);

        assertThat(blocks.getFirst()).isInstanceOf(Block.CaseStudy.class);
        assertThat(blocks.getLast()).isInstanceOf(Block.Quote.class);
    }

    @Test
    void aPictureStoredForTheNarrativeIsAPictureWithItsAltText() {
        ReportPicture chart = new ReportPicture(7, "image/png", new byte[] {1}, "Structure chart");

        List<Block> blocks = Markdown.toBlocks("![Structure chart of services](picture:7)\n\n![x](picture:8)", 3,
                Map.of(7L, chart));

        assertThat(blocks.getFirst()).isInstanceOfSatisfying(Block.Picture.class,
                p -> assertThat(p.alternative()).isEqualTo("Structure chart of services"));
        assertThat(blocks.getLast()).isEqualTo(Block.Paragraph.of("x"));
    }
}
