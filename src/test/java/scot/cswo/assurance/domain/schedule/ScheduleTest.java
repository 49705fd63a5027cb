package scot.cswo.assurance.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import scot.cswo.assurance.domain.frequency.Cadence;
import scot.cswo.assurance.domain.frequency.Frequency;
import scot.cswo.assurance.domain.frequency.MeetingSeries;

class ScheduleTest {
    private static final LocalDate TRACKING_START = LocalDate.of(2024, 4, 1);
    private final Schedule schedule = new Schedule(TRACKING_START, Month.APRIL, MeetingCalendar.none());

    private static Frequency periodic(Cadence cadence) {
        return new Frequency.Periodic(cadence, null);
    }

    @ParameterizedTest(name = "{0} on {1}: {2} to {3}")
    @CsvSource(textBlock = """
            WEEKLY,       2025-01-01, 2024-12-30, 2025-01-05
            WEEKLY,       2025-03-09, 2025-03-03, 2025-03-09
            FORTNIGHTLY,  2024-04-14, 2024-04-01, 2024-04-14
            FORTNIGHTLY,  2024-04-15, 2024-04-15, 2024-04-28
            FORTNIGHTLY,  2025-01-01, 2024-12-23, 2025-01-05
            MONTHLY,      2025-01-31, 2025-01-01, 2025-01-31
            MONTHLY,      2028-02-29, 2028-02-01, 2028-02-29
            TWO_MONTHLY,  2025-12-15, 2025-12-01, 2026-01-31
            TWO_MONTHLY,  2026-01-31, 2025-12-01, 2026-01-31
            TWO_MONTHLY,  2026-02-01, 2026-02-01, 2026-03-31
            TWO_MONTHLY,  2025-04-30, 2025-04-01, 2025-05-31
            QUARTERLY,    2025-04-01, 2025-04-01, 2025-06-30
            QUARTERLY,    2026-03-31, 2026-01-01, 2026-03-31
            FOUR_MONTHLY, 2025-11-30, 2025-08-01, 2025-11-30
            FOUR_MONTHLY, 2025-12-01, 2025-12-01, 2026-03-31
            TWICE_YEARLY, 2025-09-30, 2025-04-01, 2025-09-30
            TWICE_YEARLY, 2026-02-14, 2025-10-01, 2026-03-31
            ANNUALLY,     2025-04-01, 2025-04-01, 2026-03-31
            ANNUALLY,     2026-03-31, 2025-04-01, 2026-03-31
            """)
    void periodicFrequenciesFollowTheFinancialYear(Cadence cadence, LocalDate date, LocalDate start, LocalDate end) {
        assertThat(schedule.current(periodic(cadence), date)).contains(new Period(start, end));
    }

