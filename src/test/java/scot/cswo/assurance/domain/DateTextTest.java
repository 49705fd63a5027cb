package scot.cswo.assurance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates as people type them: every form a date field and a command accept, and what they refuse. */
class DateTextTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            15/9/26            | 2026-09-15
            15/09/2026         | 2026-09-15
            01/10/26           | 2026-10-01
            1/10/26            | 2026-10-01
            15.09.2026         | 2026-09-15
            15-09-2026         | 2026-09-15
            15 Sep 2026        | 2026-09-15
            15 sept 2026       | 2026-09-15
            15 September 2026  | 2026-09-15
            15th September 2026| 2026-09-15
            15 Sep 26          | 2026-09-15
            2026-09-15         | 2026-09-15
            29/2/28            | 2028-02-29
            ' 15/9/26 '        | 2026-09-15
            31/12/99           | 2099-12-31
            1/1/00             | 2000-01-01
            """)
    void readsTheFormsPeopleType(String typed, LocalDate expected) {
        assertThat(DateText.read(typed)).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is not a date")
    @ValueSource(strings = {"31/9/26", "29/2/27", "32/1/2026", "15/13/2026", "0/1/2026", "15/9", "15/9/026",
            "15 Ma 2026", "15 Smarch 2026", "2026-9-31", "tomorrow", "", "   ", "15/09-2026", "-999999999-01-01",
            "+999999999-12-31", "0001-01-01", "1899-12-31", "2100-01-01", "15092026"})
    void refusesAnythingElse(String typed) {
        assertThat(DateText.read(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/9/26"})
    void namesWhatWasTypedWhenItIsNotADate(String typed) {
        assertThat(DateText.notADate(typed)).isEqualTo("31/9/26 is not a date; write it like 15/09/2026.");
    }
}
