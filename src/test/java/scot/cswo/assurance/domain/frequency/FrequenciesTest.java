package scot.cswo.assurance.domain.frequency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FrequenciesTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Weekly                               | WEEKLY
            Fortnightly                          | FORTNIGHTLY
            Every two weeks                      | FORTNIGHTLY
            Every other week                     | FORTNIGHTLY
            Monthly                              | MONTHLY
            2 monthly                            | TWO_MONTHLY
            Bi-monthly                           | TWO_MONTHLY
            Every 2 months                       | TWO_MONTHLY
            Quarterly                            | QUARTERLY
            4 monthly                            | FOUR_MONTHLY
            Three times a year                   | FOUR_MONTHLY
            Twice yearly                         | TWICE_YEARLY
            Six monthly                          | TWICE_YEARLY
            Six-monthly                          | TWICE_YEARLY
            6-monthly                            | TWICE_YEARLY
            Half yearly                          | TWICE_YEARLY
            Annually                             | ANNUALLY
            Yearly                               | ANNUALLY
            Report to Joint SW MTM               | JSWMT
            Reports to Joint SW MTM as available | JSWMT_AS_AVAILABLE
            In line with Committee / IJB cycles  | COMMITTEE
            in line with committee/ijb cycles    | COMMITTEE
            Strategic planning cycles            | STRATEGIC
            As required                          | AS_REQUIRED
            As reported                          | AS_REPORTED
            Once by 31/03/2026                   | ONCE
            Once by 2026-03-31                   | ONCE
            """)
    void readsTheWordingsCouncilsUse(String wording, String code) {
        assertThat(Frequencies.parse(wording)).hasValueSatisfying(f -> assertThat(f.code()).isEqualTo(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Termly", "Every 3 weeks", "Sometimes", "Once by 31/02/2026", ""})
    void rejectsWhatItCannotSchedule(String wording) {
        assertThat(Frequencies.parse(wording)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bi-monthly", "Reports to Joint SW MTM as available", "As reported", "Once by 31/03/2026"})
    void keepsTheOriginalWordingAndRestoresFromItsCode(String wording) {
        Frequency parsed = Frequencies.parse(wording).orElseThrow();
        Frequency restored = Frequencies.fromCode(parsed.code(), parsed.wording(),
                parsed instanceof Frequency.OneOff once ? once.target() : null);
        assertThat(restored).isEqualTo(parsed);
        assertThat(restored.wording()).isEqualTo(wording);
    }

    @Test
    void aOneOffKeepsItsTargetDate() {
        assertThat(Frequencies.parse("Once by 31/03/2026")).hasValueSatisfying(f ->
                assertThat(((Frequency.OneOff) f).target()).isEqualTo(LocalDate.of(2026, 3, 31)));
    }

    @Test
    void differentWordingsOfOneScheduleAreTheSameRule() {
        assertThat(Frequencies.parse("2 monthly").orElseThrow().sameRuleAs(Frequencies.parse("Bi-monthly").orElseThrow()))
                .isTrue();
        assertThat(Frequencies.parse("Quarterly").orElseThrow().sameRuleAs(Frequencies.parse("Monthly").orElseThrow()))
                .isFalse();
    }
}
