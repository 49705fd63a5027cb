package scot.cswo.assurance.domain.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.dataset.Aggregation.YearValue;

/** How four quarters make a year: counts add up, positions are the year-end one, levels average. */
class AggregationTest {
    private static final Map<Integer, BigDecimal> ALL_FOUR = Map.of(1, new BigDecimal("12"), 2, new BigDecimal("9"),
            3, new BigDecimal("15"), 4, new BigDecimal("10"));
    private static final Map<Integer, BigDecimal> FIRST_TWO = Map.of(1, new BigDecimal("12"), 2, new BigDecimal("9"));

    @Test
    void eventsCountedEachQuarterAddUpToTheYear() {
        assertThat(Aggregation.SUM.rollUp(ALL_FOUR)).isEqualTo(new YearValue(new BigDecimal("46"), true));
    }

    @Test
    void aSumOfFewerThanFourQuartersIsMarkedIncomplete() {
        assertThat(Aggregation.SUM.rollUp(FIRST_TWO)).isEqualTo(new YearValue(new BigDecimal("21"), false));
    }

    @Test
    void aPositionIsTheYearEndQuarters() {
        assertThat(Aggregation.LAST.rollUp(ALL_FOUR)).isEqualTo(new YearValue(new BigDecimal("10"), true));
    }

    @Test
    void aPositionTakenBeforeTheYearEndIsMarkedIncomplete() {
        assertThat(Aggregation.LAST.rollUp(FIRST_TWO)).isEqualTo(new YearValue(new BigDecimal("9"), false));
    }

    @Test
    void aLevelIsTheMeanOfTheQuartersToTwoPlaces() {
        Map<Integer, BigDecimal> caseloads = Map.of(1, new BigDecimal("24"), 2, new BigDecimal("25"),
                3, new BigDecimal("26"), 4, new BigDecimal("26"));

        assertThat(Aggregation.AVERAGE.rollUp(caseloads)).isEqualTo(new YearValue(new BigDecimal("25.25"), true));
    }

    @Test
    void noQuartersEnteredGiveNoValue() {
        assertThat(Aggregation.SUM.rollUp(Map.of())).isEqualTo(new YearValue(null, false));
    }
}
