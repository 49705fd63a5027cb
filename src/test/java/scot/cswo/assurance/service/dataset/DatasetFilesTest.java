package scot.cswo.assurance.service.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static scot.cswo.assurance.service.dataset.DatasetServiceTest.CASELOAD;
import static scot.cswo.assurance.service.dataset.DatasetServiceTest.Q2;
import static scot.cswo.assurance.service.dataset.DatasetServiceTest.QUARTER;
import static scot.cswo.assurance.service.dataset.DatasetServiceTest.REGISTER;
import static scot.cswo.assurance.service.dataset.DatasetServiceTest.csv;
import static scot.cswo.assurance.service.dataset.DatasetServiceTest.named;
import static scot.cswo.assurance.service.dataset.DatasetServiceTest.withStarter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scot.cswo.assurance.domain.dataset.DataPeriod;
import scot.cswo.assurance.domain.dataset.MeasureSeries;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.dataset.DatasetService.ImportResult;
import scot.cswo.assurance.testing.Snapshot;

/** Dataset values in and out of spreadsheets: all or nothing, every problem named. */
class DatasetFilesTest {
    @TempDir
    Path dir;

    private Path database() {
        return dir.resolve("assurance.mv.db");
    }

    @Test
    void aValuesFileIsSavedWholeAndReportsWhatChanged() {
        try (Workspace workspace = withStarter(dir)) {
            long register = named(workspace, REGISTER).id();
            workspace.dataset().enter(QUARTER, Map.of(register, "41"), Map.of());

            ImportResult result = workspace.dataset().importValues("q2.csv", csv("""
                    Measure,Period,Value
                    Children on the child protection register,2025-Q2,43
                    Average caseload per social worker,2025-Q2,"25.5"
                    Social work staff turnover,2025-26,11.2
                    """), true);

            assertThat(result).isEqualTo(new ImportResult(2, 1, 0, true, List.of()));
            assertThat(named(workspace, REGISTER).value(Q2)).isEqualByComparingTo("43");
            assertThat(named(workspace, "Social work staff turnover").value(DataPeriod.year(2025)))
                    .isEqualByComparingTo("11.2");
        }
    }

    @Test
    void aTrialRunSavesNothing() {
        try (Workspace workspace = withStarter(dir)) {
            ImportResult result = workspace.dataset().importValues("q2.csv", csv("""
                    Measure,Period,Value
                    Average caseload per social worker,2025-Q2,25
                    """), false);

            assertThat(result).isEqualTo(new ImportResult(1, 0, 0, false, List.of()));
            assertThat(named(workspace, CASELOAD).values()).isEmpty();
        }
    }

    @Test
    void everyProblemIsNamedByFileRowAndColumnAndNothingChanges() {
        String before;
        try (Workspace workspace = withStarter(dir)) {
            workspace.dataset().enter(QUARTER, Map.of(named(workspace, REGISTER).id(), "41"), Map.of());
        }
        before = Snapshot.of(database());
        try (Workspace workspace = withStarter(dir)) {
            assertThatThrownBy(() -> workspace.dataset().importValues("returns.csv", csv("""
                    Measure,Unit,Period,Value
                    Children on the child protection register,children,2025-Q2,44
                    Children on the child protection regster,children,2025-Q2,44
                    Average caseload per social worker,cases,Q2 2025,25
                    Average caseload per social worker,cases,2025-Q3,twenty
                    Social work staff turnover,%,2025-Q3,10
                    Social worker vacancies,people,2025-Q2,3
                    Children on the child protection register,children,2025-Q2,45
                    Looked after children in kinship care,children,2025-Q2,-4
                    """), true))
                    .isInstanceOf(InvalidDataException.class)
                    .satisfies(e -> assertThat(((InvalidDataException) e).problems())
                            .extracting(Problem::source, Problem::row, Problem::column)
                            .containsExactly(
                                    tuple("returns.csv", 3, "Measure"),
                                    tuple("returns.csv", 4, "Period"),
                                    tuple("returns.csv", 5, "Value"),
                                    tuple("returns.csv", 6, "Period"),
                                    tuple("returns.csv", 7, "Unit"),
                                    tuple("returns.csv", 8, "Period"),
                                    tuple("returns.csv", 9, "Value")))
                    .hasMessageContaining("returns.csv, row 3, column Measure \"Children on the child protection"
                            + " regster\": there is no measure with this name");
        }
        assertThat(Snapshot.of(database())).isEqualTo(before);
    }

