package scot.cswo.assurance.store.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static scot.cswo.assurance.store.jooq.Tables.LEAD_OFFICER;
import static scot.cswo.assurance.store.jooq.Tables.MECHANISM;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.access.ConflictException;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.service.matrix.FrameworkTemplate;
import scot.cswo.assurance.service.importing.FrameworkTemplates;
import scot.cswo.assurance.store.Database;
import scot.cswo.assurance.testing.TestEngine;

class JooqMatrixRepositoryTest {
    private static final FrameworkTemplate DUNDEE = FrameworkTemplates.dundee(LocalDate.of(2024, 4, 1));

    @TempDir
    Path dir;
    private Database database;
    private JooqMatrixRepository repository;

    @BeforeEach
    void open() {
        database = TestEngine.open(dir.resolve("matrix"));
        repository = new JooqMatrixRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aNewDatabaseHoldsNoFramework() {
        assertThat(repository.hasFramework()).isFalse();
        assertThat(repository.frameworks()).isEmpty();
    }

    @Test
    void aCreatedFrameworkReadsBackWithEveryRowInRefOrder() {
        AssuranceMatrix created = repository.create(DUNDEE.details(), DUNDEE.draft(), 0, "COUNCIL\\tester", Instant.now());

        AssuranceMatrix matrix = repository.matrix(created.framework().id(), null);

        assertThat(matrix.framework().trackingStart()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(matrix.functions()).hasSize(10);
        assertThat(matrix.rows()).hasSize(49);
        assertThat(matrix.rows().getFirst().ref().text()).isEqualTo("F1.1");
        assertThat(matrix.rows().getLast().ref().text()).isEqualTo("F10.3");
    }

    @Test
    void aFrameworkAddedSinceTheUserLookedIsKeptAndTheLaterOneRefusedWithWhoseItIs() {
        repository.create(DUNDEE.details(), DUNDEE.draft(), 0, "COUNCIL\\anne", Instant.now());

        assertThatThrownBy(() -> repository.create(DUNDEE.details(), DUNDEE.draft(), 0, "COUNCIL\\bob", Instant.now()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("was added by COUNCIL\\anne").hasMessageContaining("nothing was changed");
        assertThat(repository.frameworks()).hasSize(1);
        assertThat(database.<Integer>read(ctx -> ctx.fetchCount(MECHANISM))).isEqualTo(45);
    }

    @Test
    void aMechanismServingTwoFunctionsIsStoredOnce() {
        AssuranceMatrix matrix = repository.create(DUNDEE.details(), DUNDEE.draft(), 0, "COUNCIL\\tester", Instant.now());

        MatrixRow f13 = matrix.row(new Ref("F1.3")).orElseThrow();
        MatrixRow f101 = matrix.row(new Ref("F10.1")).orElseThrow();

        assertThat(f13.mechanism().id()).isEqualTo(f101.mechanism().id());
        assertThat(matrix.sharedWith(f13)).containsExactly(new Ref("F10.1"));
        assertThat(database.<Integer>read(ctx -> ctx.fetchCount(MECHANISM))).isEqualTo(45);
    }

    @Test
    void oneMechanismIsFoundByIdAsTheMatrixHoldsIt() {
        AssuranceMatrix matrix = repository.create(DUNDEE.details(), DUNDEE.draft(), 0, "COUNCIL\\tester", Instant.now());
        Mechanism shared = matrix.row(new Ref("F1.3")).orElseThrow().mechanism();

        assertThat(repository.mechanism(shared.id())).contains(shared);
    }

    @Test
    void aMechanismThatDoesNotExistIsNotFound() {
        repository.create(DUNDEE.details(), DUNDEE.draft(), 0, "COUNCIL\\tester", Instant.now());

        assertThat(repository.mechanism(999_999)).isEmpty();
    }

    @Test
    void aLeadNamedOnManyRowsIsOnePerson() {
        AssuranceMatrix matrix = repository.create(DUNDEE.details(), DUNDEE.draft(), 0, "COUNCIL\\tester", Instant.now());

        assertThat(database.<Integer>read(ctx -> ctx.fetchCount(LEAD_OFFICER, LEAD_OFFICER.NAME.eq("Jane Martin")))).isEqualTo(1);
        assertThat(matrix.leads()).extracting(l -> l.name()).contains("Clare Lewis-Robertson", "Heads of Service");
    }

    @Test
    void rolesAreToldApartFromNamedOfficers() {
        AssuranceMatrix matrix = repository.create(DUNDEE.details(), DUNDEE.draft(), 0, "COUNCIL\\tester", Instant.now());

        assertThat(matrix.leads()).filteredOn(l -> l.role()).extracting(l -> l.name())
                .contains("ASP Independent Convenor", "CPC Independent Chair", "MAPPA Independent Chair")
                .doesNotContain("Jane Martin", "Kathryn Sharp");
    }
}
