package scot.cswo.assurance.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.evidence.Evidence;
import scot.cswo.assurance.domain.evidence.EvidenceKind;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.service.evidence.EvidenceField;
import scot.cswo.assurance.ui.Outcome;
import scot.cswo.assurance.ui.ViewModelTest;

/** An event-driven mechanism's "nothing to report" return through the form's view-model. */
class NothingToReportFormModelTest extends ViewModelTest {
    /** F5.3 is event-driven. */
    private static final Ref EVENT_DRIVEN = new Ref("F5.3");


    private NothingToReportFormModel form() {
        return new NothingToReportFormModel(open.state(), open.workspace().evidence(), open.frameworkId(),
                EVENT_DRIVEN);
    }

    @Test
    void theFormStartsOnTheLastQuarterEnded() {
        assertThat(form().dateProperty().get()).isEqualTo(LocalDate.of(2025, 9, 30));
    }

    @Test
    void savingRecordsAReturnForTheWholeQuarter() {
        NothingToReportFormModel form = form();
        form.dateProperty().set(LocalDate.of(2025, 8, 14));

        Evidence saved = Outcome.of(form::save).saved();

        assertThat(saved.kind()).isEqualTo(EvidenceKind.NOTHING_TO_REPORT);
        assertThat(saved.date()).isEqualTo(LocalDate.of(2025, 9, 30));
    }

    @Test
    void aQuarterNotYetStartedIsRefusedBesideTheQuarter() {
        NothingToReportFormModel form = form();
        form.dateProperty().set(LocalDate.of(2026, 1, 5));

        Outcome<Evidence> outcome = Outcome.of(form::save);

        assertThat(outcome.problems()).containsOnlyKeys(EvidenceField.QUARTER)
                .hasEntrySatisfying(EvidenceField.QUARTER, m -> assertThat(m).startsWith("that quarter has not started"));
    }

    @Test
    void aReturnWithNoDateIsRefusedBesideTheQuarter() {
        NothingToReportFormModel form = form();
        form.dateProperty().set(null);

        Outcome<Evidence> outcome = Outcome.of(form::save);

        assertThat(outcome.problems()).containsOnlyKeys(EvidenceField.QUARTER)
                .containsEntry(EvidenceField.QUARTER, "give a date in the quarter.");
    }
}
