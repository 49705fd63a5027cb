package scot.cswo.assurance.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.evidence.Evidence;
import scot.cswo.assurance.service.evidence.EvidenceInput;
import scot.cswo.assurance.testing.Dundee;
import scot.cswo.assurance.testing.EvidenceWriter;
import scot.cswo.assurance.testing.JavaProcess;

/**
 * kill -9 at random moments while evidence is being recorded, again and again: every save the app
 * acknowledged is there afterwards, whole. 50 rounds in every build (CI has 30 minutes); {@code -Psoak} runs 1,000.
 * Embedded H2: on a server, durability is the server's commit.
 */
@Tag("embedded")
class KilledWhileSavingTest {
    private static final int ROUNDS = Integer.getInteger("cswo.kill.rounds", 50);

    @TempDir
    Path dir;

    @Test
    void noAcknowledgedEvidenceIsLostOrHalfSavedWhenTheProcessIsKilled() throws Exception {
        Path file = dir.resolve("assurance.mv.db");
        Dundee.open(dir, EvidenceWriter.TODAY).close();
        Random random = new Random(2026);
        int acknowledged = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            Process child = JavaProcess.start(dir, EvidenceWriter.class, file.toString(), Integer.toString(round));
            AtomicInteger acks = new AtomicInteger();
            Thread reader = Thread.ofPlatform().start(() -> countAcks(JavaProcess.lines(child), acks));
            // Once it is saving, kill it at a random moment: mid-save as often as between saves.
            waitForFirstAck(acks, child);
            Thread.sleep(random.nextInt(400));
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            reader.join();

            int acked = acks.get();
            acknowledged += acked;
            Map<String, Evidence> saved = savedThisRound(round);
            for (int i = 1; i <= acked; i++) {
                EvidenceInput expected = EvidenceWriter.item(round, i);
                Evidence found = saved.get(expected.reference());
                assertThat(found).as("round %d, acknowledged save %d", round, i).isNotNull();
                assertThat(found.note()).isEqualTo(expected.note());
                assertThat(found.date()).isEqualTo(expected.date());
                assertThat(found.conclusion()).isEqualTo(expected.conclusion());
            }
        }
        assertThat(acknowledged).as("the writer did save during the rounds").isGreaterThan(ROUNDS);
        System.out.printf("Kill test: %d kills, %d acknowledged saves, 0 lost%n", ROUNDS, acknowledged);
    }

    private Map<String, Evidence> savedThisRound(int round) {
        try (Workspace workspace = Dundee.open(dir, EvidenceWriter.TODAY)) {
            return workspace.evidence().list(Optional.of(EvidenceWriter.REF), true).stream().map(e -> e.evidence())
                    .filter(e -> e.reference().startsWith("R" + round + "-"))
                    .collect(Collectors.toMap(Evidence::reference, Function.identity()));
        }
    }

    private static void countAcks(BufferedReader out, AtomicInteger acks) {
        try {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acks.set(Integer.parseInt(line.substring(4)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Up to two minutes: a new JVM on a loaded two-core machine, beside another test JVM, can take half of one. */
    private static void waitForFirstAck(AtomicInteger acks, Process child) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (acks.get() == 0 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(acks.get()).as("the writer started saving (it %s)", child.isAlive() ? "was still starting" : "had ended")
                .isPositive();
    }
}
