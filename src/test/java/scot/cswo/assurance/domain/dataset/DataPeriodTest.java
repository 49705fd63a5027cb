package scot.cswo.assurance.domain.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.problem.InvalidDataException;

/** A dataset value is for a quarter (2025-Q1) or a financial year (2025-26). */
class DataPeriodTest {

    @Test
    void aQuarterIsReadAsWrittenOnTheScreen() {
        assertThat(DataPeriod.parse(" 2025-q2 ")).isEqualTo(new DataPeriod(2025, 2));
        assertThat(new DataPeriod(2025, 2).label()).isEqualTo("2025-Q2");
    }

    @Test
    void aFinancialYearIsReadWithADashOrASlash() {
        assertThat(DataPeriod.parse("2025-26")).isEqualTo(DataPeriod.year(2025));
        assertThat(DataPeriod.parse("2025/26")).isEqualTo(DataPeriod.year(2025));
        assertThat(DataPeriod.year(2099).label()).isEqualTo("2099-00");
    }

    @Test
    void aYearWhoseHalvesDoNotFollowIsRefused() {
        assertThatThrownBy(() -> DataPeriod.parse("2025-27")).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("2025-27");
    }

    @Test
    void anythingElseIsRefusedWithTheTextGiven() {
        assertThatThrownBy(() -> DataPeriod.parse("Q1 2025")).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("\"Q1 2025\"").hasMessageContaining("2025-Q1");
    }

    @Test
    void aYearSortsAfterItsQuarters() {
        assertThat(DataPeriod.year(2025)).isLessThan(new DataPeriod(2025, 1));
        assertThat(new DataPeriod(2025, 4)).isLessThan(DataPeriod.year(2026));
    }
}
