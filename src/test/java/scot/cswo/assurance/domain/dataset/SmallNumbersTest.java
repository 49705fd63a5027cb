package scot.cswo.assurance.domain.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.problem.InvalidDataException;

/** Published counts from 1 to the threshold are hidden, and so is anything that would give one away. */
class SmallNumbersTest {
    private final SmallNumbers published = new SmallNumbers(SmallNumbers.DEFAULT_THRESHOLD);

    @Test
    void countsFromOneToFourAreShownAsLessThanFive() {
        assertThat(List.of(1L, 2L, 3L, 4L)).allSatisfy(n -> assertThat(published.shown(n)).isEqualTo("<5"));
    }

    @Test
    void zeroAndCountsAboveTheThresholdAreShown() {
        assertThat(published.shown(0)).isEqualTo("0");
        assertThat(published.shown(5)).isEqualTo("5");
        assertThat(published.shown(1234)).isEqualTo("1234");
    }

    @Test
    void theThresholdIsASetting() {
        SmallNumbers stricter = new SmallNumbers(9);

        assertThat(stricter.shown(9)).isEqualTo("<10");
        assertThat(stricter.shown(10)).isEqualTo("10");
    }

    @Test
    void aRowWithNothingSmallIsShownAsItIs() {
        assertThat(published.withTotal(List.of(12L, 30L, 7L), 49)).containsExactly("12", "30", "7", "49");
    }

    @Test
    void whenOneCountIsHiddenTheNextSmallestIsHiddenTooSoTheTotalCannotGiveItAway() {
        // Home 3, kinship 40, foster 25, residential 9: without the second cell, 3 = 77 - 40 - 25 - 9.
        assertThat(published.withTotal(List.of(3L, 40L, 25L, 9L), 77)).containsExactly("<5", "40", "25", "[c]", "77");
    }

    @Test
    void twoHiddenCountsProtectEachOtherSoNothingMoreIsHidden() {
        assertThat(published.withTotal(List.of(3L, 40L, 2L), 45)).containsExactly("<5", "40", "<5", "45");
    }

    @Test
    void whenNoOtherCountCanBeHiddenTheTotalIs() {
        assertThat(published.withTotal(List.of(0L, 3L, 0L), 3)).containsExactly("0", "<5", "0", "<5");
        assertThat(published.withTotal(List.of(0L, 3L, 0L, 0L), 7)).containsExactly("0", "<5", "0", "0", "[c]");
    }

    @Test
    void aThresholdOutsideOneToNinetyNineIsRefused() {
        assertThatThrownBy(() -> new SmallNumbers(0)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("between 1 and 99");
    }
}
