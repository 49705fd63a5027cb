package scot.cswo.assurance.service.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.access.ConflictException;
import scot.cswo.assurance.domain.access.NotAllowedException;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.domain.dataset.CollectionFrequency;
import scot.cswo.assurance.domain.dataset.DataPeriod;
import scot.cswo.assurance.domain.dataset.Measure;
import scot.cswo.assurance.domain.dataset.MeasureSeries;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.domain.dataset.Rag;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.service.access.Identity;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.testing.Dundee;

/** The CSWO dataset on a real database: the starter measures, entering values, targets. */
class DatasetServiceTest {
    static final LocalDate TODAY = LocalDate.of(2025, 11, 22);
    static final Quarter QUARTER = new Quarter(2025, 2);
    static final DataPeriod Q2 = DataPeriod.of(QUARTER);
    static final String REGISTER = "Children on the child protection register";
    static final String CASELOAD = "Average caseload per social worker";

    @TempDir
    Path dir;

    static Workspace withStarter(Path dir) {
        Workspace workspace = Dundee.open(dir, TODAY);
        workspace.dataset().addStarterIfEmpty();
        return workspace;
    }

    static MeasureSeries named(Workspace workspace, String name) {
        return workspace.dataset().dataset().stream().filter(s -> s.measure().name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void aNewDatasetGetsTheStarterMeasuresOnce() {
        try (Workspace workspace = Dundee.open(dir, TODAY)) {
            assertThat(workspace.dataset().addStarterIfEmpty()).isTrue();
            assertThat(workspace.dataset().addStarterIfEmpty()).isFalse();

            assertThat(workspace.dataset().dataset()).hasSize(DatasetService.starterMeasures().size())
                    .extracting(s -> s.measure().name())
                    .contains("Secure accommodation authorisations", "Welfare guardianships held by the CSWO",
                            REGISTER, "Looked after children in kinship care", "MAPPA: managed at level 3",
                            CASELOAD, "Newly qualified social workers in their supported year");
        }
    }

    @Test
    void aViewerOpeningAnEmptyDatasetChangesNothing() {
        try (Workspace first = Dundee.open(dir, TODAY)) {
            first.access().grant("COUNCIL\\viewer", Role.VIEWER);
        }
        try (Workspace viewer = Dundee.open(dir, TODAY, new Identity("COUNCIL\\viewer"))) {
            assertThat(viewer.dataset().addStarterIfEmpty()).isFalse();
            assertThat(viewer.dataset().dataset()).isEmpty();
        }
    }

    @Test
    void aQuartersValuesAreSavedTogetherAndTheYearRollsUp() {
        try (Workspace workspace = withStarter(dir)) {
            long register = named(workspace, REGISTER).id();
            long caseload = named(workspace, CASELOAD).id();

            int changed = workspace.dataset().enter(QUARTER, Map.of(register, "41", caseload, "25.5"), Map.of());

            assertThat(changed).isEqualTo(2);
            MeasureSeries saved = named(workspace, CASELOAD);
            assertThat(saved.value(Q2)).isEqualByComparingTo("25.5");
            assertThat(named(workspace, REGISTER).yearToDate(new Quarter(2025, 2)).value()).isEqualByComparingTo("41");
        }
    }

    @Test
    void aWrongValueIsNamedByItsMeasureAndNothingIsSaved() {
        try (Workspace workspace = withStarter(dir)) {
            long register = named(workspace, REGISTER).id();
            long caseload = named(workspace, CASELOAD).id();

            assertThatThrownBy(() -> workspace.dataset().enter(QUARTER, Map.of(register, "4.5", caseload, "25"), Map.of()))
                    .isInstanceOf(InvalidDataException.class)
                    .satisfies(e -> assertThat(((InvalidDataException) e).problems()).singleElement()
                            .satisfies(p -> assertThat(p.column()).isEqualTo(REGISTER)));
            assertThat(named(workspace, CASELOAD).value(Q2)).isNull();
        }
    }

    @Test
    void aValueSomeoneElseChangedSinceTheFormOpenedIsNotOverwritten() {
        try (Workspace workspace = withStarter(dir)) {
            long register = named(workspace, REGISTER).id();
            workspace.dataset().enter(QUARTER, Map.of(register, "41"), Map.of());

            assertThatThrownBy(() -> workspace.dataset().enter(QUARTER, Map.of(register, "39"), Map.of()))
                    .isInstanceOf(ConflictException.class).hasMessageContaining(REGISTER)
                    .hasMessageContaining("COUNCIL\\tester");
            assertThat(named(workspace, REGISTER).value(Q2)).isEqualByComparingTo("41");
        }
    }

    @Test
    void clearingAValueRemovesIt() {
        try (Workspace workspace = withStarter(dir)) {
            long register = named(workspace, REGISTER).id();
            workspace.dataset().enter(QUARTER, Map.of(register, "41"), Map.of());

            workspace.dataset().enter(QUARTER, Map.of(register, ""), Map.of(register, new BigDecimal("41")));

            assertThat(named(workspace, REGISTER).values()).isEmpty();
        }
    }

    @Test
    void anAnnualMeasuresValueForAQuarterIsItsYears() {
        try (Workspace workspace = withStarter(dir)) {
            long turnover = named(workspace, "Social work staff turnover").id();

            workspace.dataset().enter(new Quarter(2025, 4), Map.of(turnover, "11"), Map.of());

            assertThat(named(workspace, "Social work staff turnover").values()).containsOnlyKeys(DataPeriod.year(2025));
        }
    }

    @Test
    void aTargetRatesTheMeasure() {
        try (Workspace workspace = withStarter(dir)) {
            long caseload = named(workspace, CASELOAD).id();
            workspace.dataset().enter(QUARTER, Map.of(caseload, "25"), Map.of());

            workspace.dataset().setTarget(caseload, 2025, "24", "2");

            assertThat(named(workspace, CASELOAD).rag(new Quarter(2025, 2))).isEqualTo(Rag.AMBER);
            workspace.dataset().setTarget(caseload, 2025, "", "");
            assertThat(named(workspace, CASELOAD).rag(new Quarter(2025, 2))).isEqualTo(Rag.NOT_RATED);
        }
    }

    @Test
    void aToleranceWithoutATargetIsRefused() {
        try (Workspace workspace = withStarter(dir)) {
            long caseload = named(workspace, CASELOAD).id();

            assertThatThrownBy(() -> workspace.dataset().setTarget(caseload, 2025, "", "2"))
                    .isInstanceOf(InvalidDataException.class).hasMessageContaining("needs a target");
        }
    }

    @Test
    void aViewerMayReadTheDatasetButNotChangeIt() {
        try (Workspace first = withStarter(dir)) {
            first.access().grant("COUNCIL\\viewer", Role.VIEWER);
        }
        try (Workspace viewer = Dundee.open(dir, TODAY, new Identity("COUNCIL\\viewer"))) {
            long register = named(viewer, REGISTER).id();

            assertThatThrownBy(() -> viewer.dataset().enter(QUARTER, Map.of(register, "41"), Map.of()))
                    .isInstanceOf(NotAllowedException.class);
        }
    }

    @Test
    void theSmallNumberThresholdIsKeptAndOnlyAnAdministratorChangesIt() {
        try (Workspace workspace = withStarter(dir)) {
            assertThat(workspace.dataset().smallNumbers().threshold()).isEqualTo(4);

            workspace.dataset().setThreshold(9);

            assertThat(workspace.dataset().smallNumbers().shown(7)).isEqualTo("<10");
            assertThatThrownBy(() -> workspace.dataset().setThreshold(0)).isInstanceOf(InvalidDataException.class);
        }
    }

    @Test
    void theStarterMeasuresCanBeAddedAgainOnlyWhereMissing() {
        try (Workspace workspace = Dundee.open(dir, TODAY)) {
            int added = workspace.dataset().addStarter();

            assertThat(added).isEqualTo(DatasetService.starterMeasures().size());
            assertThatThrownBy(() -> workspace.dataset().addStarter()).isInstanceOf(RefusedException.class);
        }
    }

    static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Measure with(Measure m, CollectionFrequency collection, boolean countsPeople, String definition) {
        return new Measure(m.name(), m.unit(), m.statutoryArea(), definition, m.dataOwner(), collection, m.polarity(),
                m.aggregation(), countsPeople, m.breakdown());
    }

    @Test
    void aMeasuresDefinitionIsChangedWithItsHistory() {
        try (Workspace workspace = withStarter(dir)) {
            MeasureSeries caseload = named(workspace, CASELOAD);

            workspace.dataset().updateMeasure(caseload.id(), caseload.version(), with(caseload.measure(),
                    CollectionFrequency.QUARTERLY, false, "Allocated cases per full-time social worker."));

            assertThat(named(workspace, CASELOAD).measure().definition())
                    .isEqualTo("Allocated cases per full-time social worker.");
            assertThat(workspace.history().log(null, null)).anySatisfy(e -> assertThat(e.field())
                    .isEqualTo("definition"));
        }
    }

    @Test
    void aMeasureWithQuarterlyValuesCannotBecomeAnnual() {
        try (Workspace workspace = withStarter(dir)) {
            MeasureSeries caseload = named(workspace, CASELOAD);
            workspace.dataset().enter(QUARTER, Map.of(caseload.id(), "25"), Map.of());
            MeasureSeries read = named(workspace, CASELOAD);

            assertThatThrownBy(() -> workspace.dataset().updateMeasure(read.id(), read.version(), with(read.measure(),
                    CollectionFrequency.ANNUAL, false, read.measure().definition())))
                    .isInstanceOf(InvalidDataException.class).hasMessageContaining("add a new measure instead");
        }
    }

    @Test
    void aMeasureCannotStartCountingPeopleWhileAValueIsAFraction() {
        try (Workspace workspace = withStarter(dir)) {
            MeasureSeries caseload = named(workspace, CASELOAD);
            workspace.dataset().enter(QUARTER, Map.of(caseload.id(), "25.5"), Map.of());
            MeasureSeries read = named(workspace, CASELOAD);

            assertThatThrownBy(() -> workspace.dataset().updateMeasure(read.id(), read.version(), with(read.measure(),
                    CollectionFrequency.QUARTERLY, true, read.measure().definition())))
                    .isInstanceOf(InvalidDataException.class).hasMessageContaining("2025-Q2 (25.5)");
        }
    }

    @Test
    void aChangeToAMeasureSomeoneElseChangedIsRefused() {
        try (Workspace workspace = withStarter(dir)) {
            MeasureSeries read = named(workspace, CASELOAD);
            workspace.dataset().updateMeasure(read.id(), read.version(), with(read.measure(),
                    CollectionFrequency.QUARTERLY, false, "First change"));

            assertThatThrownBy(() -> workspace.dataset().updateMeasure(read.id(), read.version(), with(read.measure(),
                    CollectionFrequency.QUARTERLY, false, "Second change")))
                    .isInstanceOf(ConflictException.class);
            assertThat(named(workspace, CASELOAD).measure().definition()).isEqualTo("First change");
        }
    }
}
