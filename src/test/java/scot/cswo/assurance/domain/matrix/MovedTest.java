package scot.cswo.assurance.domain.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.problem.RefusedException;

class MovedTest {

    @Test
    void movingDownSwapsAnItemWithTheNextOne() {
        assertThat(Moved.of(List.of("a", "b", "c"), 1, 1, end -> end))
                .isEqualTo(new Moved<>("c", List.of("a", "c", "b")));
    }

    @Test
    void movingUpSwapsAnItemWithThePreviousOne() {
        assertThat(Moved.of(List.of("a", "b", "c"), 1, -1, end -> end))
                .isEqualTo(new Moved<>("a", List.of("b", "a", "c")));
    }

    @Test
    void theFirstItemCannotMoveUp() {
        assertThatThrownBy(() -> Moved.of(List.of("a", "b"), 0, -1, end -> "already " + end))
                .isInstanceOf(RefusedException.class).hasMessage("already first");
    }

    @Test
    void theLastItemCannotMoveDown() {
        assertThatThrownBy(() -> Moved.of(List.of("a", "b"), 1, 1, end -> "already " + end))
                .isInstanceOf(RefusedException.class).hasMessage("already last");
    }

    @Test
    void anItemNotInTheListCannotMove() {
        assertThatThrownBy(() -> Moved.of(List.of("a", "b"), -1, 1, end -> "already " + end))
                .isInstanceOf(RefusedException.class);
    }
}
