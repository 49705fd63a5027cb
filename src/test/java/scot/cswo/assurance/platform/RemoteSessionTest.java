package scot.cswo.assurance.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Remote desktop and Citrix sessions, known by the variables Windows sets in them. */
class RemoteSessionTest {

    @Test
    void aRemoteDesktopOrCitrixSessionIsRemote() {
        assertThat(RemoteSession.remote(Map.of("SESSIONNAME", "RDP-Tcp#3"))).isTrue();
        assertThat(RemoteSession.remote(Map.of("SESSIONNAME", "ICA-CGP#12"))).isTrue();
        assertThat(RemoteSession.remote(Map.of("SESSIONNAME", "31C5CE94259D4006A9E4#0", "CLIENTNAME", "DCC-LT-0412")))
                .isTrue();
    }

    @Test
    void aPcsOwnConsoleIsNotRemote() {
        assertThat(RemoteSession.remote(Map.of("SESSIONNAME", "Console"))).isFalse();
        assertThat(RemoteSession.remote(Map.of("SESSIONNAME", "Console", "CLIENTNAME", "Console"))).isFalse();
        assertThat(RemoteSession.remote(Map.of())).isFalse();
    }
}
