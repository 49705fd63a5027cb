package scot.cswo.assurance.domain.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.problem.InvalidDataException;

/** Green on or better than target, Amber short of it within the tolerance, Red beyond; by polarity. */
class RagTest {
    private static final Target NINETY_WITHIN_FIVE = new Target(new BigDecimal("90"), new BigDecimal("5"));

    private static Rag higherIsBetter(String value) {
        return Rag.of(Polarity.HIGHER_IS_BETTER, NINETY_WITHIN_FIVE, new BigDecimal(value));
    }

    private static Rag lowerIsBetter(String value) {
        return Rag.of(Polarity.LOWER_IS_BETTER, new Target(new BigDecimal("26"), new BigDecimal("2")),
                new BigDecimal(value));
    }

    @Test
    void higherIsBetterOnOrAboveTargetIsGreen() {
        assertThat(higherIsBetter("90")).isEqualTo(Rag.GREEN);
        assertThat(higherIsBetter("97.5")).isEqualTo(Rag.GREEN);
    }

    @Test
    void higherIsBetterShortOfTargetUpToTheToleranceIsAmber() {
        assertThat(higherIsBetter("89.9")).isEqualTo(Rag.AMBER);
        assertThat(higherIsBetter("85")).isEqualTo(Rag.AMBER);
    }

    @Test
    void higherIsBetterBeyondTheToleranceIsRed() {
        assertThat(higherIsBetter("84.99")).isEqualTo(Rag.RED);
    }

    @Test
    void lowerIsBetterOnOrBelowTargetIsGreen() {
        assertThat(lowerIsBetter("26")).isEqualTo(Rag.GREEN);
        assertThat(lowerIsBetter("21")).isEqualTo(Rag.GREEN);
    }

    @Test
    void lowerIsBetterAboveTargetUpToTheToleranceIsAmber() {
        assertThat(lowerIsBetter("28")).isEqualTo(Rag.AMBER);
    }

    @Test
    void lowerIsBetterBeyondTheToleranceIsRed() {
        assertThat(lowerIsBetter("28.1")).isEqualTo(Rag.RED);
    }

    @Test
    void withoutAToleranceAnyShortfallIsRed() {
        Target exact = new Target(new BigDecimal("100"), null);

        assertThat(Rag.of(Polarity.HIGHER_IS_BETTER, exact, new BigDecimal("99.9"))).isEqualTo(Rag.RED);
        assertThat(Rag.of(Polarity.HIGHER_IS_BETTER, exact, new BigDecimal("100"))).isEqualTo(Rag.GREEN);
    }

    @Test
    void contextOnlyMeasuresAreNeverRated() {
        assertThat(Rag.of(Polarity.CONTEXT_ONLY, NINETY_WITHIN_FIVE, new BigDecimal("10"))).isEqualTo(Rag.NOT_RATED);
    }

    @Test
    void withoutATargetOrAValueThereIsNoRating() {
        assertThat(Rag.of(Polarity.HIGHER_IS_BETTER, null, BigDecimal.ONE)).isEqualTo(Rag.NOT_RATED);
        assertThat(Rag.of(Polarity.HIGHER_IS_BETTER, NINETY_WITHIN_FIVE, null)).isEqualTo(Rag.NOT_RATED);
    }

    @Test
    void everyRatingHasAWordOfItsOwnSoColourIsNeverTheOnlySign() {
        assertThat(Rag.values()).extracting(Rag::label).allSatisfy(label -> assertThat(label).isNotBlank())
                .doesNotHaveDuplicates();
    }

    @Test
    void aNegativeToleranceIsRefused() {
        assertThatThrownBy(() -> new Target(BigDecimal.TEN, new BigDecimal("-1")))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("cannot be negative");
    }
}