    @Test
    void fortnightsRunFromTheMondayOfTheWeekTrackingStarts() {
        Schedule fromAWednesday = new Schedule(LocalDate.of(2025, 4, 2), Month.APRIL, MeetingCalendar.none());

        assertThat(fromAWednesday.current(periodic(Cadence.FORTNIGHTLY), LocalDate.of(2025, 4, 2)))
                .contains(new Period(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 13)));
        assertThat(fromAWednesday.current(periodic(Cadence.FORTNIGHTLY), LocalDate.of(2025, 4, 14)))
                .contains(new Period(LocalDate.of(2025, 4, 14), LocalDate.of(2025, 4, 27)));
        assertThat(fromAWednesday.current(periodic(Cadence.FORTNIGHTLY), LocalDate.of(2025, 3, 30)))
                .contains(new Period(LocalDate.of(2025, 3, 17), LocalDate.of(2025, 3, 30)));
    }

    @Test
    void aDifferentFinancialYearStartMovesTheQuarters() {
        Schedule january = new Schedule(TRACKING_START, Month.JANUARY, MeetingCalendar.none());

        assertThat(january.current(periodic(Cadence.QUARTERLY), LocalDate.of(2025, 5, 5)))
                .contains(new Period(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30)));
        assertThat(january.current(periodic(Cadence.TWICE_YEARLY), LocalDate.of(2025, 5, 5)))
                .contains(new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)));
    }

    @Test
    void everyDateFallsInExactlyOnePeriodOfEachPeriodicFrequency() {
        Random random = new Random(20260401);
        for (Cadence cadence : Cadence.values()) {
            Frequency frequency = periodic(cadence);
            for (int i = 0; i < 2000; i++) {
                LocalDate date = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(365 * 60));
                Period period = schedule.current(frequency, date).orElseThrow();
                assertThat(period.contains(date)).as("%s contains %s", period, date).isTrue();
                // The neighbouring periods abut it exactly, so no date is in two periods or none.
                Period before = schedule.current(frequency, period.start().minusDays(1)).orElseThrow();
                Period after = schedule.current(frequency, period.end().plusDays(1)).orElseThrow();
                assertThat(before.end()).isEqualTo(period.start().minusDays(1));
                assertThat(after.start()).isEqualTo(period.end().plusDays(1));
                assertThat(schedule.current(frequency, period.start())).contains(period);
                assertThat(schedule.current(frequency, period.end())).contains(period);
            }
        }
    }

    @Test
    void aPeriodEndingBeforeTheTrackingStartDoesNotCount() {
        Period firstQuarter = new Period(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30));

        assertThat(schedule.previous(periodic(Cadence.QUARTERLY), firstQuarter)).isEmpty();
    }

    @Test
    void aPeriodThatEndsAfterTheTrackingStartCountsEvenIfItBeganBefore() {
        Schedule midQuarter = new Schedule(LocalDate.of(2024, 5, 15), Month.APRIL, MeetingCalendar.none());
        Period second = new Period(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 30));

        assertThat(midQuarter.previous(periodic(Cadence.QUARTERLY), second))
                .contains(new Period(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30)));
    }

    @Test
    void aMeetingCyclePeriodRunsFromTheDayAfterThePreviousMeetingToTheMeeting() {
        Schedule meetings = withJswmt(LocalDate.of(2025, 3, 12), LocalDate.of(2025, 6, 11));
        Frequency jswmt = new Frequency.MeetingCycle(MeetingSeries.JSWMT, false, null);

        assertThat(meetings.current(jswmt, LocalDate.of(2025, 5, 1)))
                .contains(new Period(LocalDate.of(2025, 3, 13), LocalDate.of(2025, 6, 11)));
        assertThat(meetings.current(jswmt, LocalDate.of(2025, 6, 11)))
                .contains(new Period(LocalDate.of(2025, 3, 13), LocalDate.of(2025, 6, 11)));
    }

    @Test
    void theFirstMeetingCyclePeriodStartsAtTheTrackingStart() {
        Schedule meetings = withJswmt(LocalDate.of(2024, 5, 20));
        Frequency jswmt = new Frequency.MeetingCycle(MeetingSeries.JSWMT, false, null);

        assertThat(meetings.current(jswmt, LocalDate.of(2024, 4, 10)))
                .contains(new Period(TRACKING_START, LocalDate.of(2024, 5, 20)));
    }

    @Test
    void withNoMeetingAheadThereIsNoCurrentPeriod() {
        Schedule meetings = withJswmt(LocalDate.of(2025, 3, 12));

        assertThat(meetings.current(new Frequency.MeetingCycle(MeetingSeries.JSWMT, false, null),
                LocalDate.of(2025, 3, 13))).isEmpty();
    }

    @Test
    void periodsEndingInAYearAreListedInOrder() {
        List<Period> quarters = schedule.periodsEndingBetween(periodic(Cadence.QUARTERLY),
                LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31));

        assertThat(quarters).extracting(Period::label)
                .containsExactly("Apr–Jun 2025", "Jul–Sep 2025", "Oct–Dec 2025", "Jan–Mar 2026");
    }

    @ParameterizedTest(name = "{0}..{1} is \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            2025-04-01 | 2025-06-30 | Apr–Jun 2025
            2025-12-01 | 2026-01-31 | Dec 2025–Jan 2026
            2026-03-01 | 2026-03-31 | March 2026
            2024-12-30 | 2025-01-05 | 30/12/2024–05/01/2025
            """)
    void periodsAreNamedAsUsersNameThem(LocalDate start, LocalDate end, String label) {
        assertThat(new Period(start, end).label()).isEqualTo(label);
    }

    private static Schedule withJswmt(LocalDate... dates) {
        return new Schedule(TRACKING_START, Month.APRIL, new MeetingCalendar(Map.of(MeetingSeries.JSWMT, List.of(dates))));
    }
}
