package scot.cswo.assurance.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.problem.StoreUnavailableException;
import scot.cswo.assurance.service.DatabaseChoice;
import scot.cswo.assurance.service.access.Identity;
import scot.cswo.assurance.service.WorkspaceOpener;
import scot.cswo.assurance.testing.TestEngine;

/**
 * Signing in to the office's server with the Windows logon (Kerberos single sign-on, ADR 15): the
 * choice is kept in the connection settings, and then no password is asked for or sent. A real
 * Kerberos sign-in needs a Windows domain, which the test machines do not have: here the server
 * asks for a password, and the refusal says what to ask IT.
 */
class WindowsSignInTest {
    private static final String URL = "jdbc:postgresql://sql01.council.local:5432/cswo";

    @TempDir
    Path dir;

    @Test
    void theWindowsSignInIsKeptInTheConnectionSettingsAndNoPasswordEverIs() throws Exception {
        AppPaths paths = new AppPaths(dir);
        ConnectionSettingsFile settings = new ConnectionSettingsFile(paths.connectionSettings());

        settings.useServer(URL, "jsmith", true);

        assertThat(settings.server()).contains(new DatabaseChoice.Server(URL, "jsmith", true));
        assertThat(Files.readString(paths.connectionSettings())).contains("server.sign-in=windows")
                .doesNotContainIgnoringCase("password=");

        settings.useServer(URL, "jsmith", false);

        assertThat(settings.server()).contains(new DatabaseChoice.Server(URL, "jsmith", false));
    }

    @Test
    @EnabledIf("scot.cswo.assurance.testing.TestEngine#postgres")
    void withTheWindowsSignInNoPasswordIsAskedForAndARefusalSaysWhatToAskIt() {
        AppPaths paths = new AppPaths(dir);
        String url = TestEngine.address(TestEngine.databaseFor(dir.resolve("server"))).jdbcUrl();
        new ConnectionSettingsFile(paths.connectionSettings()).useServer(url, TestEngine.user(), true);
        PasswordPrompt neverAsked = server -> {
            throw new AssertionError("a password was asked for");
        };
        Workspaces workspaces = new Workspaces(paths, neverAsked, new Identity("COUNCIL\\jsmith"),
                Clock.fixed(LocalDate.of(2025, 11, 22).atStartOfDay(ZoneId.of("Europe/London")).toInstant(),
                        ZoneId.of("Europe/London")));

        assertThatThrownBy(() -> workspaces.open(DatabaseChoice.usual(), WorkspaceOpener.Mode.MUST_EXIST))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("did not accept the Windows sign-in for " + TestEngine.user())
                .hasMessageContaining("single sign-on")
                .hasMessageContaining("no password was provided");
    }
}
