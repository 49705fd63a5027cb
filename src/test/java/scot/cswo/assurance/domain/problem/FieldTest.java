package scot.cswo.assurance.domain.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldTest {
    private enum Sample implements Field {
        ACTIVITY_DATE,
        REF
    }

    @Test
    void aFieldIsLabelledWithItsConstantsNameInWords() {
        assertThat(Sample.ACTIVITY_DATE.label()).isEqualTo("Activity date");
        assertThat(Sample.REF.label()).isEqualTo("Ref");
    }
}
