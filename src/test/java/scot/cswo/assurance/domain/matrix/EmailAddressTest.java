package scot.cswo.assurance.domain.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An address is kept bare however it was typed or pasted; the shape check then catches slips. */
class EmailAddressTest {

    @Test
    void anAddressPastedFromOutlookWithItsNameIsKeptBare() {
        assertThat(EmailAddress.bare(" Siobhán Ó Briain <siobhan.obriain@dundeecity.gov.uk> "))
                .isEqualTo("siobhan.obriain@dundeecity.gov.uk");
    }

    @Test
    void aTypedAddressLosesOnlyTheSpacesRoundIt() {
        assertThat(EmailAddress.bare("  jane.martin@dundeecity.gov.uk ")).isEqualTo("jane.martin@dundeecity.gov.uk");
    }

    @Test
    void aBlankAddressIsNone() {
        assertThat(EmailAddress.bare("   ")).isNull();
    }

    @Test
    void aSlipInsideTheBracketsIsStillRefused() {
        assertThat(EmailAddress.wellFormed(EmailAddress.bare("Jane Martin <jane at council>"))).isFalse();
    }
}
