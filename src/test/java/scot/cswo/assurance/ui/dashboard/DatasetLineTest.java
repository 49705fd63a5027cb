package scot.cswo.assurance.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.service.dataset.DatasetService;
import scot.cswo.assurance.ui.RecordingDialogs;
import scot.cswo.assurance.ui.ViewModelTest;

/**
 * The dashboard's dataset line says what keeps the last quarter (2025-Q2 on 22/11/2025) from being
 * rated, and where to put it right, rather than only that nothing is rated.
 */
class DatasetLineTest extends ViewModelTest {
    private static final Quarter Q2 = new Quarter(2025, 2);
    private DatasetService dataset;

    @BeforeEach
    void starterMeasures() {
        dataset = open.workspace().dataset();
        dataset.addStarterIfEmpty();
    }

    @Test
    void noFiguresSaysToEnterThem() {
        assertThat(line()).isEqualTo("Dataset 2025-Q2: no figures entered yet: enter them on the Dataset screen.");
    }

    @Test
    void figuresWithoutTargetsSayWhichYearNeedsTargets() {
        dataset.enter(Q2, Map.of(id("Average caseload per social worker"), "24.5",
                id("Social worker vacancies"), "12"), Map.of());

        assertThat(line()).isEqualTo("Dataset 2025-Q2: no targets set for 2025-26: set them on the Dataset screen.");
    }

    @Test
    void ratingsAreFollowedByHowManyFiguresStillLackATarget() {
        dataset.setTarget(id("Average caseload per social worker"), 2025, "24", "1");
        dataset.enter(Q2, Map.of(id("Average caseload per social worker"), "24.5",
                id("Social worker vacancies"), "12"), Map.of());

        assertThat(line()).isEqualTo("Dataset 2025-Q2: 0 Red, 1 Amber, 0 Green. 1 measure has figures but no target"
                + " for 2025-26.");
    }

    private String line() {
        return new DashboardViewModel(open.state(), open.workspace().actions(), dataset,
                open.workspace().chases(), new RecordingDialogs()).datasetSummaryProperty().get();
    }

    private long id(String measure) {
        return dataset.dataset().stream().filter(s -> s.measure().name().equals(measure)).findFirst().orElseThrow()
                .id();
    }
}