    @Test
    void aRefusedCellIsListedWithTheFilesOtherProblemsEachWithWhatToDoAndNothingChanges() {
        try (Workspace workspace = withStarter(dir)) {
            workspace.dataset().enter(QUARTER, Map.of(named(workspace, REGISTER).id(), "41"), Map.of());
        }
        String before = Snapshot.of(database());
        try (Workspace workspace = withStarter(dir)) {
            assertThatThrownBy(() -> workspace.dataset().importValues("three-problems.csv", csv("""
                    Measure,Period,Value
                    Children on the child protection regster,2025-Q2,44
                    Social worker vacancies,2025-Q2,=A1+1
                    Average caseload per social worker,Q2 2025,25
                    Children on the child protection register,2025-Q2,43
                    """), true))
                    .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems())
                            .extracting(Problem::row, Problem::column, Problem::value).containsExactly(
                                    tuple(2, "Measure", "Children on the child protection regster"),
                                    tuple(3, "Value", "=A1+1"),
                                    tuple(4, "Period", "Q2 2025")))
                    .satisfies(e -> assertThat(((InvalidDataException) e).problems())
                            .allSatisfy(p -> assertThat(p.message()).isNotBlank()));
        }
        assertThat(Snapshot.of(database())).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Measure,Period,Value\n", "Measure,Value\nSocial worker vacancies,3\n",
            "Measure,Period,Value\nSocial worker vacancies,2025-Q2,=1+2\n"})
    void anEmptyOrMalformedFileIsRefused(String content) {
        try (Workspace workspace = withStarter(dir)) {
            assertThatThrownBy(() -> workspace.dataset().importValues("values.csv", csv(content), true))
                    .isInstanceOf(InvalidDataException.class).hasMessageStartingWith("values.csv");
            assertThat(workspace.dataset().dataset()).allSatisfy(s -> assertThat(s.values()).isEmpty());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dataset.csv", "dataset.xlsx"})
    void anExportedFileImportsBackUnchanged(String name) throws IOException {
        Path file = dir.resolve(name);
        try (Workspace workspace = withStarter(dir)) {
            workspace.dataset().enter(QUARTER, Map.of(named(workspace, REGISTER).id(), "1041",
                    named(workspace, CASELOAD).id(), "25.25"), Map.of());
            workspace.dataset().enter(new Quarter(2024, 4), Map.of(named(workspace, "Social work staff turnover")
                    .id(), "9.5"), Map.of());

            assertThat(workspace.dataset().export(file)).isEqualTo(3);
            List<MeasureSeries> before = workspace.dataset().dataset();

            ImportResult again = workspace.dataset().importValues(name, Files.readAllBytes(file), true);

            assertThat(again).isEqualTo(new ImportResult(0, 0, 3, true, List.of()));
            assertThat(workspace.dataset().dataset()).isEqualTo(before);
        }
    }

    @Test
    void theShippedStarterMeasuresReadCleanly() {
        assertThat(DatasetService.starterMeasures()).hasSizeGreaterThan(20)
                .allSatisfy(m -> assertThat(m.definition()).isNotBlank());
    }

    @Test
    void aMeasuresFileNamesEachBadCell() {
        assertThatThrownBy(() -> DatasetFiles.readMeasures("measures.csv", csv("""
                Measure,Unit,Collection,Polarity,Aggregation,Counts people
                Referrals,referrals,Monthly,Context only,,Yes
                ,children,Quarterly,Context only,,Perhaps
                """))).isInstanceOf(InvalidDataException.class)
                .satisfies(e -> assertThat(((InvalidDataException) e).problems())
                        .extracting(Problem::row, Problem::column)
                        .containsExactly(tuple(2, "Collection"),
                                tuple(3, "Counts people"),
                                tuple(3, "Name")));
    }

    @Test
    void aCouncilsOwnMeasuresAreAddedFromAFileAllOrNothing() throws IOException {
        Path good = Files.writeString(dir.resolve("ours.csv"), """
                Measure,Unit,Collection,Polarity,Aggregation,Counts people
                Kinship care assessments completed,assessments,Quarterly,Higher is better,,Yes
                Carers' assessments offered,assessments,Annual,Higher is better,,No
                """);
        Path clash = Files.writeString(dir.resolve("clash.csv"), """
                Measure,Unit,Collection,Polarity
                Foster carers approved,carers,Quarterly,Context only
                Social worker vacancies,FTE,Quarterly,Lower is better
                Foster carers approved,carers,Quarterly,Context only
                """);
        try (Workspace workspace = withStarter(dir)) {
            int before = workspace.dataset().dataset().size();

            assertThat(workspace.dataset().addMeasures(good).added()).isEqualTo(2);
            assertThatThrownBy(() -> workspace.dataset().addMeasures(clash)).isInstanceOf(InvalidDataException.class)
                    .satisfies(e -> assertThat(((InvalidDataException) e).problems())
                            .extracting(Problem::row, Problem::column).containsExactly(tuple(3, "Measure"),
                                    tuple(4, "Measure")));
            assertThat(workspace.dataset().dataset()).hasSize(before + 2);
        }
    }
}
