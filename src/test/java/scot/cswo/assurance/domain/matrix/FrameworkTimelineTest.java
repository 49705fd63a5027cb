package scot.cswo.assurance.domain.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which framework was in force on a date: from its tracking start until the day before the next one's. */
class FrameworkTimelineTest {
    private static final Framework CURRENT = framework(1, "2018-2026", LocalDate.of(2024, 4, 1));
    private static final Framework NEXT = framework(2, "2027-2031", LocalDate.of(2027, 4, 1));
    private static final FrameworkTimeline TIMELINE = new FrameworkTimeline(List.of(NEXT, CURRENT));

    private static Framework framework(long id, String period, LocalDate start) {
        return new Framework(id, "CSWO Governance Framework", "Dundee City Council", period, start, Month.APRIL, 0,
                Instant.parse("2026-12-04T10:00:00Z"), 0);
    }

    @Test
    void aFrameworkPreparedForAprilChangesNothingBeforeIt() {
        assertThat(TIMELINE.inForceOn(LocalDate.of(2026, 6, 1))).contains(CURRENT);
        assertThat(TIMELINE.inForceOn(LocalDate.of(2027, 3, 31))).contains(CURRENT);
        assertThat(TIMELINE.inForceOn(LocalDate.of(2027, 4, 1))).contains(NEXT);
    }

    @Test
    void theFrameworkBeforeEndsTheDayBeforeTheNextStarts() {
        assertThat(TIMELINE.lastDay(CURRENT)).contains(LocalDate.of(2027, 3, 31));
        assertThat(TIMELINE.lastDay(NEXT)).isEmpty();
    }

    @Test
    void aFrameworkIsReplacedOnlyOnceTheNextIsInForce() {
        assertThat(TIMELINE.replacedBy(CURRENT, LocalDate.of(2026, 12, 4))).isFalse();
        assertThat(TIMELINE.replacedBy(CURRENT, LocalDate.of(2027, 4, 1))).isTrue();
        assertThat(TIMELINE.startingAfter(LocalDate.of(2026, 12, 4))).containsExactly(NEXT);
    }

    @Test
    void beforeTheFirstStartTheFirstFrameworkIsShown() {
        assertThat(TIMELINE.inForceOn(LocalDate.of(2020, 1, 1))).contains(CURRENT);
        assertThat(TIMELINE.belongsElsewhere(NEXT, LocalDate.of(2020, 1, 1))).isFalse();
    }

    @Test
    void aDateUnderTheFrameworkBeforeBelongsThere() {
        assertThat(TIMELINE.belongsElsewhere(NEXT, LocalDate.of(2026, 9, 15))).isTrue();
        assertThat(TIMELINE.belongsElsewhere(CURRENT, LocalDate.of(2026, 9, 15))).isFalse();
        assertThat(TIMELINE.belongsElsewhere(CURRENT, LocalDate.of(2027, 5, 1))).isTrue();
    }

    @Test
    void ofTwoFrameworksStartingTheSameDayTheOneBroughtInLaterIsInForce() {
        Framework replacement = framework(3, "2027-2031 (corrected)", LocalDate.of(2027, 4, 1));
        FrameworkTimeline timeline = new FrameworkTimeline(List.of(CURRENT, NEXT, replacement));

        assertThat(timeline.inForceOn(LocalDate.of(2027, 4, 1))).contains(replacement);
        assertThat(timeline.lastDay(NEXT)).contains(LocalDate.of(2027, 3, 31));
    }

    @Test
    void anEmptyDatabaseHasNoFrameworkInForce() {
        assertThat(new FrameworkTimeline(List.of()).inForceOn(LocalDate.of(2026, 1, 1))).isEmpty();
    }
}
