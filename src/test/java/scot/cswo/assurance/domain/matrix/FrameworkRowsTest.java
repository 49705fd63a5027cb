package scot.cswo.assurance.domain.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.problem.RefusedException;

class FrameworkRowsTest {
    private static final StatutoryFunction ONE = new StatutoryFunction(10, 1, "Public protection");
    private static final StatutoryFunction TWO = new StatutoryFunction(20, 2, "Justice");

    private static FrameworkRows.Row active(long id, String ref, StatutoryFunction function, long mechanism,
                                            int ordinal) {
        return new FrameworkRows.Row(id, new Ref(ref), function.id(), mechanism, ordinal, false);
    }

    private static FrameworkRows.Row retired(long id, String ref, StatutoryFunction function, long mechanism,
                                             int ordinal) {
        return new FrameworkRows.Row(id, new Ref(ref), function.id(), mechanism, ordinal, true);
    }

    @Test
    void aNewRowTakesTheRefAfterEveryRefItsFunctionHasUsedRetiredOnesIncluded() {
        FrameworkRows rows = new FrameworkRows(List.of(active(1, "F1.1", ONE, 100, 1),
                retired(2, "F1.3", ONE, 101, 2), active(3, "F2.7", TWO, 102, 1)));

        assertThat(rows.list(ONE, 200).ref()).isEqualTo(new Ref("F1.4"));
    }

    @Test
    void theFirstRowOfAFunctionIsPositionOne() {
        FrameworkRows rows = new FrameworkRows(List.of(active(1, "F1.1", ONE, 100, 1)));

        assertThat(rows.list(TWO, 200)).isEqualTo(new FrameworkRows.Listing.Added(new Ref("F2.1"), 1));
    }

    @Test
    void aNewRowGoesAfterEveryRowOfItsFunctionRetiredOnesIncluded() {
        FrameworkRows rows = new FrameworkRows(List.of(active(1, "F1.1", ONE, 100, 1),
                retired(2, "F1.2", ONE, 101, 5), active(3, "F2.1", TWO, 102, 9)));

        assertThat(rows.list(ONE, 200)).isEqualTo(new FrameworkRows.Listing.Added(new Ref("F1.3"), 6));
    }

    @Test
    void listingAMechanismAgainUnderAFunctionItWasRetiredFromReinstatesItsRowAndRef() {
        FrameworkRows.Row earlier = retired(2, "F1.2", ONE, 101, 2);
        FrameworkRows rows = new FrameworkRows(List.of(active(1, "F1.1", ONE, 100, 1), earlier));

        assertThat(rows.list(ONE, 101)).isEqualTo(new FrameworkRows.Listing.Reinstated(earlier));
    }

    @Test
    void aMechanismAlreadyListedUnderAFunctionIsRefused() {
        FrameworkRows rows = new FrameworkRows(List.of(active(1, "F1.1", ONE, 100, 1)));

        assertThatThrownBy(() -> rows.list(ONE, 100)).isInstanceOf(RefusedException.class)
                .hasMessage("That mechanism is already listed under function 1.");
    }

    @Test
    void retiringAMechanismsOnlyActiveRowRetiresTheMechanismToo() {
        FrameworkRows rows = new FrameworkRows(List.of(active(1, "F1.1", ONE, 100, 1),
                retired(2, "F2.1", TWO, 100, 1)));

        assertThat(rows.retire(new Ref("F1.1")).mechanismRetires()).isTrue();
    }

    @Test
    void aMechanismStillListedUnderAnotherFunctionStaysWhenOneOfItsRowsRetires() {
        FrameworkRows rows = new FrameworkRows(List.of(active(1, "F1.1", ONE, 100, 1),
                active(2, "F2.1", TWO, 100, 1)));

        assertThat(rows.retire(new Ref("F1.1"))).isEqualTo(new FrameworkRows.Retirement(
                active(1, "F1.1", ONE, 100, 1), false));
    }

