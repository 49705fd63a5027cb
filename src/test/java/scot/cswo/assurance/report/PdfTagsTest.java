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
}
