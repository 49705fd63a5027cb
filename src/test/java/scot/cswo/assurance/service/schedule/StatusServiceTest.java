package scot.cswo.assurance.service.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.frequency.MeetingSeries;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.domain.schedule.StatusBoard;
import scot.cswo.assurance.domain.schedule.YearReview;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.evidence.EvidenceInput;
import scot.cswo.assurance.testing.Dundee;

/** Statuses from the real store: the Dundee framework tracked from 1 April 2025. */
class StatusServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);

    @TempDir
    Path dir;
    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Dundee.open(dir, TODAY);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void evidence(String ref, String date) {
        workspace.evidence().record(new Ref(ref), new EvidenceInput(LocalDate.parse(date), "Evidence", null, null, null,
                null, List.of()));
    }

    private Status status(String ref, String asOf) {
        StatusBoard board = workspace.status().board(LocalDate.parse(asOf));
        MatrixRow row = board.matrix().row(new Ref(ref)).orElseThrow();
        return board.status(row).status();
    }

    @Test
    void evidenceForASharedMechanismCountsForEveryFunctionItServes() {
        assertThat(status("F10.1", "2025-11-22")).isEqualTo(Status.OVERDUE);

        evidence("F1.3", "2025-11-20");

        assertThat(status("F1.3", "2025-11-22")).isEqualTo(Status.ON_TRACK);
        assertThat(status("F10.1", "2025-11-22")).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void lookingAtAPastDateNeverSeesEvidenceDatedAfterIt() {
        evidence("F1.5", "2025-06-20");
        evidence("F1.5", "2025-11-01");

        // On 15 October the 1 November evidence has not happened: Jul–Sep was missed.
        assertThat(status("F1.5", "2025-10-15")).isEqualTo(Status.OVERDUE);
        assertThat(status("F1.5", "2025-11-02")).isEqualTo(Status.ON_TRACK);
        assertThat(status("F1.5", "2025-06-19")).isEqualTo(Status.DUE_SOON);
    }

    @Test
    void evidenceTypedLaterButDatedEarlierCounts() {
        assertThat(status("F1.5", "2025-07-10")).isEqualTo(Status.OVERDUE);

        evidence("F1.5", "2025-05-02");

        assertThat(status("F1.5", "2025-07-10")).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void aMeetingCycleMechanismHasNoScheduleUntilAMeetingIsEntered() {
        assertThat(status("F1.7", "2025-11-22")).isEqualTo(Status.NO_SCHEDULE);

        workspace.meetings().add(MeetingSeries.JSWMT, LocalDate.of(2026, 3, 11));

        assertThat(status("F1.7", "2025-11-22")).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void cancellingAndMovingMeetingsChangesStatuses() {
        workspace.meetings().add(MeetingSeries.JSWMT, LocalDate.of(2025, 9, 10));
        workspace.meetings().add(MeetingSeries.JSWMT, LocalDate.of(2025, 12, 10));
        assertThat(status("F1.7", "2025-11-22")).isEqualTo(Status.OVERDUE);

        workspace.meetings().cancel(MeetingSeries.JSWMT, LocalDate.of(2025, 9, 10));
        assertThat(status("F1.7", "2025-11-22")).isEqualTo(Status.ON_TRACK);

        workspace.meetings().reinstate(MeetingSeries.JSWMT, LocalDate.of(2025, 9, 10));
        workspace.meetings().move(MeetingSeries.JSWMT, LocalDate.of(2025, 9, 10), LocalDate.of(2025, 11, 26));
        assertThat(status("F1.7", "2025-11-22")).isEqualTo(Status.DUE_SOON);
    }

    @Test
    void aPeriodMarkedNotApplicableIsAssured() {
        workspace.evidence().notApplicable(new Ref("F1.5"), LocalDate.of(2025, 8, 1), "No chairs in post over summer");

        assertThat(status("F1.5", "2025-10-02")).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void aCorrectionThatMovesTheDateOutOfThePeriodMakesItMissedAgain() {
        evidence("F1.5", "2025-06-20");
        long id = workspace.evidence().list(Optional.empty(), false).getFirst().evidence().id();

        workspace.evidence().correct(id, new EvidenceInput(LocalDate.of(2025, 7, 2), "Evidence (date corrected)", null,
                null, null, null, List.of()), "It happened on 2 July");

        assertThat(status("F1.5", "2025-07-05")).isEqualTo(Status.ON_TRACK);
        assertThat(status("F1.5", "2025-06-30")).isEqualTo(Status.DUE_SOON);
    }

    @Test
    void aWithdrawnRecordNoLongerCounts() {
        evidence("F1.5", "2025-06-20");
        long id = workspace.evidence().list(Optional.empty(), false).getFirst().evidence().id();

        workspace.evidence().withdraw(id, "Entered against the wrong mechanism");

        assertThat(status("F1.5", "2025-07-05")).isEqualTo(Status.OVERDUE);
    }

    @Test
    void theYearToDateCountsAssuredAndMissedPeriodsPerFunction() {
        evidence("F9.2", "2025-05-10");
        evidence("F9.2", "2025-08-10");

        YearReview review = workspace.status().yearToDate(workspace.matrix().matrix(), TODAY);
        MatrixRow f92 = review.matrix().row(new Ref("F9.2")).orElseThrow();

        assertThat(review.tally(f92)).isEqualTo(new YearReview.Tally(2, 0, 0, 2));
        MatrixRow f91 = review.matrix().row(new Ref("F9.1")).orElseThrow();
        assertThat(review.tally(f91).due()).isZero();
    }
}
