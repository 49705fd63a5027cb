package scot.cswo.assurance.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.service.access.Identity;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.domain.access.ConflictException;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.domain.evidence.Evidence;
import scot.cswo.assurance.domain.evidence.EvidenceKind;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.domain.report.ReportYear;
import scot.cswo.assurance.domain.report.ResourceLine;
import scot.cswo.assurance.domain.report.Resources;
import scot.cswo.assurance.service.matrix.FrameworkEditor.MechanismInput;
import scot.cswo.assurance.testing.Dundee;

/**
 * Two editors on two PCs, one shared server, 500 times over: each time both save the same
 * mechanism, and both mark the same period not applicable, at the same moment. Exactly one wins
 * each race, the other is told who changed it; nothing is lost and nothing is recorded twice.
 * Only a server has two clients, so this runs in the PostgreSQL test run.
 */
@EnabledIf("scot.cswo.assurance.testing.TestEngine#postgres")
class ConcurrentEditorsTest {
    private static final int ROUNDS = 500;
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);
    private static final Ref CHAIRS = new Ref("F1.5");

    @TempDir
    Path dir;
    private Workspace first;
    private Workspace second;
    private final ExecutorService pcs = Executors.newFixedThreadPool(2);

    @BeforeEach
    void open() {
        Dundee.open(dir, TODAY).close();
        try (Workspace admin = new TestApp(dir.resolve("data"), TODAY).opener().open(dir.resolve("assurance.mv.db"),
                WorkspaceOpener.Mode.MUST_EXIST)) {
            admin.access().grant("COUNCIL\\anne", Role.EDITOR);
            admin.access().grant("COUNCIL\\bob", Role.EDITOR);
        }
        first = editor("COUNCIL\\anne");
        second = editor("COUNCIL\\bob");
    }

    private Workspace editor(String account) {
        return new TestApp(dir.resolve("data"), TODAY, new Identity(account)).opener()
                .open(dir.resolve("assurance.mv.db"), WorkspaceOpener.Mode.MUST_EXIST);
    }

    @AfterEach
    void close() {
        pcs.shutdownNow();
        first.close();
        second.close();
    }

    @Test
    void simultaneousSavesOfOneMechanismLoseNothingAndTheLoserIsToldWhoWon() throws Exception {
        assertThat(first.backups()).as("a shared server, which keeps no backups on the PC").isEmpty();
        assertThat(second.where()).as("both editors on the same server database").isEqualTo(first.where());
        int conflicts = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Mechanism read = first.matrix().matrix().row(CHAIRS).orElseThrow().mechanism();
            int turn = round;
            List<Outcome> outcomes = race(() -> save(first, read, "Anne's wording " + turn),
                    () -> save(second, read, "Bob's wording " + turn));
            List<Outcome> won = outcomes.stream().filter(o -> o.error == null).toList();
            assertThat(won).as("round %d", round).hasSize(1);
            Outcome lost = outcomes.stream().filter(o -> o.error != null).findFirst().orElseThrow();
            assertThat(lost.error).isInstanceOf(ConflictException.class).hasMessageContaining("was changed by COUNCIL\\");
            conflicts++;
            Mechanism now = second.matrix().matrix().row(CHAIRS).orElseThrow().mechanism();
            assertThat(now.description()).as("the winner's words are kept").isEqualTo(won.getFirst().text);
            assertThat(now.version()).isEqualTo(read.version() + 1);
        }
        assertThat(conflicts).isEqualTo(ROUNDS);
        long mechanism = first.matrix().matrix().row(CHAIRS).orElseThrow().mechanism().id();
        assertThat(first.history().forMechanism(mechanism).stream().filter(e -> e.field().equals("description")))
                .as("one history entry per saved change, none for refused ones").hasSize(ROUNDS);
    }

    @Test
    void simultaneousNotApplicableForOnePeriodIsRecordedOnceEachTime() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            List<Outcome> outcomes = race(() -> notApplicable(first), () -> notApplicable(second));
            List<Outcome> won = outcomes.stream().filter(o -> o.error == null).toList();
            assertThat(won).as("round %d", round).hasSize(1);
            assertThat(outcomes.stream().filter(o -> o.error != null).findFirst().orElseThrow().error)
                    .isInstanceOf(RefusedException.class).hasMessageContaining("already marked not applicable");
            // Withdrawn again, so the next round races for the same period afresh.
            first.evidence().withdraw(won.getFirst().evidence.id(), "round " + round);
        }
        List<Evidence> marks = first.evidence().list(Optional.of(CHAIRS), true).stream().map(e -> e.evidence())
                .filter(e -> e.kind() == EvidenceKind.NOT_APPLICABLE).toList();
        assertThat(marks).hasSize(ROUNDS).noneMatch(Evidence::current);
    }

    @Test
    void simultaneousFirstSavesOfAResourcesTableKeepOneAndTellTheOther() throws Exception {
        ReportYear year = new ReportYear(2025);
        Resources empty = new Resources(List.of());
        for (int round = 0; round < ROUNDS / 5; round++) {
            List<Outcome> outcomes = race(() -> resources(first, empty, "Children's services"),
                    () -> resources(second, empty, "Justice social work"));
            List<Outcome> won = outcomes.stream().filter(o -> o.error == null).toList();
            assertThat(won).as("round %d", round).hasSize(1);
            assertThat(outcomes.stream().filter(o -> o.error != null).findFirst().orElseThrow().error)
                    .as("round %d", round).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("changed by someone else");
            assertThat(first.report().resources(year).lines()).extracting(ResourceLine::service)
                    .containsExactly(won.getFirst().text);
            // Emptied again, so the next round is a first save afresh: no saved line for either to wait on.
            first.report().saveResources(year, first.report().resources(year), List.of());
        }
    }

    private static Outcome resources(Workspace pc, Resources seen, String service) {
        try {
            pc.report().saveResources(new ReportYear(2025), seen, List.of(new Resources.Typed(service, "100", "90")));
            return new Outcome(service, null, null);
        } catch (RuntimeException e) {
            return new Outcome(service, null, e);
        }
    }

    private record Outcome(String text, Evidence evidence, Exception error) {
    }

    private static Outcome save(Workspace pc, Mechanism read, String text) {
        try {
            pc.editor().editMechanism(pc.matrix().matrix().framework().id(), read.id(), read.version(),
                    new MechanismInput(text, "Kathryn Sharp", "Quarterly", null));
            return new Outcome(text, null, null);
        } catch (RuntimeException e) {
            return new Outcome(text, null, e);
        }
    }

    private static Outcome notApplicable(Workspace pc) {
        try {
            return new Outcome(null, pc.evidence().notApplicable(CHAIRS, TODAY, "Chairs' meeting moved to next"
                    + " quarter"), null);
        } catch (RuntimeException e) {
            return new Outcome(null, null, e);
        }
    }

    /** Runs both at the same moment, each on its own thread as on its own PC. */
    private List<Outcome> race(Callable<Outcome> one, Callable<Outcome> other) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Outcome>> running = new ArrayList<>();
        for (Callable<Outcome> pc : List.of(one, other)) {
            running.add(pcs.submit(() -> {
                start.await();
                return pc.call();
            }));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> outcome : running) {
            outcomes.add(outcome.get());
        }
        return outcomes;
    }
}
