package scot.cswo.assurance.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.chase.ChaseItem;
import scot.cswo.assurance.domain.chase.ChasePlan;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.domain.schedule.StatusBoard;
import scot.cswo.assurance.service.chase.ChaseService;
import scot.cswo.assurance.service.chase.Chasing;
import scot.cswo.assurance.ui.OpenState;
import scot.cswo.assurance.ui.RecordingDialogs;
import scot.cswo.assurance.ui.ViewModelTest;
import scot.cswo.assurance.ui.matrix.MatrixLine;
import scot.cswo.assurance.ui.matrix.MatrixViewModel;

/** The dashboard's "N overdue mechanisms not chased in the last D days", its setting and its link to the matrix. */
class NotChasedLatelyTest extends ViewModelTest {
    private RecordingDialogs dialogs;
    private ChaseService chases;

    @BeforeEach
    void leadsWithAddresses() {
        Chasing.giveTwoLeadsAddresses(open.workspace());
        dialogs = open.dialogs();
        chases = open.workspace().chases();
    }

    private DashboardViewModel dashboard() {
        return new DashboardViewModel(open.state(), open.workspace().actions(), open.workspace().dataset(), chases,
                dialogs);
    }

    private Set<Long> overdueMechanisms() {
        StatusBoard board = open.state().boardProperty().get();
        return board.byMechanism().entrySet().stream().filter(e -> e.getValue().status() == Status.OVERDUE)
                .map(java.util.Map.Entry::getKey).collect(Collectors.toSet());
    }

    @Test
    void beforeAnyChaseEveryOverdueMechanismCountsOverTheLastFourteenDays() {
        int overdue = overdueMechanisms().size();

        assertThat(overdue).isGreaterThan(1);
        assertThat(dashboard().notChasedSummaryProperty().get())
                .isEqualTo(overdue + " overdue mechanisms not chased in the last 14 days");
    }

    /** Writes Kathryn's chase drafts and returns the overdue mechanisms they chase. */
    private Set<Long> chaseKathryn() {
        ChasePlan kathryns = chases.plan(OpenState.TODAY, Chasing.KATHRYN);
        Set<Long> chased = kathryns.toChase().getFirst().items().stream()
                .filter(i -> i.kind() == ChaseItem.Kind.MECHANISM && i.status() == Status.OVERDUE)
                .map(ChaseItem::id).collect(Collectors.toSet());
        assertThat(chased).isNotEmpty();
        open.state().save(() -> chases.writeDrafts(kathryns, dir.resolve("drafts")), written -> { }, dialogs::failed);
        return chased;
    }

    @Test
    void aChasedMechanismNoLongerCounts() {
        Set<Long> chased = chaseKathryn();

        DashboardViewModel model = dashboard();

        Set<Long> expected = overdueMechanisms();
        expected.removeAll(chased);
        assertThat(model.notChased()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(model.notChasedSummaryProperty().get()).startsWith(expected.size() + " overdue mechanism");
    }

    @Test
    void aChaseMadeWhileTheDashboardIsOpenIsCountedOnceTheScreensRefresh() {
        DashboardViewModel model = dashboard();
        int before = model.notChased().size();

        Set<Long> chased = chaseKathryn();
        open.state().refresh();

        assertThat(model.notChased()).hasSize(before - chased.size()).doesNotContainAnyElementsOf(chased);
    }

    @Test
    void theOfficeChangesTheDaysAndTheLineSaysSo() {
        DashboardViewModel model = dashboard();
        dialogs.choosing(offered -> java.util.Optional.of(offered.get(offered.indexOf(28))));

        model.changeQuietDays();

        assertThat(chases.quietDays()).isEqualTo(28);
        assertThat(model.notChasedSummaryProperty().get()).endsWith("not chased in the last 28 days");
    }

    @Test
    void theLineOpensTheMatrixOnTheOverdueRowsNotChased() {
        DashboardViewModel dashboard = dashboard();
        MatrixViewModel matrix = new MatrixViewModel();
        matrix.show(open.state().boardProperty().get());

        matrix.showOnlyNotChased(dashboard.notChased(), dashboard.quietDays());

        List<MatrixLine> shown = matrix.visibleLines().items();
        assertThat(shown).isNotEmpty().allSatisfy(line -> {
            assertThat(line.status().status()).isEqualTo(Status.OVERDUE);
            assertThat(dashboard.notChased()).contains(line.row().mechanism().id());
        });
        assertThat(matrix.summaryProperty().get()).endsWith("rows, not chased in 14 days");
        matrix.clearFilters();
        assertThat(matrix.summaryProperty().get()).doesNotContain("chased");
    }
}
