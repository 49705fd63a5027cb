package scot.cswo.assurance.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.evidence.Evidence;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.service.evidence.EvidenceField;
import scot.cswo.assurance.service.evidence.EvidenceInput;
import scot.cswo.assurance.ui.OpenState;
import scot.cswo.assurance.ui.Outcome;
import scot.cswo.assurance.ui.ViewModelTest;
import scot.cswo.assurance.ui.ReasonFormModel;

/** Withdrawing a record entered in error through the form's view-model. */
class WithdrawingEvidenceModelTest extends ViewModelTest {
    private Evidence record;

    @BeforeEach
    void prepare() {
        record = open.workspace().evidence().record(open.frameworkId(), new Ref("F1.3"), new EvidenceInput(
                OpenState.TODAY, "IJB meeting", null, null, null, null, List.of()));
    }

    @Test
    void withdrawingKeepsTheRecordMarkedWithdrawnWithTheReason() {
        ReasonFormModel<Evidence> form = new ReasonFormModel<>(open.state(),
                why -> open.workspace().evidence().withdraw(record.id(), why));
        form.reasonProperty().set("Recorded against the wrong row");

        Outcome.of(form::save).saved();

        Evidence now = open.workspace().evidence().find(record.id());
        assertThat(now.withdrawn()).isTrue();
        assertThat(now.withdrawnReason()).isEqualTo("Recorded against the wrong row");
    }

    @Test
    void aWithdrawalNotSayingWhyIsRefusedBesideTheReasonAndTheRecordStillCounts() {
        ReasonFormModel<Evidence> form = new ReasonFormModel<>(open.state(),
                why -> open.workspace().evidence().withdraw(record.id(), why));

        Outcome<Evidence> outcome = Outcome.of(form::save);

        assertThat(outcome.problems()).containsOnlyKeys(EvidenceField.REASON)
                .containsEntry(EvidenceField.REASON, "say why the record is withdrawn.");
        assertThat(open.workspace().evidence().find(record.id()).current()).isTrue();
    }
}
