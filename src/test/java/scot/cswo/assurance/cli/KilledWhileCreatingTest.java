package scot.cswo.assurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.WorkspaceOpener;
import scot.cswo.assurance.testing.EvidenceWriter;
import scot.cswo.assurance.testing.InitLoop;
import scot.cswo.assurance.testing.KilledChild;

/**
 * kill -9 at a random moment while init creates a database: what is left is no database at all or a
 * whole one (its framework and dataset set up), never a file that cannot be used, and the next
 * start leaves nothing else behind. Each kill needs a new process; to keep that quick, it falls
 * anywhere within the time a first init takes (measured once), class loading included. 100 kills
 * in every build (CI has 30 minutes); {@code -Psoak} runs 1,000.
 */
class KilledWhileCreatingTest {
    private static final int KILLS = Integer.getInteger("cswo.kill.rounds", 100);

    @TempDir
    Path dir;

    @Test
    void aKilledInitLeavesNoDatabaseOrAWholeOneAndTheNextStartLeavesNothingElse() throws Exception {
        TestApp nextStart = new TestApp(dir.resolve("data"), EvidenceWriter.TODAY);
        long firstInit = KilledChild.time(dir.resolve("child"), InitLoop.class, dir.resolve("timing").toString(),
                dir.resolve("child").toString(), "1").getFirst();
        Random random = new Random(2026);
        int acknowledged = 0;
        int whole = 0;
        int none = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            Path folder = dir.resolve("kill-" + kill);
            KilledChild child = KilledChild.start(dir.resolve("child"), InitLoop.class, folder.toString(),
                    dir.resolve("child").toString());
            child.awaitStart(1);
            Thread.sleep(random.nextLong(firstInit * 6 / 5));
            child.kill();

            acknowledged += child.done();
            for (int n = 1; n <= child.done(); n++) {
                assertThat(InitLoop.database(folder, n)).as("acknowledged init %d", n).isRegularFile();
            }
            Path killed = InitLoop.database(folder, child.started());
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
}
