package scot.cswo.assurance.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.testing.JavaProcess;
import scot.cswo.assurance.testing.TestEngine;

/** A script on Windows signs in to the shared server as the README shows: echo %PW% | cswo-assurance … */
@EnabledIf("scot.cswo.assurance.testing.TestEngine#postgres")
class PasswordPipedToServerTest {
    @TempDir
    Path dir;

    @Test
    void thePasswordWithTheSpaceAndCrLfThatEchoAddsSignsIn() throws Exception {
        String server = TestEngine.databaseFor(dir.resolve("server"));
        TestEngine.create(server, null);
        Process app = JavaProcess.start(dir.resolve("data"), Main.class, "--jdbc",
                TestEngine.address(server).jdbcUrl(), "--user", TestEngine.user(), "init");
        try (OutputStream in = app.getOutputStream()) {
            in.write((TestEngine.password() + " \r\n").getBytes(StandardCharsets.UTF_8));
        }

        JavaProcess.Result init = JavaProcess.finish(app);

        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out()).contains("Dundee City Council");
    }
}
