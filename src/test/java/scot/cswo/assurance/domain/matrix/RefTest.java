package scot.cswo.assurance.domain.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RefTest {

    @Test
    void refsSortByFunctionThenPositionNumerically() {
        List<String> sorted = Stream.of("F10.1", "F2.1", "F1.10", "F1.2").map(Ref::new).sorted().map(Ref::text).toList();

        assertThat(sorted).containsExactly("F1.2", "F1.10", "F2.1", "F10.1");
    }

    @Test
    void aRefIsReadCaseInsensitivelyAndNonsenseIsNotARef() {
        assertThat(Ref.parse(" f3.5 ")).contains(new Ref("F3.5"));
        assertThat(Ref.parse("3.5")).isEmpty();
    }
}
