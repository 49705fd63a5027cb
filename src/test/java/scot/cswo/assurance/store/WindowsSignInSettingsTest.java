package scot.cswo.assurance.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * What the PostgreSQL driver is told for a Windows sign-in (ADR 15): GSSAPI through Java's own GSS
 * with the credentials the logon already holds, no JAAS login file, and no password at all.
 */
class WindowsSignInSettingsTest {

    @Test
    void theDriverUsesTheLogonsOwnKerberosCredentialsAndIsGivenNoPassword() {
        Properties settings = Database.windowsSignIn("jsmith");

        assertThat(settings).containsEntry("user", "jsmith").containsEntry("gsslib", "gssapi")
                .containsEntry("jaasLogin", "false").containsEntry("gssUseDefaultCreds", "true")
                .doesNotContainKey("password");
    }
}
