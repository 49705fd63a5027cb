package scot.cswo.assurance.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.frequency.Frequencies;
import scot.cswo.assurance.domain.frequency.MeetingSeries;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.Framework;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.matrix.StatutoryFunction;
import scot.cswo.assurance.domain.schedule.PeriodOutcome.Outcome;

/**
 * A year looked back on: periods not yet due are never missed, a closed year is final, and every
 * table adds up to the key figures. Quarterly F1.1 (also listed as F2.1), monthly F1.2, weekly
 * F2.2 and "as available" F2.3, in the financial year 2026-27.
 */
class YearReviewTest {
    private static final Period YEAR = new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31));
    private static final StatutoryFunction ONE = new StatutoryFunction(1, 1, "Professional advice", 0);
    private static final StatutoryFunction TWO = new StatutoryFunction(2, 2, "Complexities of delivery", 0);
    private static final Mechanism QUARTERLY = mechanism(11, "Quarterly");
    private static final Mechanism MONTHLY = mechanism(12, "Monthly");
    private static final Mechanism WEEKLY = mechanism(13, "Weekly");
    private static final Mechanism AS_AVAILABLE = mechanism(14, "Reports to Joint SW MTM as available");
    private static final AssuranceMatrix MATRIX = new AssuranceMatrix(new Framework(1, "Framework", "Council",
            "2026-2030", LocalDate.of(2026, 4, 1), Month.APRIL, 0, Instant.EPOCH, 0), List.of(ONE, TWO), List.of(
            new MatrixRow(1, new Ref("F1.1"), ONE, QUARTERLY), new MatrixRow(2, new Ref("F1.2"), ONE, MONTHLY),
            new MatrixRow(3, new Ref("F2.1"), TWO, QUARTERLY), new MatrixRow(4, new Ref("F2.2"), TWO, WEEKLY),
            new MatrixRow(5, new Ref("F2.3"), TWO, AS_AVAILABLE)));

    private static Mechanism mechanism(long id, String frequency) {
        return new Mechanism(id, "Mechanism " + id, Frequencies.parse(frequency).orElseThrow(), List.of());
    }

    /** Quarterly evidence in April and November; monthly every month to November; weekly never. */
    private static YearReview review(String asOf, int graceDays) {
        LocalDate date = LocalDate.parse(asOf);
        Map<Long, NavigableSet<LocalDate>> dates = new HashMap<>();
        dates.put(QUARTERLY.id(), dates("2026-04-20 2026-11-03"));
        dates.put(MONTHLY.id(), dates("2026-04-10 2026-05-10 2026-06-10 2026-07-10 2026-08-10 2026-09-10 2026-10-10"
                + " 2026-11-10"));
        dates.put(AS_AVAILABLE.id(), dates("2026-09-01"));
        Map<Long, EvidenceSummary> summaries = new HashMap<>();
        dates.forEach((id, all) -> summaries.put(id, EvidenceSummary.of(all, List.of(), date)));
        Schedule schedule = new Schedule(LocalDate.of(2026, 4, 1), Month.APRIL, new MeetingCalendar(Map.of(
                MeetingSeries.JSWMT, List.of(LocalDate.of(2026, 10, 14), LocalDate.of(2027, 1, 13)))));
        dates.replaceAll((id, all) -> new TreeSet<>(all.headSet(date, true)));
        return YearReview.of(MATRIX, schedule, graceDays, YEAR, date, false, dates, summaries);
    }

    private static NavigableSet<LocalDate> dates(String text) {
        return new TreeSet<>(Arrays.stream(text.split(" ")).map(LocalDate::parse).toList());
    }

    private static List<Outcome> outcomes(YearReview review, Mechanism mechanism) {
        return review.outcomes(mechanism).stream().map(PeriodOutcome::outcome).toList();
    }

    @Test
    void inAYearInProgressPeriodsStillRunningOrToComeAreNotYetDueNeverMissed() {
        YearReview review = review("2026-12-04", 0);

        assertThat(outcomes(review, QUARTERLY)).containsExactly(Outcome.ASSURED, Outcome.MISSED, Outcome.ASSURED,
                Outcome.NOT_YET_DUE);
        assertThat(review.outcomes(WEEKLY)).filteredOn(PeriodOutcome::missed)
                .allMatch(o -> o.period().end().isBefore(LocalDate.of(2026, 12, 4)));
        assertThat(review.outcomes(WEEKLY)).filteredOn(o -> !o.period().end().isBefore(LocalDate.of(2026, 12, 4)))
                .allMatch(o -> o.outcome() == Outcome.NOT_YET_DUE);
    }

    @Test
    void aPeriodWithinItsGraceDaysIsNotYetDue() {
        YearReview review = review("2026-12-04", 7);

        assertThat(outcomes(review, MONTHLY).subList(7, 9)).containsExactly(Outcome.ASSURED, Outcome.NOT_YET_DUE);
        assertThat(review("2026-12-08", 7).outcomes(MONTHLY).get(7).outcome()).isEqualTo(Outcome.ASSURED);
        assertThat(review("2027-01-08", 7).outcomes(MONTHLY).get(8).outcome()).isEqualTo(Outcome.MISSED);
    }

    @Test
    void aClosedYearIsFinalEveryPeriodAssuredNotApplicableOrMissed() {
        YearReview review = review("2027-03-31", 0);

        assertThat(review.yearClosed()).isTrue();
        assertThat(MATRIX.mechanisms()).flatMap(review::outcomes).extracting(PeriodOutcome::outcome)
                .doesNotContain(Outcome.NOT_YET_DUE);
        assertThat(outcomes(review, QUARTERLY)).containsExactly(Outcome.ASSURED, Outcome.MISSED, Outcome.ASSURED,
                Outcome.MISSED);
    }

    @Test
    void aClosedYearHasNoDueSoonAndAMissedLastPeriodIsOverdueAtItsEnd() {
        YearReview review = review("2027-03-31", 0);

        assertThat(review.statuses().values()).extracting(MechanismStatus::status).doesNotContain(Status.DUE_SOON);
        assertThat(review.statuses().get(QUARTERLY.id()).status()).isEqualTo(Status.OVERDUE);
        assertThat(review.statuses().get(QUARTERLY.id()).reason()).contains("Missed 2 of 4 in the year");
        assertThat(review.statuses().get(AS_AVAILABLE.id()).status()).isEqualTo(Status.AS_AVAILABLE);
    }

    @Test
    void atTheCloseOfAQuarterItsLastPeriodsAreFinalAndLaterOnesNotYetDue() {
        LocalDate endOfQ2 = LocalDate.of(2026, 9, 30);
        Map<Long, NavigableSet<LocalDate>> dates = new HashMap<>(Map.of(QUARTERLY.id(), dates("2026-04-20")));
        Map<Long, EvidenceSummary> summaries = Map.of(QUARTERLY.id(), EvidenceSummary.of(dates.get(QUARTERLY.id()),
                List.of(), endOfQ2));
        Schedule schedule = new Schedule(LocalDate.of(2026, 4, 1), Month.APRIL, MeetingCalendar.none());

        YearReview atClose = YearReview.of(MATRIX, schedule, 0, YEAR, endOfQ2, true, dates, summaries);
        YearReview during = YearReview.of(MATRIX, schedule, 0, YEAR, endOfQ2, false, dates, summaries);

        assertThat(outcomes(atClose, QUARTERLY)).containsExactly(Outcome.ASSURED, Outcome.MISSED, Outcome.NOT_YET_DUE,
                Outcome.NOT_YET_DUE);
        assertThat(atClose.statuses().get(QUARTERLY.id()).status()).isEqualTo(Status.OVERDUE);
        assertThat(outcomes(during, QUARTERLY).get(1)).isEqualTo(Outcome.NOT_YET_DUE);
        assertThat(during.statuses().get(QUARTERLY.id()).status()).isEqualTo(Status.DUE_SOON);
    }

    @Test
    void reportsMadeAsAvailableHaveNoPeriodsToMiss() {
        assertThat(review("2027-03-31", 0).outcomes(AS_AVAILABLE)).isEmpty();
    }

    @Test
    void theFunctionTablesSumToTheTotalCountingASharedMechanismUnderEachFunction() {
        for (String asOf : List.of("2026-12-04", "2027-03-31")) {
            YearReview review = review(asOf, 0);
            YearReview.Tally sum = review.byFunction().values().stream().reduce(YearReview.Tally.NONE,
                    YearReview.Tally::plus);
            YearReview.Tally byRow = MATRIX.rows().stream().map(review::tally).reduce(YearReview.Tally.NONE,
                    YearReview.Tally::plus);

            assertThat(review.total()).isEqualTo(sum).isEqualTo(byRow);
            assertThat(review.byFunction().get(ONE).assured()).isEqualTo(review.tally(MATRIX.rows().get(0)).assured()
                    + review.tally(MATRIX.rows().get(1)).assured());
        }
    }

    @Test
    void aClosedYearWithNoMeetingEnteredForAMeetingCycleSaysSoRatherThanOnTrackForNextYearsMeeting() {
        Mechanism toTheCommittee = mechanism(15, "Report to Joint SW MTM");
        AssuranceMatrix matrix = new AssuranceMatrix(MATRIX.framework(), List.of(ONE), List.of(
                new MatrixRow(6, new Ref("F1.3"), ONE, toTheCommittee)));
        Schedule schedule = new Schedule(LocalDate.of(2026, 4, 1), Month.APRIL, new MeetingCalendar(Map.of(
                MeetingSeries.JSWMT, List.of(LocalDate.of(2027, 5, 12)))));
        LocalDate yearEnd = YEAR.end();

        YearReview review = YearReview.of(matrix, schedule, 0, YEAR, yearEnd, false, Map.of(),
                Map.of(toTheCommittee.id(), EvidenceSummary.of(new TreeSet<>(), List.of(), yearEnd)));

        assertThat(review.outcomes(toTheCommittee)).isEmpty();
        assertThat(review.status(matrix.rows().getFirst()).status()).isEqualTo(Status.NO_SCHEDULE);
        assertThat(review.status(matrix.rows().getFirst()).reason())
                .isEqualTo("No Joint Social Work Management Team meeting is entered between 01/04/2026 and"
                        + " 31/03/2027, so nothing fell due in the year; add the meeting dates if it met.");
    }
}
