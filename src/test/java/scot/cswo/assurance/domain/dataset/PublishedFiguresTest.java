package scot.cswo.assurance.domain.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.dataset.Aggregation.YearValue;

/** What a published table shows: small counts of people hidden, totals that give nothing away. */
class PublishedFiguresTest {
    private static final PublishedFigures PUBLISHED = new PublishedFigures(new SmallNumbers(4));
    private static final Measure CHILDREN = measure("children", true);
    private static final Measure FTE = measure("FTE", false);

    private static Measure measure(String unit, boolean people) {
        return new Measure("Measure " + unit, unit, "", "", "", CollectionFrequency.QUARTERLY, Polarity.CONTEXT_ONLY,
                Aggregation.LAST, people, "");
    }

    private static List<BigDecimal> values(Integer... values) {
        return Arrays.stream(values).map(v -> v == null ? null : BigDecimal.valueOf(v)).toList();
    }

    @Test
    void aSmallCountOfPeopleIsHiddenButASmallCountOfStaffIsNot() {
        assertThat(PUBLISHED.value(CHILDREN, BigDecimal.valueOf(3))).isEqualTo("<5");
        assertThat(PUBLISHED.value(FTE, BigDecimal.valueOf(3))).isEqualTo("3");
    }

    @Test
    void aMissingValueIsMarkedNotAvailableAndAPartYearProvisional() {
        assertThat(PUBLISHED.value(CHILDREN, null)).isEqualTo("[x]");
        assertThat(PUBLISHED.year(CHILDREN, new YearValue(BigDecimal.valueOf(1204), false))).isEqualTo("1,204 [p]");
    }

    @Test
    void aBreakdownWithOneSmallPartHidesASecondPartSoTheTotalGivesNothingAway() {
        List<String> shown = PUBLISHED.withTotal(List.of(CHILDREN, CHILDREN, CHILDREN), values(90, 3, 170));

        assertThat(shown).containsExactly("[c]", "<5", "170", "263");
    }

    @Test
    void aBreakdownWithAMissingPartHasNoTotal() {
        assertThat(PUBLISHED.withTotal(List.of(CHILDREN, CHILDREN), values(90, null))).containsExactly("90", "[x]",
                "[x]");
    }

    @Test
    void theKeyExplainsTheMarksWithTheThresholdInForce() {
        assertThat(new PublishedFigures(new SmallNumbers(9)).key()).startsWith("<10: a count from 1 to 9");
    }

    @Test
    void aPartPrintedAsConfidentialIsHiddenThoughItsCountIsNotSmall() {
        assertThat(PublishedFigures.hides(CHILDREN, BigDecimal.valueOf(60), SmallNumbers.CONFIDENTIAL)).isTrue();
        assertThat(PublishedFigures.hides(CHILDREN, BigDecimal.valueOf(60), "60 [p]")).isFalse();
        assertThat(PublishedFigures.hides(CHILDREN, BigDecimal.valueOf(3), "<5")).isTrue();
    }

    @Test
    void anEventCountFromOneToTheThresholdIsHiddenAndTheTotalGivesNoHiddenCountAway() {
        assertThat(PUBLISHED.events(List.of(1L, 12L, 30L, 0L))).containsExactly("<5", "[c]", "30", "0", "43");
        assertThat(PUBLISHED.events(List.of(2L, 1L))).containsExactly("<5", "<5", "<5");
    }
}
