package scot.cswo.assurance.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.store.ServerAddress;
import scot.cswo.assurance.testing.JavaProcess;
import scot.cswo.assurance.testing.TestEngine;

/** Scripts that sign in to the shared server without typing: PostgreSQL's pgpass.conf, or --password-file. */
@EnabledIf("scot.cswo.assurance.testing.TestEngine#postgres")
class ServerPasswordSourcesTest {
    @TempDir
    Path dir;

    private ServerAddress newServerDatabase() {
        String name = TestEngine.databaseFor(dir.resolve("server"));
        TestEngine.create(name, null);
        return TestEngine.address(name);
    }

    @Test
    void withNoPasswordGivenTheDriverTakesItFromPgpass() throws Exception {
        ServerAddress server = newServerDatabase();
        Path pgpass = Files.writeString(dir.resolve("pgpass.conf"), server.host() + ":" + server.port() + ":"
                + server.database() + ":" + TestEngine.user() + ":" + TestEngine.password() + "\n");
        Process app = JavaProcess.start(dir.resolve("data"), List.of("-Dorg.postgresql.pgpassfile=" + pgpass),
                Main.class, "--jdbc", server.jdbcUrl(), "--user", TestEngine.user(), "init");
        app.getOutputStream().close();

        JavaProcess.Result init = JavaProcess.finish(app);

        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out()).contains("Dundee City Council");
    }

    @Test
    void withNoPasswordGivenOrInPgpassTheServersQuestionIsASentence() throws Exception {
        ServerAddress server = newServerDatabase();
        Process app = JavaProcess.start(dir.resolve("data"), List.of("-Dorg.postgresql.pgpassfile="
                + dir.resolve("no-pgpass.conf")), Main.class, "--jdbc", server.jdbcUrl(), "--user", TestEngine.user(),
                "status");
        app.getOutputStream().close();

        JavaProcess.Result status = JavaProcess.finish(app);

        assertThat(status.exitCode()).isEqualTo(4);
        assertThat(status.err()).contains("asks for a password for " + TestEngine.user(), "pgpass.conf")
                .doesNotContain("cannot be reached");
    }

    @Test
    void thePasswordFileAsNotepadSavesItSignsIn() throws Exception {
        ServerAddress server = newServerDatabase();
        Path file = dir.resolve("server password.txt");
        Files.write(file, ("\ufeff" + TestEngine.password() + " \r\n").getBytes(StandardCharsets.UTF_8));
        Process app = JavaProcess.start(dir.resolve("data"), Main.class, "--jdbc", server.jdbcUrl(), "--user",
                TestEngine.user(), "--password-file", file.toString(), "init");
        app.getOutputStream().close();

        JavaProcess.Result init = JavaProcess.finish(app);

        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out()).contains("Dundee City Council");
    }
}
