package scot.cswo.assurance.domain.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;

/** An imported framework's optional "Lead email" column: one address per lead, in the Lead column's order. */
class LeadEmailColumnTest {
    private final MatrixDraftBuilder builder = new MatrixDraftBuilder("matrix.csv");
    private int row = 1;

    private void add(String mechanism, String lead, String emails) {
        builder.add(new SourceRow(++row, "1", row == 2 ? "Provide advice." : "", mechanism, lead, "Monthly", "", emails));
    }

    @Test
    void eachLeadTakesTheAddressInTheSamePlace() {
        add("Membership of IJB", "Siobhán Ó Briain / Kathryn Sharp",
                "siobhan.obriain@council.gov.uk; kathryn.sharp@council.gov.uk");

        assertThat(builder.build().mechanisms().getFirst().leads())
                .extracting(MatrixDraft.LeadDraft::name, MatrixDraft.LeadDraft::email)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Siobhán Ó Briain", "siobhan.obriain@council.gov.uk"),
                        org.assertj.core.groups.Tuple.tuple("Kathryn Sharp", "kathryn.sharp@council.gov.uk"));
    }

    @Test
    void aLeadGivenAnAddressOnOneRowKeepsItOnRowsThatGiveNone() {
        add("Membership of IJB", "Kathryn Sharp", "kathryn.sharp@council.gov.uk");
        add("Chief Officers Group", "Kathryn Sharp", "");

        assertThat(builder.build().mechanisms()).allSatisfy(m -> assertThat(m.leads().getFirst().email())
                .isEqualTo("kathryn.sharp@council.gov.uk"));
    }

    @Test
    void aLeadGivenTwoDifferentAddressesIsRefusedNamingBothRows() {
        add("Membership of IJB", "Kathryn Sharp", "kathryn.sharp@council.gov.uk");
        add("Chief Officers Group", "Kathryn Sharp", "k.sharp@council.gov.uk");

        assertThatThrownBy(builder::build).isInstanceOf(InvalidDataException.class)
                .extracting(e -> ((InvalidDataException) e).problems()).asList()
                .extracting(p -> ((Problem) p).describe())
                .containsExactly("matrix.csv, row 3, column Lead email \"k.sharp@council.gov.uk\": row 2 gives Kathryn"
                        + " Sharp the address kathryn.sharp@council.gov.uk; a lead has one address.");
    }

    @Test
    void noColumnMeansNoAddresses() {
        builder.add(new SourceRow(2, "1", "Provide advice.", "Membership of IJB", "Kathryn Sharp", "Monthly", ""));

        assertThat(builder.build().mechanisms().getFirst().leads().getFirst().email()).isNull();
    }
}
