package scot.cswo.assurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.app.TestApp;

/** The DBA's set-up script comes out of the installed app whole, as committed and as tested on a server. */
class ServerScriptCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsTheCommittedSetUpScriptWithoutADatabase() throws Exception {
        TestApp.Run run = new TestApp(dir.resolve("data"), LocalDate.of(2025, 11, 22)).cli("server-script");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(Files.readString(Path.of("resources/server/cswo-server-setup.sql"),
                StandardCharsets.UTF_8));
        assertThat(dir.resolve("data")).doesNotExist();
    }
}
