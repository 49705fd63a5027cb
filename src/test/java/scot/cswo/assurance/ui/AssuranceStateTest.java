package scot.cswo.assurance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.service.evidence.EvidenceInput;
import scot.cswo.assurance.domain.matrix.Ref;

/** What every screen shares: a new "as of" date is not a change to the data; a save is. */
class AssuranceStateTest extends ViewModelTest {

    @Test
    void aNewAsOfDateRecomputesTheStatusesWithoutCountingAsAChange() {
        open.state().asOfProperty().set(OpenState.TODAY.minusMonths(3));

        assertThat(open.state().boardProperty().get().asOf()).isEqualTo(OpenState.TODAY.minusMonths(3));
        assertThat(open.state().changesProperty().get()).isZero();
    }

    @Test
    void aSaveCountsAsAChangeSoScreensReloadWhatTheyShow() {
        open.state().save(() -> open.workspace().evidence().record(open.frameworkId(), new Ref("F1.3"),
                new EvidenceInput(OpenState.TODAY, "IJB meeting", null, null, null, null, List.of())), saved -> {
                }, open.unexpected()::add);

        assertThat(open.state().changesProperty().get()).isEqualTo(1);
        assertThat(open.unexpected()).isEmpty();
    }
}
