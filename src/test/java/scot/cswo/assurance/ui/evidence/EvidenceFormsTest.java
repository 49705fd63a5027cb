package scot.cswo.assurance.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.evidence.Evidence;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.service.evidence.EvidenceEntry;
import scot.cswo.assurance.ui.RecordingDialogs;
import scot.cswo.assurance.ui.ViewModelTest;

/** What the evidence dialogs decide before any form opens. */
class EvidenceFormsTest extends ViewModelTest {
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Test
    void aNothingToReportReturnIsNotCorrectedButTheUserIsToldToWithdrawIt() {
        open.workspace().evidence().nothingToReport(open.frameworkId(), new Ref("F5.3"), LocalDate.of(2025, 8, 1));
        EvidenceEntry entry = open.workspace().evidence().list(Optional.of(new Ref("F5.3")), false).getFirst();
        List<Evidence> saved = new ArrayList<>();

        new EvidenceForms(open.state(), open.workspace().evidence(), dialogs).correct(null, entry, saved::add);

        assertThat(dialogs.lines()).singleElement().asString().startsWith("done: Correct a record: ")
                .contains("Withdraw it");
        assertThat(saved).isEmpty();
    }
}
