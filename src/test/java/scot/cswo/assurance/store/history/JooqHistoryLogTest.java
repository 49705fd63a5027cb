package scot.cswo.assurance.store.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static scot.cswo.assurance.store.jooq.Tables.LEAD_OFFICER;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.history.HistoryEntry;
import scot.cswo.assurance.store.Database;
import scot.cswo.assurance.store.History;
import scot.cswo.assurance.testing.TestEngine;

class JooqHistoryLogTest {
    private static final Instant NOON = Instant.parse("2025-11-22T12:00:00Z");

    @TempDir
    Path dir;
    private Database database;
    private JooqHistoryLog log;

    @BeforeEach
    void open() {
        database = TestEngine.open(dir.resolve("assurance.mv.db"));
        log = new JooqHistoryLog(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private long addLead(String name) {
        return database.write(ctx -> {
            long id = ctx.insertInto(LEAD_OFFICER).set(LEAD_OFFICER.NAME, name).returningResult(LEAD_OFFICER.ID)
                    .fetchSingle().value1();
            History.record(ctx, "COUNCIL\\tester", NOON, "lead", id, "added", null, name);
            return id;
        });
    }

    @Test
    void anEntrySaysWhoChangedWhatWhenAndNamesTheSubject() {
        addLead("Jane Martin");

        assertThat(log.since(Instant.EPOCH)).singleElement().satisfies(e -> {
            assertThat(e.account()).isEqualTo("COUNCIL\\tester");
            assertThat(e.at()).isEqualTo(NOON);
            assertThat(e.entity()).isEqualTo("lead");
            assertThat(e.subject()).isEqualTo("Jane Martin");
            assertThat(e.field()).isEqualTo("added");
            assertThat(e.newValue()).isEqualTo("Jane Martin");
        });
    }

    @Test
    void aChangeThatFailsPartWayLeavesNoEntry() {
        assertThatThrownBy(() -> database.write(ctx -> {
            ctx.insertInto(LEAD_OFFICER).set(LEAD_OFFICER.NAME, "Jane Martin").execute();
            History.record(ctx, "COUNCIL\\tester", NOON, "lead", 1L, "added", null, "Jane Martin");
            // The same name again breaks the unique rule, so the whole change rolls back.
            return ctx.insertInto(LEAD_OFFICER).set(LEAD_OFFICER.NAME, "Jane Martin").execute();
        })).isInstanceOf(RuntimeException.class);

        assertThat(log.since(Instant.EPOCH)).isEmpty();
    }

    @Test
    void entriesComeNewestFirstAndOnlyFromTheDayAsked() {
        addLead("Jane Martin");
        database.write(ctx -> {
            History.record(ctx, "COUNCIL\\tester", NOON.plusSeconds(86_400), "lead", 1L, "email", null, "j@x.gov.uk");
            return null;
        });

        assertThat(log.since(Instant.EPOCH)).extracting(HistoryEntry::field).containsExactly("email", "added");
        assertThat(log.since(NOON.plusSeconds(3_600))).extracting(HistoryEntry::field).containsExactly("email");
    }
}
