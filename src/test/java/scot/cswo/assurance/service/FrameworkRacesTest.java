package scot.cswo.assurance.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.service.access.Identity;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.domain.access.ConflictException;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.domain.matrix.Framework;
import scot.cswo.assurance.domain.matrix.FrameworkDetails;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.service.importing.ImportService;
import scot.cswo.assurance.service.importing.FrameworkTemplates;
import scot.cswo.assurance.testing.AtOnce;
import scot.cswo.assurance.testing.AtOnce.Outcome;
import scot.cswo.assurance.testing.Dundee;
import scot.cswo.assurance.testing.TestEngine;

/**
 * Changes that decide from the whole database, made by several PCs at the same moment on one
 * server, many times over: two imports, two new framework periods, two first-time set-ups each
 * leave one new framework and tell the other person whose it is; three people opening a new
 * database together leave one administrator. Only a server has several clients, so this runs in
 * the PostgreSQL test run.
 */
@EnabledIf("scot.cswo.assurance.testing.TestEngine#postgres")
class FrameworkRacesTest {
    private static final int ROUNDS = 50;
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);
    private static final String ANNE = "COUNCIL\\anne";
    private static final String BOB = "COUNCIL\\bob";

    @TempDir
    Path dir;
    private Path file;
    private Workspace anne;
    private Workspace bob;

    @BeforeEach
    void twoAdministratorsOnOneServer() {
        file = dir.resolve("assurance.mv.db");
        try (Workspace first = Dundee.open(dir, TODAY)) {
            first.access().grant(ANNE, Role.ADMINISTRATOR);
            first.access().grant(BOB, Role.ADMINISTRATOR);
        }
        anne = as(ANNE);
        bob = as(BOB);
    }

    @AfterEach
    void close() {
        anne.close();
        bob.close();
    }

    @Test
    void twoImportsAtOnceAddOneFrameworkAndTheOtherPersonIsToldWhose() throws Exception {
        int raced = race(round -> {
            ImportService.Preview hers = anne.imports().preview("anne.csv", csv("Anne's mechanism " + round));
            ImportService.Preview his = bob.imports().preview("bob.csv", csv("Bob's mechanism " + round));
            // Both for the same day, a day later each round: no two frameworks may start on one day.
            LocalDate start = LocalDate.of(2026, 4, 1).plusDays(round);
            return List.of(() -> anne.imports().apply(hers, details("Anne's " + round, start)),
                    () -> bob.imports().apply(his, details("Bob's " + round, start)));
        });

        assertThat(raced).as("rounds in which both imports were saved").isZero();
    }

    @Test
    void twoNewFrameworkPeriodsAtOnceAddOne() throws Exception {
        // A one-row framework to copy, so the rounds race rather than copy 49 rows each.
        anne.imports().apply(anne.imports().preview("small.csv", csv("Small")), details("Small",
                LocalDate.of(2026, 4, 1)));
        int raced = race(round -> {
            Framework newest = anne.matrix().frameworks().getLast();
            LocalDate start = newest.trackingStart().plusYears(1);
            return List.of(() -> anne.editor().copyToNewPeriod(newest.id(), details("Anne's " + round, start)),
                    () -> bob.editor().copyToNewPeriod(newest.id(), details("Bob's " + round, start)));
        });

        assertThat(raced).as("rounds in which both new periods were saved").isZero();
    }

    @Test
    void twoFirstTimeSetUpsAtOnceLoadOneFramework() throws Exception {
        int raced = race(round -> {
            TestEngine.execute(file, "truncate framework cascade");
            return List.of(() -> anne.matrix().create(FrameworkTemplates.dundee(LocalDate.of(2025, 4, 1))),
                    () -> bob.matrix().create(FrameworkTemplates.dundee(LocalDate.of(2025, 4, 1))));
        });

        assertThat(raced).as("rounds in which both set-ups loaded a framework").isZero();
    }

    @Test
    void threePeopleOpeningANewDatabaseAtOnceMakeOneAdministrator() throws Exception {
        int twoOrMore = 0;
        try (AtOnce pcs = new AtOnce(3)) {
            for (int round = 0; round < ROUNDS; round++) {
                TestEngine.execute(file, "delete from user_role");
                List<Supplier<String>> openers = new ArrayList<>();
                for (String pc : List.of("COUNCIL\\first", "COUNCIL\\second", "COUNCIL\\third")) {
                    openers.add(() -> {
                        try (Workspace opened = as(pc)) {
                            return opened.access().role().name();
                        }
                    });
                }
                List<Outcome<String>> outcomes = pcs.run(openers);
                assertThat(outcomes).as("round %d", round).allMatch(Outcome::succeeded);
                long administrators = TestEngine.number(file,
                        "select count(*) from user_role where role = 'ADMINISTRATOR'");
                assertThat(administrators).as("round %d: someone is administrator", round).isPositive();
                assertThat(outcomes.stream().filter(o -> o.value().equals("ADMINISTRATOR")))
                        .as("round %d: each opener's own view", round).hasSize((int) Math.min(administrators, 3));
                twoOrMore += administrators > 1 ? 1 : 0;
            }
        }
        assertThat(twoOrMore).as("rounds with more than one administrator").isZero();
    }

    /**
     * Runs {@link #ROUNDS} rounds of two framework changes at once, each round prepared by
     * {@code round}; checks that one of each pair was saved and the other refused, and returns how
     * many rounds saved both (which must be none).
     */
    private int race(Function<Integer, List<Supplier<Object>>> round) throws Exception {
        int bothSaved = 0;
        try (AtOnce pcs = new AtOnce(2)) {
            for (int i = 0; i < ROUNDS; i++) {
                List<Supplier<Object>> calls = round.apply(i);
                int before = frameworks().size();
                List<Outcome<Object>> outcomes = pcs.run(calls);
                List<Outcome<Object>> saved = outcomes.stream().filter(Outcome::succeeded).toList();
                assertThat(frameworks()).as("round %d: one framework more for each one saved", i)
                        .hasSize(before + saved.size());
                if (saved.size() == 2) {
                    bothSaved++;
                    continue;
                }
                assertThat(saved).as("round %d: one saved", i).hasSize(1);
                RuntimeException refused = outcomes.stream().filter(o -> !o.succeeded()).findFirst().orElseThrow()
                        .error();
                // Refused under the lock, naming whose framework was added; or, when the other had already
                // finished, by the checks made before saving (a framework exists; a period must start later).
                assertThat(refused).as("round %d", i).isInstanceOfAny(ConflictException.class, RefusedException.class,
                        InvalidDataException.class);
                if (refused instanceof ConflictException) {
                    assertThat(refused).hasMessageContaining("was added by COUNCIL\\");
                }
            }
        }
        return bothSaved;
    }

    private List<Framework> frameworks() {
        return anne.matrix().frameworks();
    }

    private Workspace as(String account) {
        return new TestApp(dir.resolve("data"), TODAY, new Identity(account)).opener().open(file,
                WorkspaceOpener.Mode.MUST_EXIST);
    }

    private static byte[] csv(String mechanism) {
        return ("Function,Function title,Assurance mechanism,Lead,Frequency\n1,Advice," + mechanism
                + ",Jane Martin,Quarterly\n").getBytes(StandardCharsets.UTF_8);
    }

    private static FrameworkDetails details(String name, LocalDate start) {
        return new FrameworkDetails(name, "Dundee City Council", "2026-2030", start, Month.APRIL, 0);
    }
}
