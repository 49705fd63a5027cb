package scot.cswo.assurance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.testing.KnownYear;
import scot.cswo.assurance.testing.PdfChecks;
import scot.cswo.assurance.testing.PdfChecks.Tag;

/** The annual report's tag tree reads to a screen reader in the order and roles a sighted reader sees. */
class PdfTagsTest {
    @TempDir
    static Path dir;
    private static List<Tag> tags;
    private static String tagged;

    @BeforeAll
    static void render() {
        try (Workspace workspace = KnownYear.open(dir)) {
            byte[] pdf = new AnnualReport(workspace.report().data(KnownYear.YEAR, Optional.empty())).pdf();
            tags = PdfChecks.tags(pdf).all();
            tagged = PdfChecks.taggedText(pdf);
        }
    }

    @Test
    void eachTableIsIntroducedByItsCaption() {
        List<Tag> tables = tags.stream().filter(tag -> tag.type().equals("Table")).toList();

        assertThat(tables).isNotEmpty().allSatisfy(table -> assertThat(table.kids().getFirst().type()).isEqualTo("Caption"));
    }

    @Test
    void noTableHasAnEmptyFooter() {
        assertThat(tags).filteredOn(tag -> tag.type().equals("TFoot")).allSatisfy(foot -> assertThat(foot.kids()).isNotEmpty());
    }

    @Test
    void theCoverLabelsAreReadWithTheirValues() {
        assertThat(tagged).contains("Report to Policy and Resources Committee", "Report number 245-2025");
    }

    @Test
    void chartsTextAlternativesSayProvisionalInWords() {
        List<String> alternatives = tags.stream().filter(tag -> tag.type().equals("Figure")).map(Tag::alt).toList();

        assertThat(String.join(" ", alternatives)).contains("(provisional)").doesNotContain("[p]", "[x]", "[c]");
    }

    @Test
    void theContentsDotLeadersAreNotReadAsText() {
        assertThat(tagged).contains("Contents").doesNotContain("...");
    }

    @Test
    void eachFiguresCaptionIsTaggedAsCaptionAfterItsImage() {
        List<List<Tag>> figures = tags.stream().map(Tag::kids).filter(kids -> kids.stream().anyMatch(PdfTagsTest::image))
                .toList();

        assertThat(figures).isNotEmpty().allSatisfy(kids -> {
            int image = kids.indexOf(kids.stream().filter(PdfTagsTest::image).findFirst().orElseThrow());
            assertThat(kids).hasSizeGreaterThan(image + 1);
            assertThat(kids.get(image + 1).type()).isEqualTo("Caption");
        });
    }

    @Test
    void boldWordsInTheNarrativeAreTaggedStrong() {
        // The introduction says "**Every** quarterly scorecard was ...".
        assertThat(tags).anySatisfy(tag -> assertThat(tag.type()).isEqualTo("Strong"));
    }

    @Test
    void italicWordsAreTaggedEmAndBoldOnesStrong() {
        byte[] pdf = ReportPdf.render("<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\""
                + " xml:lang=\"en-GB\"><head><meta charset=\"UTF-8\" /><title>Emphasis</title><style>"
                + ReportStyle.css("Emphasis", "") + "</style></head><body><p>The board <em>must</em> see"
                + " <strong>every</strong> report.</p></body></html>");

        List<String> types = PdfChecks.tags(pdf).all().stream().map(Tag::type).toList();
        assertThat(types).contains("Em", "Strong");
        assertThat(PdfChecks.pdfUaFailures(pdf)).isEmpty();
    }

    /** The image of a figure, as the renderer tags it: a Div round a Span round the Figure element. */
    private static boolean image(Tag tag) {
        return tag.type().equals("Div") && tag.kids().stream().anyMatch(span -> span.type().equals("Span")
                && span.kids().stream().anyMatch(kid -> kid.type().equals("Figure")));
    }
}
