package scot.cswo.assurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.testing.EvidenceWriter;
import scot.cswo.assurance.testing.KilledChild;
import scot.cswo.assurance.testing.RestoreLoop;

/**
 * kill -9 while two backups are restored in turn over one database: the next start always finds a
 * whole database, either as it was before the killed restore or with that backup in place, and says
 * which when it had to finish or undo one. Every database a finished restore replaced is kept, and
 * no unpacked copy or journal is left behind. Each kill falls in the first restore of a new process
 * ({@link RestoreLoop}, which does only what changes files): half at a random moment within the time
 * one takes (measured once), the other half 0 to 4 ms after the journal says the files are being
 * moved, where the kill left no database. The state each step leaves is also tested one by
 * one in InterruptedRestoreTest. 100 kills in every build; {@code -Psoak} runs 1,000.
 */
class KilledWhileRestoringTest {
    private static final int KILLS = Integer.getInteger("cswo.kill.rounds", 100);
    private static final String FINISHED = "it has now been finished";
    private static final String UNDONE_BEFORE = "was interrupted before it changed anything";
    private static final String UNDONE = "it has been undone";

    @TempDir
    Path dir;
    private TestApp app;
    private Path db;

    private TestApp.Run run(String... args) {
        return app.cli(Stream.concat(Stream.of("--db", db.toString()), Stream.of(args)).toArray(String[]::new));
    }

    @Test
    void aKilledRestoreIsFinishedOrUndoneOnTheNextStartAndSaysWhich() throws Exception {
        app = new TestApp(dir.resolve("data"), EvidenceWriter.TODAY);
        db = dir.resolve("assurance.mv.db");
        Path a = dir.resolve("a.zip");
        Path b = dir.resolve("b.zip");
        run("init");
        run("evidence", "add", "--ref", "F1.3", "--date", "2025-11-20", "--note", "In backup A");
        assertThat(run("backup", "--out", a.toString()).exitCode()).isZero();
        run("evidence", "add", "--ref", "F1.3", "--date", "2025-11-21", "--note", "In backup B");
        assertThat(run("backup", "--out", b.toString()).exitCode()).isZero();
        Path child = dir.resolve("child");
        // Restores B then A, timing the first restore of a new process, the one each kill falls in.
        long aRestore = KilledChild.time(child, RestoreLoop.class, db.toString(), b.toString(), a.toString(), "2")
                .getFirst();
        tidyReplaced();

        Random random = new Random(2026);
        String holds = "A";
        int acknowledged = 0;
        int finished = 0;
        int undone = 0;
        int saidNothing = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            String other = holds.equals("A") ? "B" : "A";
            Path first = other.equals("A") ? a : b;
            KilledChild restoring = KilledChild.start(child, RestoreLoop.class, db.toString(), first.toString(),
                    (first == a ? b : a).toString());
            restoring.awaitStart(1);
            if (kill % 2 == 0) {
                awaitMoving(restoring);
                // Spread over the journal being forced, the two renames, the folder synced and the journal removed.
                spin(random.nextLong(TimeUnit.MILLISECONDS.toNanos(4)));
            } else {
                Thread.sleep(random.nextLong(aRestore * 6 / 5));
            }
            restoring.kill();

            acknowledged += restoring.done();
            // It restores `other`, then `holds`, in turn: what the database held before the killed one.
            String before = restoring.done() % 2 == 0 ? holds : other;
            String interrupted = restoring.done() % 2 == 0 ? other : holds;
            // A journal killed before its first record holds nothing: that restore had not begun.
            Path journal = dir.resolve("assurance.restore-journal");
            boolean journalLeft = Files.exists(journal) && Files.size(journal) > 0;
            TestApp.Run nextStart = run("evidence", "list", "--format", "csv");

            assertThat(nextStart.exitCode()).as("kill %d: the next start: %s", kill, nextStart.err()).isZero();
            String now = nextStart.out().contains("In backup B") ? "B" : "A";
            assertThat(now).as("kill %d: the database holds the backup in place before, or the one restored", kill)
                    .isIn(before, interrupted);
            if (nextStart.err().contains(FINISHED)) {
                finished++;
                assertThat(now).as("kill %d: said finished", kill).isEqualTo(interrupted);
            } else if (nextStart.err().contains(UNDONE_BEFORE) || nextStart.err().contains(UNDONE)) {
                undone++;
                assertThat(now).as("kill %d: said undone after %d restores: %s", kill, restoring.done(),
                        nextStart.err()).isEqualTo(before);
            } else {
                saidNothing++;
                assertThat(journalLeft).as("kill %d: a restore left half done is reported: %s", kill,
                        nextStart.err()).isFalse();
            }
            int completed = restoring.done() + (now.equals(interrupted) ? 1 : 0);
            assertThat(tidyReplaced()).as("kill %d: every replaced database is kept", kill).isEqualTo(completed);
            assertThat(names()).as("kill %d: left behind", kill)
                    .noneMatch(name -> name.contains("restor") || name.endsWith(".partial"));
            holds = now;
        }
        System.out.printf("Restore kill test: %d kills, %d restores acknowledged; on the next start %d interrupted"
                + " restores were finished and %d undone (each said so), %d needed nothing; 0 databases lost%n",
                KILLS, acknowledged, finished, undone, saidNothing);
    }

    /** Waits (a few seconds at most) until the journal of the restore under way says it is moving files. */
    private void awaitMoving(KilledChild restoring) throws Exception {
        Path journal = dir.resolve("assurance.restore-journal");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline && restoring.done() < 1) {
            try {
                if (new String(Files.readAllBytes(journal), StandardCharsets.UTF_8).contains("stage=moving")) {
                    return;
                }
            } catch (IOException between) {
                // No journal between two restores.
            }
            Thread.onSpinWait();
        }
    }

    /** Waits without giving up the processor, since a sleep can last far longer than asked. */
    private static void spin(long nanos) {
        long until = System.nanoTime() + nanos;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }

    /** Counts the databases restores replaced (kept beside it), then clears them away for the next round. */
    private int tidyReplaced() throws Exception {
        List<Path> replaced;
        try (Stream<Path> files = Files.list(dir)) {
            replaced = files.filter(p -> p.getFileName().toString().startsWith("assurance-replaced-")).toList();
        }
        for (Path file : replaced) {
            Files.delete(file);
        }
        return replaced.size();
    }

    private List<String> names() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
