package scot.cswo.assurance.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import scot.cswo.assurance.service.matrix.FrameworkTemplate;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.matrix.MatrixDraft;

class FrameworkTemplatesTest {
    private final FrameworkTemplate dundee = FrameworkTemplates.dundee(LocalDate.of(2025, 4, 1));

    @Test
    void theDundeeTemplateHasTenFunctionsAndFortyNineRows() {
        assertThat(dundee.draft().functions()).extracting(MatrixDraft.FunctionDraft::number)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(dundee.draft().rows()).hasSize(49);
    }

    @Test
    void fourMechanismsAreSharedSoThereAreFortyFiveDistinctOnes() {
        assertThat(dundee.draft().mechanisms()).hasSize(45);
    }

    @Test
    void theDundeeTemplateNamesItsCouncilAndPeriod() {
        assertThat(dundee.details().council()).isEqualTo("Dundee City Council");
        assertThat(dundee.details().periodLabel()).isEqualTo("2018-2026");
        assertThat(dundee.details().trackingStart()).isEqualTo(LocalDate.of(2025, 4, 1));
    }

    @Test
    void theBlankTemplateHasNoRows() {
        assertThat(FrameworkTemplates.blank(LocalDate.of(2025, 4, 1)).draft().rows()).isEmpty();
    }
}
