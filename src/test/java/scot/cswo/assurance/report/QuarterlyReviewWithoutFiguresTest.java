package scot.cswo.assurance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.testing.Dundee;
import scot.cswo.assurance.testing.KnownYear;
import scot.cswo.assurance.testing.PdfChecks;

/** The quarterly pack of a new office, whose starter measures have no figures (or no targets) yet. */
class QuarterlyReviewWithoutFiguresTest {
    @TempDir
    Path dir;

    @Test
    void aPackWithNoFigureToChartHasNoEmptyTrendsHeading() {
        try (Workspace workspace = Dundee.open(dir, LocalDate.of(2025, 11, 22))) {
            workspace.dataset().addStarterIfEmpty();

            String text = PdfChecks.text(new QuarterlyReview(workspace.report().quarterly(new Quarter(2025, 2))).pdf());

            assertThat(text).contains("Dataset movements").doesNotContain("Trends in the rated measures");
        }
    }

    @Test
    void aMeasureWithFiguresButNoTargetIsNotChartedAmongTheRatedMeasures() {
        try (Workspace workspace = Dundee.open(dir, LocalDate.of(2025, 11, 22))) {
            workspace.dataset().addStarterIfEmpty();
            long caseload = workspace.dataset().dataset().stream()
                    .filter(s -> s.measure().name().equals(KnownYear.CASELOAD)).findFirst().orElseThrow().id();
            workspace.dataset().enter(new Quarter(2025, 1), Map.of(caseload, "26"), Map.of());
            workspace.dataset().enter(new Quarter(2025, 2), Map.of(caseload, "25"), Map.of());

            String text = PdfChecks.text(new QuarterlyReview(workspace.report().quarterly(new Quarter(2025, 2))).pdf())
                    .replaceAll("\\s+", " ");

            assertThat(text).contains(KnownYear.CASELOAD + " cases 26 25").doesNotContain("Trends in the rated measures");
        }
    }
}