    @Test
    void aRowAlreadyRetiredCannotBeRetiredAgain() {
        FrameworkRows rows = new FrameworkRows(List.of(retired(1, "F1.1", ONE, 100, 1)));

        assertThatThrownBy(() -> rows.retire(new Ref("F1.1"))).isInstanceOf(RefusedException.class)
                .hasMessage("There is no row F1.1 in the matrix; it may have been retired or renumbered by someone"
                        + " else.");
    }

    @Test
    void aRowMovesPastItsNeighbourInItsFunctionByOrderLeavingRetiredRowsOut() {
        FrameworkRows.Row first = active(1, "F1.1", ONE, 100, 1);
        FrameworkRows.Row second = active(3, "F1.3", ONE, 102, 3);
        FrameworkRows rows = new FrameworkRows(List.of(second, retired(2, "F1.2", ONE, 101, 2),
                active(4, "F2.1", TWO, 103, 2), first));

        Moved<FrameworkRows.Row> moved = rows.move(new Ref("F1.3"), -1);

        assertThat(moved).isEqualTo(new Moved<>(first, List.of(second, first)));
    }

    @Test
    void rowsWithTheSameOrdinalKeepTheOrderTheyWereAddedIn() {
        FrameworkRows.Row older = active(1, "F1.2", ONE, 100, 1);
        FrameworkRows.Row newer = active(2, "F1.1", ONE, 101, 1);
        FrameworkRows rows = new FrameworkRows(List.of(newer, older));

        assertThat(rows.move(new Ref("F1.2"), 1).order()).containsExactly(newer, older);
    }

    @Test
    void theLastRowOfAFunctionCannotMoveDown() {
        FrameworkRows rows = new FrameworkRows(List.of(active(1, "F1.1", ONE, 100, 1),
                active(2, "F2.1", TWO, 101, 1)));

        assertThatThrownBy(() -> rows.move(new Ref("F1.1"), 1)).isInstanceOf(RefusedException.class)
                .hasMessage("F1.1 is already last in its function.");
    }

    @Test
    void renumberingGivesTheRowsRefsInTheirOrder() {
        FrameworkRows.Row first = active(1, "F1.3", ONE, 100, 1);
        FrameworkRows.Row second = active(2, "F1.1", ONE, 101, 2);
        FrameworkRows rows = new FrameworkRows(List.of(second, first, active(3, "F2.4", TWO, 102, 1)));

        assertThat(rows.renumber(ONE)).containsExactly(new FrameworkRows.Renamed(first, new Ref("F1.1")),
                new FrameworkRows.Renamed(second, new Ref("F1.2")));
    }

    @Test
    void renumberingSkipsRefsKeptByRetiredRows() {
        FrameworkRows.Row first = active(1, "F1.1", ONE, 100, 1);
        FrameworkRows.Row second = active(3, "F1.3", ONE, 102, 3);
        FrameworkRows rows = new FrameworkRows(List.of(first, retired(2, "F1.2", ONE, 101, 2), second));

        assertThat(rows.renumber(ONE)).extracting(FrameworkRows.Renamed::ref)
                .containsExactly(new Ref("F1.1"), new Ref("F1.3"));
    }

    @Test
    void aFunctionWithAnActiveRowCannotBeRetired() {
        FrameworkRows rows = new FrameworkRows(List.of(retired(1, "F1.1", ONE, 100, 1),
                active(2, "F1.2", ONE, 101, 2)));

        assertThatThrownBy(() -> rows.requireEmpty(ONE)).isInstanceOf(RefusedException.class)
                .hasMessage("Function 1 still has mechanisms; retire or move them first.");
    }

    @Test
    void aFunctionWhoseRowsAreAllRetiredMayBeRetired() {
        FrameworkRows rows = new FrameworkRows(List.of(retired(1, "F1.1", ONE, 100, 1),
                active(2, "F2.1", TWO, 101, 1)));

        rows.requireEmpty(ONE);
    }
}
