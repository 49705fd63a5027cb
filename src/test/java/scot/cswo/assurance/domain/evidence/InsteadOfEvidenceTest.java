package scot.cswo.assurance.domain.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.frequency.Frequencies;
import scot.cswo.assurance.domain.frequency.Frequency;

/** What a lead may record in place of evidence depends on the mechanism's frequency. */
class InsteadOfEvidenceTest {

    private static Frequency frequency(String wording) {
        return Frequencies.parse(wording).orElseThrow();
    }

    @Test
    void anEventDrivenMechanismTakesANothingToReportReturn() {
        assertThat(EvidenceKind.insteadOfEvidence(frequency("As required"))).contains(EvidenceKind.NOTHING_TO_REPORT);
    }

    @Test
    void aScheduledMechanismTakesNotApplicableForAPeriod() {
        assertThat(EvidenceKind.insteadOfEvidence(frequency("Quarterly"))).contains(EvidenceKind.NOT_APPLICABLE);
        assertThat(EvidenceKind.insteadOfEvidence(frequency("Report to Joint SW MTM")))
                .contains(EvidenceKind.NOT_APPLICABLE);
    }

    @Test
    void aOneOffTakesNothingInPlaceOfEvidence() {
        assertThat(EvidenceKind.insteadOfEvidence(frequency("Once by 31/03/2027"))).isEmpty();
    }
}
