package scot.cswo.assurance.store.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static scot.cswo.assurance.store.jooq.Tables.CHANGE_HISTORY;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.evidence.Attachment;
import scot.cswo.assurance.domain.evidence.Evidence;
import scot.cswo.assurance.domain.evidence.EvidenceKind;
import scot.cswo.assurance.domain.evidence.NewEvidence;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.schedule.EvidenceSummary;
import scot.cswo.assurance.service.matrix.FrameworkTemplate;
import scot.cswo.assurance.service.importing.FrameworkTemplates;
import scot.cswo.assurance.store.Database;
import scot.cswo.assurance.store.matrix.JooqMatrixRepository;
import scot.cswo.assurance.testing.TestEngine;

class JooqEvidenceRepositoryTest {
    private static final Instant NOW = Instant.parse("2025-11-22T10:00:00Z");

    @TempDir
    Path dir;
    private Database database;
    private JooqEvidenceRepository repository;
    private AssuranceMatrix matrix;

    @BeforeEach
    void open() {
        database = TestEngine.open(dir.resolve("evidence"));
        FrameworkTemplate dundee = FrameworkTemplates.dundee(LocalDate.of(2025, 4, 1));
        matrix = new JooqMatrixRepository(database).create(dundee.details(), dundee.draft(), 0, "COUNCIL\\tester", Instant.now());
        repository = new JooqEvidenceRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Evidence add(Mechanism mechanism, LocalDate date) {
        return repository.add(new NewEvidence(mechanism.id(), EvidenceKind.EVIDENCE, date, "note", null, null, null,
                null, null, List.of()), "COUNCIL\\tester", NOW);
    }

    @Test
    void theLatestEvidenceOnOrBeforeAnyDateMatchesALookAtEveryRecord() {
        Random random = new Random(7);
        List<Mechanism> mechanisms = matrix.mechanisms();
        Map<Long, List<LocalDate>> recorded = new HashMap<>();
        for (int i = 0; i < 400; i++) {
            Mechanism mechanism = mechanisms.get(random.nextInt(mechanisms.size()));
            LocalDate date = LocalDate.of(2025, 4, 1).plusDays(random.nextInt(600));
            add(mechanism, date);
            recorded.computeIfAbsent(mechanism.id(), k -> new ArrayList<>()).add(date);
        }
        for (int i = 0; i < 40; i++) {
            LocalDate asOf = LocalDate.of(2025, 3, 1).plusDays(random.nextInt(700));
            Map<Long, EvidenceSummary> summaries = repository.summaries(matrix.framework().id(), asOf);
            for (Mechanism mechanism : mechanisms) {
                LocalDate expected = recorded.getOrDefault(mechanism.id(), List.of()).stream()
                        .filter(d -> !d.isAfter(asOf)).max(LocalDate::compareTo).orElse(null);
                assertThat(summaries.get(mechanism.id()).latest()).as("%s as of %s", mechanism.description(), asOf)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void withdrawingTheLatestRecordFallsBackToTheOneBefore() {
        Mechanism mechanism = matrix.mechanisms().get(4);
        add(mechanism, LocalDate.of(2025, 5, 1));
        Evidence latest = add(mechanism, LocalDate.of(2025, 8, 1));

        repository.withdraw(latest.id(), "wrong mechanism", "COUNCIL\\tester", NOW);

        assertThat(repository.summaries(matrix.framework().id(), LocalDate.of(2025, 11, 1)).get(mechanism.id()).latest())
                .isEqualTo(LocalDate.of(2025, 5, 1));
    }

    @Test
    void everyChangeWritesItsHistoryInTheSameTransaction() {
        Mechanism mechanism = matrix.mechanisms().get(4);
        Evidence first = add(mechanism, LocalDate.of(2025, 5, 1));
        repository.correct(first.id(), new NewEvidence(mechanism.id(), EvidenceKind.EVIDENCE, LocalDate.of(2025, 5, 2),
                "corrected", null, null, null, null, null, List.of()), "Wrong day typed", "COUNCIL\\tester", NOW);

        assertThat(database.<List<String>>read(ctx -> ctx.select(CHANGE_HISTORY.FIELD).from(CHANGE_HISTORY)
                .where(CHANGE_HISTORY.ENTITY.eq("evidence")).orderBy(CHANGE_HISTORY.ID).fetch(CHANGE_HISTORY.FIELD)))
                .containsExactly("recorded", "corrected", "activity date", "what");
    }

    @Test
    void aCorrectionThatFailsPartWayLeavesTheRecordAndItsHistoryAsTheyWere() {
        Mechanism mechanism = matrix.mechanisms().get(4);
        Evidence first = add(mechanism, LocalDate.of(2025, 5, 1));
        // The attachment is written after the record is superseded and its replacement inserted.
        NewEvidence unstorable = new NewEvidence(mechanism.id(), EvidenceKind.EVIDENCE, LocalDate.of(2025, 5, 2),
                "corrected", null, null, null, null, null, List.of(new Attachment(0, "minutes.pdf", null, 10, "00")));

        assertThatThrownBy(() -> repository.correct(first.id(), unstorable, "Wrong day typed", "COUNCIL\\tester", NOW))
                .isInstanceOf(RuntimeException.class);

        assertThat(repository.list(matrix.framework().id())).containsExactly(first);
        assertThat(database.<List<String>>read(ctx -> ctx.select(CHANGE_HISTORY.FIELD).from(CHANGE_HISTORY)
                .where(CHANGE_HISTORY.ENTITY.eq("evidence")).fetch(CHANGE_HISTORY.FIELD))).containsExactly("recorded");
    }
}
