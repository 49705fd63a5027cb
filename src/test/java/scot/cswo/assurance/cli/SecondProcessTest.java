package scot.cswo.assurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.app.Main;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.testing.HoldOpen;
import scot.cswo.assurance.testing.JavaProcess;

/**
 * A second program on the same database file is told who has it open, and the file is left alone.
 * Both users are separate processes: within one JVM, reading the file would drop H2's OS-level lock.
 */
class SecondProcessTest {
    @TempDir
    Path dir;

    @Test
    void aSecondProcessGetsAClearMessageAndTheFileIsUntouched() throws Exception {
        Path db = dir.resolve("shared.mv.db");
        new TestApp(dir.resolve("data"), LocalDate.of(2025, 11, 22)).cli("--db", db.toString(), "init");
        Process first = JavaProcess.start(dir.resolve("data"), HoldOpen.class, db.toString());
        try {
            assertThat(JavaProcess.lines(first).readLine()).isEqualTo("OPEN");
            String before = sha256(db);

            JavaProcess.Result second = JavaProcess.run(dir.resolve("data"), Main.class, "--db", db.toString(), "matrix");

            assertThat(second.exitCode()).isEqualTo(ExitCode.DATABASE_UNAVAILABLE);
            assertThat(second.err().strip()).startsWith("The database " + db + " is already open by "
                    + System.getProperty("user.name") + " on ").endsWith("Close CSWO Assurance there and try again.");
            assertThat(second.err()).doesNotContain("Exception", "\tat ");
            assertThat(sha256(db)).isEqualTo(before);
        } finally {
            first.getOutputStream().close();
            first.waitFor();
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
