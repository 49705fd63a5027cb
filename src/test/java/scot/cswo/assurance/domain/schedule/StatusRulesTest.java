package scot.cswo.assurance.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import scot.cswo.assurance.domain.frequency.Frequencies;
import scot.cswo.assurance.domain.frequency.Frequency;
import scot.cswo.assurance.domain.frequency.FrequencyTimeline;
import scot.cswo.assurance.domain.frequency.MeetingSeries;

/** The status contract, case by case, as the schedule issue and the user guide state it. */
class StatusRulesTest {

    private static MechanismStatus status(String frequency, String trackingStart, int grace, String evidence,
                                          String asOf, MeetingCalendar meetings) {
        Schedule schedule = new Schedule(LocalDate.parse(trackingStart), Month.APRIL, meetings);
        List<LocalDate> dates = evidence == null || evidence.isBlank() ? List.of()
                : Arrays.stream(evidence.trim().split("\\s+")).map(LocalDate::parse).toList();
        LocalDate date = LocalDate.parse(asOf);
        return new StatusRules(schedule, grace).evaluate(Frequencies.parse(frequency).orElseThrow(),
                EvidenceSummary.of(dates, List.of(), date), date);
    }

    @ParameterizedTest(name = "[{index}] {0}, tracking from {1}, grace {2}, evidence [{3}], as of {4}: {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # frequency   | tracking   | grace | evidence              | as of      | status   | period start | period end
            # The current period assured: on track.
            Quarterly     | 2024-04-01 | 0 | 2025-05-02                | 2025-05-20 | ON_TRACK | 2025-04-01 | 2025-06-30
            # Previous period missed, no grace: overdue the day after it ended.
            Quarterly     | 2024-04-01 | 0 | 2025-02-10                | 2025-07-01 | OVERDUE  | 2025-04-01 | 2025-06-30
            Quarterly     | 2024-04-01 | 0 | 2025-02-10                | 2025-06-30 | DUE_SOON | 2025-04-01 | 2025-06-30
            # Grace 7: due soon during the grace days, overdue after them.
            Quarterly     | 2024-04-01 | 7 | 2025-02-10                | 2025-07-07 | DUE_SOON | 2025-04-01 | 2025-06-30
            Quarterly     | 2024-04-01 | 7 | 2025-02-10                | 2025-07-08 | OVERDUE  | 2025-04-01 | 2025-06-30
            # Previous assured, current not yet: on track until the last W days (W = min(14, length / 4)).
            Quarterly     | 2024-04-01 | 0 | 2025-06-01                | 2025-09-16 | ON_TRACK | 2025-07-01 | 2025-09-30
            Quarterly     | 2024-04-01 | 0 | 2025-06-01                | 2025-09-17 | DUE_SOON | 2025-07-01 | 2025-09-30
            # Monthly: evidence on 31 January assures January; W = 7 for a 31-day month.
            Monthly       | 2024-04-01 | 0 | 2025-01-31                | 2025-01-31 | ON_TRACK | 2025-01-01 | 2025-01-31
            Monthly       | 2024-04-01 | 0 | 2025-01-31                | 2025-02-21 | ON_TRACK | 2025-02-01 | 2025-02-28
            Monthly       | 2024-04-01 | 0 | 2025-01-31                | 2025-02-22 | DUE_SOON | 2025-02-01 | 2025-02-28
            Monthly       | 2024-04-01 | 0 | 2025-01-31                | 2025-03-01 | OVERDUE  | 2025-02-01 | 2025-02-28
            # Leap day: evidence on 29 February 2028 assures February 2028.
            Monthly       | 2024-04-01 | 0 | 2028-02-29                | 2028-03-10 | ON_TRACK | 2028-03-01 | 2028-03-31
            Monthly       | 2024-04-01 | 0 | 2028-02-28                | 2028-02-29 | ON_TRACK | 2028-02-01 | 2028-02-29
            # 2 monthly: Dec–Jan spans the year end.
            2 monthly     | 2024-04-01 | 0 | 2025-12-05                | 2026-01-31 | ON_TRACK | 2025-12-01 | 2026-01-31
            2 monthly     | 2024-04-01 | 0 | 2025-11-05                | 2026-02-01 | OVERDUE  | 2025-12-01 | 2026-01-31
            2 monthly     | 2024-04-01 | 0 | 2026-01-31                | 2026-02-01 | ON_TRACK | 2026-02-01 | 2026-03-31
            # Weekly: Monday to Sunday across the year boundary; W = 1, so due soon only on the Sunday.
            Weekly        | 2024-04-01 | 0 | 2024-12-30                | 2025-01-05 | ON_TRACK | 2024-12-30 | 2025-01-05
            Weekly        | 2024-04-01 | 0 | 2024-12-29                | 2025-01-04 | ON_TRACK | 2024-12-30 | 2025-01-05
            Weekly        | 2024-04-01 | 0 | 2024-12-29                | 2025-01-05 | DUE_SOON | 2024-12-30 | 2025-01-05
            Weekly        | 2024-04-01 | 0 | 2024-12-20                | 2025-01-01 | OVERDUE  | 2024-12-23 | 2024-12-29
            # The first period after the tracking start: nothing before it counts as missed.
            Quarterly     | 2025-05-20 | 0 | -                         | 2025-06-01 | ON_TRACK | 2025-04-01 | 2025-06-30
            Quarterly     | 2025-05-20 | 0 | -                         | 2025-06-20 | DUE_SOON | 2025-04-01 | 2025-06-30
            Quarterly     | 2025-05-20 | 0 | -                         | 2025-07-01 | OVERDUE  | 2025-04-01 | 2025-06-30
            Quarterly     | 2025-07-01 | 0 | -                         | 2025-07-01 | ON_TRACK | 2025-07-01 | 2025-09-30
            # Evidence dated after the as-of date is not seen, even if typed earlier.
            Quarterly     | 2024-04-01 | 0 | 2025-08-01                | 2025-07-20 | OVERDUE  | 2025-04-01 | 2025-06-30
            # Evidence dated inside a past period counts, whenever it was typed.
            Quarterly     | 2024-04-01 | 0 | 2025-06-30 2025-10-02     | 2025-08-20 | ON_TRACK | 2025-07-01 | 2025-09-30
            Twice yearly  | 2024-04-01 | 0 | 2025-03-31                | 2025-04-01 | ON_TRACK | 2025-04-01 | 2025-09-30
            Annually      | 2024-04-01 | 0 | 2024-06-01                | 2026-03-20 | DUE_SOON | 2025-04-01 | 2026-03-31
            Annually      | 2024-04-01 | 0 | 2024-06-01                | 2026-04-01 | OVERDUE  | 2025-04-01 | 2026-03-31
            4 monthly     | 2024-04-01 | 0 | 2025-07-31                | 2025-12-01 | OVERDUE  | 2025-08-01 | 2025-11-30
            # Event-driven: always event-driven. One-off: complete once evidenced, else by target date.
            As required   | 2024-04-01 | 0 | -                         | 2025-07-01 | EVENT_DRIVEN | - | -
            As reported   | 2024-04-01 | 0 | 2025-01-01                | 2025-07-01 | EVENT_DRIVEN | - | -
            Once by 31/03/2026 | 2024-04-01 | 0 | -                    | 2026-03-17 | ON_TRACK | - | -
            Once by 31/03/2026 | 2024-04-01 | 0 | -                    | 2026-03-18 | DUE_SOON | - | -
            Once by 31/03/2026 | 2024-04-01 | 0 | -                    | 2026-04-01 | OVERDUE  | - | -
            Once by 31/03/2026 | 2024-04-01 | 0 | 2026-04-10           | 2026-04-15 | COMPLETE | - | -
            Once by 31/03/2026 | 2024-04-01 | 0 | 2026-04-10           | 2026-04-05 | OVERDUE  | - | -
            """)
    void statusFollowsTheRules(String frequency, String trackingStart, int grace, String evidence, String asOf,
                               Status expected, LocalDate periodStart, LocalDate periodEnd) {
        MechanismStatus status = status(frequency, trackingStart, grace, evidence, asOf, MeetingCalendar.none());

        assertThat(status.status()).isEqualTo(expected);
        assertThat(status.period()).isEqualTo(periodStart == null ? null : new Period(periodStart, periodEnd));
    }

    @Test
    void theReasonNamesTheMissedPeriodAndItsDueDate() {
        MechanismStatus status = status("Quarterly", "2024-04-01", 0, "", "2025-07-10", MeetingCalendar.none());

        assertThat(status.reason()).isEqualTo("No evidence for Apr–Jun 2025; due 30/06/2025.");
        assertThat(status.due()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void anOverdueMechanismIsOverdueByTheDaysSinceItsDueDate() {
        MechanismStatus status = status("Quarterly", "2024-04-01", 7, "", "2025-07-10", MeetingCalendar.none());

        assertThat(status.status()).isEqualTo(Status.OVERDUE);
        assertThat(status.daysOverdue(LocalDate.of(2025, 7, 10))).isEqualTo(10);
    }

    @Test
    void aMechanismNotOverdueIsOverdueByNoDays() {
        MechanismStatus status = status("Quarterly", "2024-04-01", 7, "", "2025-07-03", MeetingCalendar.none());

        assertThat(status.daysOverdue(LocalDate.of(2025, 7, 3))).isZero();
    }

    @Test
    void theReasonDuringGraceSaysWhenGraceEnds() {
        MechanismStatus status = status("Quarterly", "2024-04-01", 7, "", "2025-07-03", MeetingCalendar.none());

        assertThat(status.reason()).isEqualTo(
                "No evidence for Apr–Jun 2025; due 30/06/2025, within 7 days' grace until 07/07/2025.");
    }

    @Test
    void aMechanismMarkedNotApplicableForAPeriodIsAssuredForIt() {
        Schedule schedule = new Schedule(LocalDate.of(2024, 4, 1), Month.APRIL, MeetingCalendar.none());
        EvidenceSummary evidence = new EvidenceSummary(null,
                List.of(new EvidenceSummary.NotApplicable(LocalDate.of(2025, 5, 1), "No committee in this quarter")),
                0, List.of());

        MechanismStatus status = new StatusRules(schedule, 0).evaluate(Frequencies.parse("Quarterly").orElseThrow(),
                evidence, LocalDate.of(2025, 7, 10));

        assertThat(status.status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void aReportAsAvailableAfterAMeetingWithNoReportSaysSoNeutrallyNeverDueSoon() {
        MeetingCalendar meetings = jswmt("2026-07-15", "2026-10-14", "2027-01-13");

        MechanismStatus status = status("Reports to Joint SW MTM as available", "2026-04-01", 0, "", "2026-12-02",
                meetings);

        assertThat(status.status()).isEqualTo(Status.AS_AVAILABLE);
        assertThat(status.reason()).isEqualTo("No report to the Joint Social Work Management Team meeting of"
                + " 14/10/2026 (reported as available). Next meeting 13/01/2027.");
    }

    @Test
    void aReportAsAvailableMadeForTheComingMeetingSaysWhen() {
        MeetingCalendar meetings = jswmt("2026-07-15", "2026-10-14", "2027-01-13");

        MechanismStatus status = status("Reports to Joint SW MTM as available", "2026-04-01", 0, "2026-11-20",
                "2026-12-02", meetings);

        assertThat(status.status()).isEqualTo(Status.AS_AVAILABLE);
        assertThat(status.reason()).isEqualTo("Reported on 20/11/2026 for the Joint Social Work Management Team"
                + " meeting of 13/01/2027.");
    }

    @Test
    void aReportAsAvailableIsNeverDueSoonBeforeAMeetingNorOverdueAfterIt() {
        MeetingCalendar meetings = jswmt("2026-07-15", "2026-10-14");
        for (String asOf : List.of("2026-07-14", "2026-07-15", "2026-08-30", "2026-10-13", "2026-10-15", "2026-12-02")) {
            assertThat(status("Reports to Joint SW MTM as available", "2026-04-01", 0, "", asOf, meetings).status())
                    .as("as of %s", asOf).isEqualTo(Status.AS_AVAILABLE);
        }
    }

    @Test
    void aMeetingCycleMissedAtTheLastMeetingIsOverdue() {
        MechanismStatus status = status("Report to Joint SW MTM", "2024-04-01", 0, "2025-03-01", "2025-07-01",
                jswmt("2025-03-12", "2025-06-11", "2025-09-10"));

        assertThat(status.status()).isEqualTo(Status.OVERDUE);
        assertThat(status.period()).isEqualTo(new Period(LocalDate.of(2025, 3, 13), LocalDate.of(2025, 6, 11)));
    }

    @Test
    void movingAMeetingLaterTurnsOverdueBackToOnTrack() {
        MechanismStatus before = status("Report to Joint SW MTM", "2024-04-01", 0, "2025-03-01", "2025-06-20",
                jswmt("2025-03-12", "2025-06-11", "2025-09-10"));
        MechanismStatus moved = status("Report to Joint SW MTM", "2024-04-01", 0, "2025-03-01", "2025-06-20",
                jswmt("2025-03-12", "2025-07-09", "2025-09-10"));

        assertThat(before.status()).isEqualTo(Status.OVERDUE);
        assertThat(moved.status()).isEqualTo(Status.ON_TRACK);
        assertThat(moved.period()).isEqualTo(new Period(LocalDate.of(2025, 3, 13), LocalDate.of(2025, 7, 9)));
    }

    @Test
    void cancellingAMeetingMergesItsPeriodIntoTheNext() {
        MechanismStatus cancelled = status("Report to Joint SW MTM", "2024-04-01", 0, "2025-03-01", "2025-07-01",
                jswmt("2025-03-12", "2025-09-10"));

        assertThat(cancelled.status()).isEqualTo(Status.ON_TRACK);
        assertThat(cancelled.period()).isEqualTo(new Period(LocalDate.of(2025, 3, 13), LocalDate.of(2025, 9, 10)));
    }

    @Test
    void aMeetingCycleWithNoMeetingAheadPromptsForDatesInsteadOfFlaggingOverdue() {
        MechanismStatus status = status("In line with Committee / IJB cycles", "2024-04-01", 0, "", "2025-07-01",
                MeetingCalendar.none());

        assertThat(status.status()).isEqualTo(Status.NO_SCHEDULE);
        assertThat(status.reason()).contains("No Committee / IJB cycle meeting is entered on or after 01/07/2025");
    }

    @Test
    void anEventDrivenMechanismReportsItsOccurrences() {
        MechanismStatus status = status("As required", "2024-04-01", 0, "2025-01-10 2025-03-02", "2025-07-01",
                MeetingCalendar.none());

        assertThat(status.reason()).isEqualTo("As required: 2 occurrences logged, last 02/03/2025.");
    }

    private static MeetingCalendar jswmt(String... dates) {
        return new MeetingCalendar(Map.of(MeetingSeries.JSWMT, Arrays.stream(dates).map(LocalDate::parse).toList()));
    }

    @Test
    void periodOutcomesCountAssuredAndMissedPeriodsInAYear() {
        Schedule schedule = new Schedule(LocalDate.of(2024, 4, 1), Month.APRIL, MeetingCalendar.none());
        TreeSet<LocalDate> dates = new TreeSet<>(List.of(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 11, 30),
                LocalDate.of(2025, 4, 2)));

        List<PeriodOutcome> outcomes = PeriodOutcome.between(schedule, FrequencyTimeline.of(rule("Quarterly")),
                dates, List.of(), LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31), LocalDate.of(2025, 3, 31), 0, true);

        assertThat(outcomes).extracting(PeriodOutcome::assured).containsExactly(true, false, true, false);
    }

    private static Frequency rule(String wording) {
        return Frequencies.parse(wording).orElseThrow();
    }

    /** Quarterly until 30 September 2025, monthly from 1 October 2025. */
    private static MechanismStatus changed(String evidence, String asOf) {
        Schedule schedule = new Schedule(LocalDate.of(2024, 4, 1), Month.APRIL, MeetingCalendar.none());
        FrequencyTimeline timeline = FrequencyTimeline.of(rule("Quarterly")).with(LocalDate.of(2025, 10, 1),
                rule("Monthly"));
        List<LocalDate> dates = evidence.isBlank() ? List.of()
                : Arrays.stream(evidence.split("\\s+")).map(LocalDate::parse).toList();
        LocalDate date = LocalDate.parse(asOf);
        return new StatusRules(schedule, 0).evaluate(timeline, EvidenceSummary.of(dates, List.of(), date), date);
    }

    @Test
    void afterAFrequencyChangeTheQuarterDueBeforeItIsStillJudgedAsAQuarter() {
        MechanismStatus missed = changed("2025-06-10", "2025-10-20");

        assertThat(missed.status()).isEqualTo(Status.OVERDUE);
        assertThat(missed.period()).isEqualTo(new Period(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30)));
    }

    @Test
    void afterAFrequencyChangeTheNewRuleSetsTheCurrentPeriod() {
        MechanismStatus status = changed("2025-08-10", "2025-10-20");

        assertThat(status.status()).isEqualTo(Status.ON_TRACK);
        assertThat(status.period()).isEqualTo(new Period(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31)));
    }

    @Test
    void aYearSpanningAFrequencyChangeCountsEachPeriodUnderTheRuleOfItsDueDate() {
        Schedule schedule = new Schedule(LocalDate.of(2024, 4, 1), Month.APRIL, MeetingCalendar.none());
        FrequencyTimeline timeline = FrequencyTimeline.of(rule("Quarterly")).with(LocalDate.of(2025, 10, 1),
                rule("Monthly"));

        List<Period> due = schedule.periodsEndingBetween(timeline, LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31));

        assertThat(due).hasSize(2 + 6);
        assertThat(due.get(1).end()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(due.get(2)).isEqualTo(new Period(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31)));
    }
}
