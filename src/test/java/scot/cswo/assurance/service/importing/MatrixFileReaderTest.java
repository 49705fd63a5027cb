package scot.cswo.assurance.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import scot.cswo.assurance.domain.matrix.MatrixDraft;
import scot.cswo.assurance.domain.problem.InvalidDataException;

class MatrixFileReaderTest {

    private static MatrixDraft read(String csv) {
        return MatrixFileReader.readCsv("matrix.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void columnsAreFoundByNameInAnyOrderAndCaseWithExtraColumnsIgnored() {
        MatrixDraft draft = read("""
                FREQUENCY,Notes,lead,Assurance Mechanisms,function title,Function
                Quarterly,ignored,Kathryn Sharp,Access to MAPPA balanced scorecard,Manage offender risk.,9
                """);

        assertThat(draft.mechanisms()).singleElement().satisfies(m -> {
            assertThat(m.description()).isEqualTo("Access to MAPPA balanced scorecard");
            assertThat(m.frequency().wording()).isEqualTo("Quarterly");
        });
    }

    @Test
    void aMissingColumnIsNamedWithTheColumnsThatWereFound() {
        assertThatThrownBy(() -> read("Function,Function title,Lead,Frequency\n1,A,B,Monthly\n"))
                .isInstanceOfSatisfying(InvalidDataException.class, e ->
                        assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.row()).isEqualTo(1);
                            assertThat(p.column()).isEqualTo("Assurance mechanism");
                            assertThat(p.message()).contains("Columns found: Function, Function title, Lead, Frequency");
                        }));
    }

    @Test
    void anEmptyFileIsRejectedWithAClearMessage() {
        assertThatThrownBy(() -> read("")).hasMessageContaining("the file is empty");
    }

    @Test
    void aHeaderWithoutRowsIsRejected() {
        assertThatThrownBy(() -> read("Function,Function title,Assurance mechanism,Lead,Frequency\r\n"))
                .hasMessageContaining("no matrix rows");
    }

    @Test
    void problemsCarryTheSpreadsheetRowNumber() {
        assertThatThrownBy(() -> read("""
                Function,Function title,Assurance mechanism,Lead,Frequency
                1,Advice.,Membership of IJB,Jane Martin,2 monthly

                1,,Visits,Jane Martin,Termly
                """)).hasMessageStartingWith("matrix.csv, row 4, column Frequency \"Termly\"");
    }

    @Test
    void aCellProtectedAgainstFormulasOnExportComesBackUnchanged() {
        MatrixDraft draft = read("""
                Function,Function title,Assurance mechanism,Lead,Frequency
                1,Advice.,'=SUM(A1) is not a formula,Jane Martin,Monthly
                """);

        assertThat(draft.mechanisms().getFirst().description()).isEqualTo("=SUM(A1) is not a formula");
    }
}
