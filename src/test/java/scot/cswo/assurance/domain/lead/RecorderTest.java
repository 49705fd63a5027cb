package scot.cswo.assurance.domain.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.frequency.Frequencies;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.matrix.Mechanism;

/** Who may record evidence for a mechanism, as a lead, on a day. */
class RecorderTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final Lead JANE = new Lead(1, "Jane Martin", null, "COUNCIL\\jane", false);
    private static final Lead KATHRYN = new Lead(2, "Kathryn Sharp", null, "COUNCIL\\kathryn", false);
    private static final Lead GLYN = new Lead(3, "Glyn Lloyd", null, "COUNCIL\\glyn", false);
    private static final Mechanism KATHRYNS = new Mechanism(10, "Public protection meetings",
            Frequencies.parse("Quarterly").orElseThrow(), List.of(KATHRYN));

    @Test
    void aLeadRecordsForTheirOwnMechanismInTheirOwnName() {
        Recorder recorder = Recorder.of(Optional.of(KATHRYN), KATHRYNS, List.of(), TODAY);

        assertThat(recorder.allowed()).isTrue();
        assertThat(recorder.actingFor()).isEmpty();
    }

    @Test
    void aLeadMayNotRecordForAnotherLeadsMechanism() {
        assertThat(Recorder.of(Optional.of(JANE), KATHRYNS, List.of(), TODAY).allowed()).isFalse();
    }

    @Test
    void aDeputyRecordsForTheAbsentLeadsMechanismOnTheirBehalf() {
        Absence away = new Absence(1, KATHRYN, JANE, TODAY.minusDays(2), TODAY.plusDays(2));

        Recorder recorder = Recorder.of(Optional.of(JANE), KATHRYNS, List.of(away), TODAY);

        assertThat(recorder.allowed()).isTrue();
        assertThat(recorder.actingFor()).contains(KATHRYN);
    }

    @Test
    void aDeputyCoversOnlyOnTheDaysOfTheAbsence() {
        Absence over = new Absence(1, KATHRYN, JANE, TODAY.minusDays(9), TODAY.minusDays(1));

        assertThat(Recorder.of(Optional.of(JANE), KATHRYNS, List.of(over), TODAY).allowed()).isFalse();
    }

    @Test
    void someoneElsesDeputyDoesNotCover() {
        Absence away = new Absence(1, KATHRYN, GLYN, TODAY, TODAY);

        assertThat(Recorder.of(Optional.of(JANE), KATHRYNS, List.of(away), TODAY).allowed()).isFalse();
    }

    @Test
    void anAccountLinkedToNoLeadRecordsNothingAsALead() {
        assertThat(Recorder.of(Optional.empty(), KATHRYNS, List.of(), TODAY)).isEqualTo(Recorder.NOBODY);
    }
}
