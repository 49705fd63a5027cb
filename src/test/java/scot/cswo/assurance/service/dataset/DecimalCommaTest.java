package scot.cswo.assurance.service.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static scot.cswo.assurance.service.dataset.DatasetServiceTest.CASELOAD;
import static scot.cswo.assurance.service.dataset.DatasetServiceTest.Q2;
import static scot.cswo.assurance.service.dataset.DatasetServiceTest.REGISTER;
import static scot.cswo.assurance.service.dataset.DatasetServiceTest.csv;
import static scot.cswo.assurance.service.dataset.DatasetServiceTest.named;
import static scot.cswo.assurance.service.dataset.DatasetServiceTest.withStarter;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.testing.Snapshot;

/**
 * One rule for commas in values: in a workbook or a comma-separated file a comma groups thousands;
 * in a semicolon-separated file (Excel where the comma is the decimal mark) it is the decimal mark,
 * and nothing groups thousands. A value the rule cannot read is refused, never guessed.
 */
class DecimalCommaTest {
    @TempDir
    Path dir;

    @Test
    void inASemicolonSeparatedFileTheCommaIsTheDecimalMark() {
        try (Workspace workspace = withStarter(dir)) {
            workspace.dataset().importValues("q2.csv", csv("""
                    Measure;Period;Value
                    Average caseload per social worker;2025-Q2;25,5
                    Children on the child protection register;2025-Q2;1250
                    """), true);

            assertThat(named(workspace, CASELOAD).value(Q2)).isEqualByComparingTo("25.5");
            assertThat(named(workspace, REGISTER).value(Q2)).isEqualByComparingTo("1250");
        }
    }

    @Test
    void inASemicolonSeparatedFileGroupedThousandsAreRefusedNotGuessedAndNothingChanges() {
        withStarter(dir).close();
        String before = Snapshot.of(dir.resolve("assurance.mv.db"));

        try (Workspace workspace = withStarter(dir)) {
            assertThatThrownBy(() -> workspace.dataset().importValues("q2.csv", csv("""
                    Measure;Period;Value
                    Children on the child protection register;2025-Q2;1,250
                    Social worker vacancies;2025-Q2;1.250
                    Average caseload per social worker;2025-Q2;25,5
                    """), true)).isInstanceOfSatisfying(InvalidDataException.class, e -> {
                        assertThat(e.problems()).extracting(Problem::row, Problem::column, Problem::value)
                                .containsExactly(tuple(2, "Value", "1,250"), tuple(3, "Value", "1.250"));
                        assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).contains(
                                "In this semicolon-separated file the decimal mark is a comma (1,5 is one and a half)"
                                        + " and thousands are not separated (write 1250, not 1.250 or 1,250)."));
                    });
        }
        assertThat(Snapshot.of(dir.resolve("assurance.mv.db"))).isEqualTo(before);
    }

    @Test
    void inACommaSeparatedFileACommaGroupsThousandsAndADecimalCommaIsRefused() {
        try (Workspace workspace = withStarter(dir)) {
            workspace.dataset().importValues("q2.csv", csv("""
                    Measure,Period,Value
                    Children on the child protection register,2025-Q2,"1,250"
                    """), true);
            assertThat(named(workspace, REGISTER).value(Q2)).isEqualByComparingTo(new BigDecimal(1250));

            assertThatThrownBy(() -> workspace.dataset().importValues("q2.csv", csv("""
                    Measure,Period,Value
                    Average caseload per social worker,2025-Q2,"25,5"
                    """), true)).isInstanceOfSatisfying(InvalidDataException.class, e ->
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.row()).isEqualTo(2);
                        assertThat(p.message()).contains("In this file the decimal mark is a full stop");
                    }));
        }
    }
}
