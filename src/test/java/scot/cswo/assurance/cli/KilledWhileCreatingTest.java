package scot.cswo.assurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.WorkspaceOpener;
import scot.cswo.assurance.testing.EvidenceWriter;
import scot.cswo.assurance.testing.InitLoop;
import scot.cswo.assurance.testing.JavaProcess;

/**
 * kill -9 at a random moment while init creates a database: what is left is no database at all or a
 * whole one (its framework and dataset set up), never a file that cannot be used, and the next
 * start leaves nothing else behind. Each kill needs a new process; to keep that quick, it falls
 * anywhere within the time a first init takes (measured once), class loading included. 100 kills
 * in every build; {@code -Psoak} runs 1,000.
 */
class KilledWhileCreatingTest {
    private static final int KILLS = Integer.getInteger("cswo.kill.rounds", 100);

    @TempDir
    Path dir;

    @Test
    void aKilledInitLeavesNoDatabaseOrAWholeOneAndTheNextStartLeavesNothingElse() throws Exception {
        TestApp nextStart = new TestApp(dir.resolve("data"), EvidenceWriter.TODAY);
        long firstInit = timeAFirstInit();
        Random random = new Random(2026);
        int acknowledged = 0;
        int whole = 0;
        int none = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            Path folder = dir.resolve("kill-" + kill);
            Process child = startInits(folder, Integer.MAX_VALUE);
            AtomicInteger started = new AtomicInteger();
            AtomicInteger done = new AtomicInteger();
            Thread reader = Thread.ofPlatform().start(() -> follow(JavaProcess.lines(child), started, done));
            waitUntil(() -> started.get() >= 1, child, "the first init started");
            Thread.sleep(random.nextLong(firstInit * 6 / 5));
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            reader.join();

            acknowledged += done.get();
            for (int n = 1; n <= done.get(); n++) {
                assertThat(InitLoop.database(folder, n)).as("acknowledged init %d", n).isRegularFile();
            }
            Path killed = InitLoop.database(folder, started.get());
            if (Files.exists(killed)) {
                whole++;
                assertWhole(nextStart, killed);
            } else {
                none++;
                TestApp.Run again = nextStart.cli("--db", killed.toString(), "init");
                assertThat(again.exitCode()).as("init again after kill %d: %s", kill, again.err()).isZero();
            }
            assertThat(names(killed.getParent())).as("kill %d: what the next start leaves", kill)
                    .containsExactly("assurance.mv.db");
        }
        System.out.printf("Init kill test: %d kills, %d inits acknowledged; the killed init left a whole database"
                + " %d times and none %d times, 0 unusable%n", KILLS, acknowledged, whole, none);
    }

    /** How long the first init of a new process takes, from its start: the window a kill falls in. */
    private long timeAFirstInit() throws Exception {
        Process child = startInits(dir.resolve("timing"), 1);
        BufferedReader out = JavaProcess.lines(child);
        assertThat(out.readLine()).isEqualTo("START 1");
        long started = System.nanoTime();
        assertThat(out.readLine()).isEqualTo("DONE 1");
        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return Math.max(took, 100);
    }

    private Process startInits(Path folder, int howMany) throws IOException {
        return JavaProcess.start(dir.resolve("child"), List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
                InitLoop.class, folder.toString(), dir.resolve("child").toString(), Integer.toString(howMany));
    }

    private static void assertWhole(TestApp app, Path database) {
        try (Workspace workspace = app.opener().open(database, WorkspaceOpener.Mode.MUST_EXIST)) {
            assertThat(workspace.matrix().matrix().rows()).as(database.toString()).hasSize(49);
            assertThat(workspace.dataset().dataset()).as(database.toString()).isNotEmpty();
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void follow(BufferedReader out, AtomicInteger started, AtomicInteger done) {
        try {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("START ")) {
                    started.set(Integer.parseInt(line.substring(6)));
                } else if (line.startsWith("DONE ")) {
                    done.set(Integer.parseInt(line.substring(5)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void waitUntil(BooleanSupplier condition, Process child, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean() && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }
}
