package scot.cswo.assurance.store;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.store.jooq.Tables.LEAD_OFFICER;

import java.io.BufferedReader;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.testing.DurableWriter;
import scot.cswo.assurance.testing.JavaProcess;

/** A save the app has reported as done survives the process being killed outright (kill -9). Embedded H2 only. */
@Tag("embedded")
class KilledProcessTest {
    private static final int ROUNDS = 8;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void noAcknowledgedSaveIsLostWhenTheProcessIsKilled() throws Exception {
        Path file = dir.resolve("killed.mv.db");
        Random random = new Random(2026);
        for (int round = 1; round <= ROUNDS; round++) {
            Process child = JavaProcess.start(dir, DurableWriter.class, file.toString(), Integer.toString(round));
            BufferedReader out = JavaProcess.lines(child);
            int killAfter = 1 + random.nextInt(40);
            for (int seen = 0; seen < killAfter; seen++) {
                assertThat(out.readLine()).as("the writer stopped early").isNotNull().startsWith("ACK ");
            }
            child.destroyForcibly();
            child.waitFor();

            Set<String> saved = savedNames(file);
            for (int i = 1; i <= killAfter; i++) {
                assertThat(saved).as("round %d, acknowledged save %d", round, i).contains("Round " + round + " lead " + i);
            }
        }
    }

    private static Set<String> savedNames(Path file) {
        try (Database database = Database.openEmbedded(DatabaseLocation.of(file), false)) {
            return new HashSet<>(database.read(ctx -> ctx.select(LEAD_OFFICER.NAME).from(LEAD_OFFICER)
                    .fetch(LEAD_OFFICER.NAME)));
        }
    }
}
