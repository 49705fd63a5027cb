package scot.cswo.assurance.domain.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.problem.InvalidDataException;

/** A measure is defined well enough to be collected, rated and published. */
class MeasureTest {

    @Test
    void aMeasureKeepsItsDefinitionTidied() {
        Measure measure = new Measure("  Children on the child protection register ", "children", "Child protection",
                "Children on the register at the end of the quarter", "Child Protection Lead Officer",
                CollectionFrequency.QUARTERLY, Polarity.CONTEXT_ONLY, Aggregation.LAST, true, "");

        assertThat(measure.name()).isEqualTo("Children on the child protection register");
        assertThat(measure.aggregation()).isEqualTo(Aggregation.LAST);
    }

    @Test
    void everyMissingPartIsNamedAtOnce() {
        assertThatThrownBy(() -> new Measure("", " ", null, null, null, null, null, null, false, null))
                .isInstanceOf(InvalidDataException.class)
                .satisfies(e -> assertThat(((InvalidDataException) e).problems()).extracting(p -> p.column())
                        .containsExactly("Name", "Unit", "Collection", "Polarity"));
    }

    @Test
    void aMeasureWithoutAnAggregationAddsUpItsQuarters() {
        Measure referrals = new Measure("Adult support and protection referrals", "referrals", "Adult support and"
                + " protection", "", "", CollectionFrequency.QUARTERLY, Polarity.CONTEXT_ONLY, null, true, "");

        assertThat(referrals.aggregation()).isEqualTo(Aggregation.SUM);
    }

    private static Measure counting(String unit, boolean people) {
        return new Measure("Measure", unit, "", "", "", CollectionFrequency.QUARTERLY, Polarity.CONTEXT_ONLY, null,
                people, "");
    }

    @Test
    void aValueMayBeWrittenWithThousandsSeparators() {
        assertThat(counting("children", true).valueFrom(" 1,234 ")).isEqualByComparingTo("1234");
    }

    @Test
    void aBlankValueIsNoValue() {
        assertThat(counting("children", true).valueFrom("  ")).isNull();
    }

    @Test
    void peopleAreCountedInWholeNumbers() {
        assertThatThrownBy(() -> counting("children", true).valueFrom("2.5")).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("whole number");
        assertThat(counting("FTE", false).valueFrom("2.5")).isEqualByComparingTo("2.5");
    }

    @Test
    void aPercentageIsAtMostAHundred() {
        assertThatThrownBy(() -> counting("%", false).valueFrom("100.5")).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("at most 100");
    }

    @Test
    void wordsAndNegativeNumbersAreRefusedAsTheValueField() {
        assertThatThrownBy(() -> counting("children", true).valueFrom("twelve"))
                .isInstanceOf(InvalidDataException.class)
                .satisfies(e -> assertThat(((InvalidDataException) e).problems()).singleElement()
                        .satisfies(p -> assertThat(p.column()).isEqualTo("Value")));
        assertThatThrownBy(() -> counting("children", true).valueFrom("-3")).hasMessageContaining("negative");
    }
}
