package scot.cswo.assurance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.action.ActionProgress;
import scot.cswo.assurance.domain.action.ActionSource;
import scot.cswo.assurance.domain.action.ImprovementAction;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.testing.KnownYear;
import scot.cswo.assurance.testing.PdfChecks;

/**
 * Leads are published by post, not by name: Dundee's template records no job titles, so by
 * default every officer is "Lead officer for Function N" in the annual report and the quarterly
 * pack, PDF and HTML alike; names only when "Name leads" is ticked (issue 17).
 */
class PostsNotNamesTest {
    /** April to June 2025, the quarter the known year's "today" falls in: its pack lists the actions due. */
    private static final Quarter QUARTER = new Quarter(2025, 1);
    /** An action's lead who leads nothing in the matrix. */
    private static final String ACTION_LEAD = "Morag Fleming";
    @TempDir
    static Path dir;
    private static Workspace workspace;
    private static List<String> names;

    @BeforeAll
    static void open() {
        workspace = KnownYear.open(dir);
        workspace.actions().add(new ImprovementAction("Review the chairs' meeting schedule", ActionSource.OTHER,
                "Kathryn Sharp", LocalDate.of(2025, 7, 31), ActionProgress.ON_TRACK), "");
        workspace.actions().add(new ImprovementAction("Refresh the secure care approvals log", ActionSource.OTHER,
                ACTION_LEAD, LocalDate.of(2025, 7, 31), ActionProgress.NOT_STARTED), "");
        names = new ArrayList<>(workspace.matrix().matrix().leads().stream().filter(l -> !l.role())
                .map(Lead::name).toList());
        names.add(ACTION_LEAD);
    }

    @AfterEach
    void postsAgain() {
        workspace.report().setNameLeads(false);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void aDefaultAnnualReportNamesNoLeadInItsPdfOrItsHtml() {
        AnnualReport report = new AnnualReport(workspace.report().data(KnownYear.YEAR, Optional.empty()));

        assertNoName(PdfChecks.text(report.pdf()).replaceAll("\\s+", " "), "Lead officer for Function 1");
        assertNoName(htmlText(report.html()), "Lead officer for Function 1");
    }

    @Test
    void aDefaultQuarterlyPackNamesNoLeadOfAMechanismOrAnActionInItsPdfOrItsHtml() {
        QuarterlyReview pack = new QuarterlyReview(workspace.report().quarterly(QUARTER));

        assertNoName(PdfChecks.text(pack.pdf()).replaceAll("\\s+", " "), "Lead officer for the action");
        assertNoName(htmlText(pack.html()), "Lead officer for the action");
    }

    @Test
    void tickingNameLeadsPrintsTheLeadsNamesAndTheCheckListsThem() {
        workspace.report().setNameLeads(true);

        AnnualReport report = new AnnualReport(workspace.report().data(KnownYear.YEAR, Optional.empty()));

        assertThat(htmlText(report.html())).contains("Kathryn Sharp", "Jane Martin")
                .doesNotContain("Lead officer for Function");
        assertThat(report.check().problems()).anySatisfy(problem -> assertThat(problem)
                .startsWith("\"Name leads\" is ticked").contains("Kathryn Sharp", "Jane Martin"));
    }

    private static void assertNoName(String text, String post) {
        for (String name : names) {
            // A surname alone too: a table cell may break a name across lines.
            String surname = name.substring(name.lastIndexOf(' ') + 1);
            assertThat(text).as(name).doesNotContain(name).doesNotContainPattern("\\b" + surname + "\\b");
        }
        assertThat(text).contains(post);
    }

    private static String htmlText(byte[] html) {
        return DraftReportTest.htmlText(html);
    }
}
