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
                CollectionFrequency.QUARTERLY, Polarity.CONTEXT_ONLY, Aggregation.LAST);

        assertThat(measure.name()).isEqualTo("Children on the child protection register");
        assertThat(measure.aggregation()).isEqualTo(Aggregation.LAST);
    }

    @Test
    void everyMissingPartIsNamedAtOnce() {
        assertThatThrownBy(() -> new Measure("", " ", null, null, null, null, null, null))
                .isInstanceOf(InvalidDataException.class)
                .satisfies(e -> assertThat(((InvalidDataException) e).problems()).extracting(p -> p.column())
                        .containsExactly("Name", "Unit", "Collection", "Polarity"));
    }

    @Test
    void aMeasureWithoutAnAggregationAddsUpItsQuarters() {
        Measure referrals = new Measure("Adult support and protection referrals", "referrals", "Adult support and"
                + " protection", "", "", CollectionFrequency.QUARTERLY, Polarity.CONTEXT_ONLY, null);

        assertThat(referrals.aggregation()).isEqualTo(Aggregation.SUM);
    }
}
