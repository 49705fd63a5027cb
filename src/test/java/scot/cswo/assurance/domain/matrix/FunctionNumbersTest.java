package scot.cswo.assurance.domain.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;

/**
 * One rule for the Function column: a whole number from 1 to 999, optionally with the title after
 * it; anything else is refused with its row, never read as something else. Refs belong to their
 * row's function.
 */
class FunctionNumbersTest {
    private final MatrixDraftBuilder builder = new MatrixDraftBuilder("matrix.csv");
    private int row = 1;

    private void add(String function, String title, String mechanism, String ref) {
        builder.add(new SourceRow(++row, function, title, mechanism, "Jane Martin", "Quarterly", ref));
    }

    private InvalidDataException refused() {
        return (InvalidDataException) catchThrowable(builder::build);
    }

    @Test
    void aWholeNumberWrittenWithDecimalZerosIsThatFunctionAndNotATitle() {
        // As a script or some exports write a column of whole numbers with gaps in it: 1.0, 1.0, 2.0.
        add("1.0", "Professional advice.", "Membership of IJB", "");
        add("1.0", "", "Regular meetings", "");
        add("2.00", "Assist partners.", "Dataset", "");

        MatrixDraft draft = builder.build();

        assertThat(draft.functions()).extracting(MatrixDraft.FunctionDraft::number, MatrixDraft.FunctionDraft::title)
                .containsExactly(tuple(1, "Professional advice."), tuple(2, "Assist partners."));
        assertThat(draft.rows()).extracting(r -> r.ref().text()).containsExactly("F1.1", "F1.2", "F2.1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234", "0", "1000"})
    void aNumberOutsideOneTo999IsRefusedNotShortened(String number) {
        add(number, "Advice.", "Membership of IJB", "");

        assertThat(refused().problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("Function");
            assertThat(p.value()).isEqualTo(number);
            assertThat(p.message()).startsWith("there is no function").contains("a whole number from 1 to 999");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "3.1", "2,0", "3rd", "F1.3", "one"})
    void anythingButAWholeNumberIsRefused(String cell) {
        add(cell, "Advice.", "Membership of IJB", "");

        assertThat(refused().problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("Function");
            assertThat(p.describe()).startsWith("matrix.csv, row 2, column Function \"" + cell
                    + "\": give the function as a whole number from 1 to 999");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"3. Promote the values|3", "Function 3: Promote the values|3",
            "F3 - Promote the values|3", "3) Promote the values|3", "12 Promote the values|12"})
    void theTitleMayFollowTheNumberInTheSameCell(String cell, int number) {
        add(cell, "", "Membership of IJB", "");

        assertThat(builder.build().functions()).singleElement().satisfies(f -> {
            assertThat(f.number()).isEqualTo(number);
            assertThat(f.title()).isEqualTo("Promote the values");
        });
    }

    @Test
    void aRefOfAnotherFunctionIsRefusedOnEveryRowThatHasOne() {
        add("1", "Advice.", "Membership of IJB", "F9.1");
        add("1", "", "Regular meetings", "F1.2");
        add("2", "Assist partners.", "Dataset", "F1.3");

        assertThat(refused().problems()).extracting(Problem::row, Problem::column, Problem::value).containsExactly(
                tuple(2, "Ref", "F9.1"), tuple(4, "Ref", "F1.3"));
        assertThat(refused().problems().getFirst().message()).isEqualTo("this row is under function 1, but F9.1 is a"
                + " ref of function 9; a ref starts with its row's function (F1.1, F1.2, …).");
    }

    @Test
    void refsOfTheRowsOwnFunctionAreKept() {
        add("1", "Advice.", "Membership of IJB", "F1.4");
        add("2", "Assist partners.", "Dataset", "f2.7");

        assertThat(builder.build().rows()).extracting(r -> r.ref().text()).containsExactly("F1.4", "F2.7");
    }
}
