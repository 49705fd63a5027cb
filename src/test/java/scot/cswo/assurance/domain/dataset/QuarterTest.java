package scot.cswo.assurance.domain.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.problem.InvalidDataException;

/** Quarters of the financial year, April to March. */
class QuarterTest {

    @Test
    void quarterOneIsAprilToJune() {
        Quarter q1 = Quarter.parse("2025-Q1");

        assertThat(q1.start()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(q1.end()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void quarterFourIsJanuaryToMarchOfTheNextCalendarYear() {
        Quarter q4 = Quarter.parse("2025-q4");

        assertThat(q4.start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(q4.end()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(q4.yearLabel()).isEqualTo("2025-26");
    }

    @Test
    void aDateBelongsToTheQuarterAroundIt() {
        assertThat(Quarter.containing(LocalDate.of(2026, 3, 31))).isEqualTo(new Quarter(2025, 4));
        assertThat(Quarter.containing(LocalDate.of(2026, 4, 1))).isEqualTo(new Quarter(2026, 1));
        assertThat(Quarter.containing(LocalDate.of(2025, 12, 31))).isEqualTo(new Quarter(2025, 3));
        assertThat(Quarter.containing(LocalDate.of(2025, 7, 1))).isEqualTo(new Quarter(2025, 2));
    }

    @Test
    void theQuarterBeforeTheFirstIsTheLastOfTheYearBefore() {
        assertThat(new Quarter(2025, 1).previous()).isEqualTo(new Quarter(2024, 4));
        assertThat(new Quarter(2025, 3).previous()).isEqualTo(new Quarter(2025, 2));
    }

    @Test
    void quartersSortInTimeOrder() {
        assertThat(new Quarter(2024, 4)).isLessThan(new Quarter(2025, 1));
        assertThat(new Quarter(2025, 2)).isGreaterThan(new Quarter(2025, 1));
    }

    @Test
    void anythingButYearDashQuarterIsRefusedWithWhatWasGiven() {
        assertThatThrownBy(() -> Quarter.parse("Q1 2025")).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("2025-Q1").hasMessageContaining("\"Q1 2025\"");
        assertThatThrownBy(() -> Quarter.parse("2025-Q5")).isInstanceOf(InvalidDataException.class);
    }

    @Test
    void theQuarterAfterTheFourthStartsTheNextYear() {
        assertThat(new Quarter(2025, 4).next()).isEqualTo(new Quarter(2026, 1));
        assertThat(new Quarter(2025, 2).next()).isEqualTo(new Quarter(2025, 3));
    }
}
