package scot.cswo.assurance.domain.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.schedule.Status;

/** An action's status uses the matrix's words: Overdue, Due soon, On track, Complete, and Not scheduled. */
class ImprovementActionTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);

    private static ImprovementAction due(LocalDate target, ActionProgress progress) {
        return new ImprovementAction("Publish the CSWO annual report on the council website",
                ActionSource.AUDIT_SCOTLAND, "Diane McCulloch", target, progress);
    }

    @Test
    void anOpenActionPastItsTargetDateIsOverdue() {
        assertThat(due(TODAY.minusDays(1), ActionProgress.ON_TRACK).statusOn(TODAY, 14)).isEqualTo(Status.OVERDUE);
    }

    @Test
    void anActionAtRiskPastItsDateIsOverdueToo() {
        assertThat(due(TODAY.minusDays(30), ActionProgress.AT_RISK).statusOn(TODAY, 14)).isEqualTo(Status.OVERDUE);
    }

    @Test
    void anActionDueWithinTheWindowIsDueSoon() {
        assertThat(due(TODAY, ActionProgress.NOT_STARTED).statusOn(TODAY, 14)).isEqualTo(Status.DUE_SOON);
        assertThat(due(TODAY.plusDays(14), ActionProgress.NOT_STARTED).statusOn(TODAY, 14)).isEqualTo(Status.DUE_SOON);
    }

    @Test
    void anActionDueLaterIsOnTrack() {
        assertThat(due(TODAY.plusDays(15), ActionProgress.NOT_STARTED).statusOn(TODAY, 14)).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void completeAndEmbeddedActionsAreCompleteWhateverTheirDate() {
        assertThat(due(TODAY.minusYears(1), ActionProgress.COMPLETE).statusOn(TODAY, 14)).isEqualTo(Status.COMPLETE);
        assertThat(due(TODAY.minusYears(1), ActionProgress.EMBEDDED).statusOn(TODAY, 14)).isEqualTo(Status.COMPLETE);
    }

    @Test
    void anActionWithoutATargetDateIsNotScheduledRatherThanOnTrack() {
        assertThat(due(null, ActionProgress.NOT_STARTED).statusOn(TODAY, 14)).isEqualTo(Status.NOT_SCHEDULED);
    }

    @Test
    void anActionWithoutALeadIsNotScheduledEvenPastItsDate() {
        ImprovementAction unowned = new ImprovementAction("Benchmark services against other councils",
                ActionSource.AUDIT_SCOTLAND, " ", TODAY.minusDays(10), ActionProgress.NOT_STARTED);

        assertThat(unowned.statusOn(TODAY, 14)).isEqualTo(Status.NOT_SCHEDULED);
    }

    @Test
    void anActionNeedsADescriptionAndASource() {
        assertThatThrownBy(() -> new ImprovementAction(" ", null, null, null, null))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("needs a description").hasMessageContaining("where the action came from");
    }
}
