package scot.cswo.assurance.service.chase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static scot.cswo.assurance.service.chase.Chasing.KATHRYN;
import static scot.cswo.assurance.service.chase.Chasing.KATHRYN_ADDRESS;
import static scot.cswo.assurance.service.chase.Chasing.OFFICE;
import static scot.cswo.assurance.service.chase.Chasing.SIOBHAN;
import static scot.cswo.assurance.service.chase.Chasing.SIOBHAN_ADDRESS;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.chase.ChasePlan;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.testing.Dundee;

/** Chases sent through a real SMTP server in this process (GreenMail), and through relays that fail. */
class ChaseSendingTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);

    @RegisterExtension
    static final GreenMailExtension RELAY = Chasing.relay();

    @TempDir
    Path dir;

    /** The Dundee framework with two leads given addresses (see {@link Chasing}). */
    private Workspace withTwoAddresses() {
        Workspace workspace = Dundee.open(dir, TODAY);
        Chasing.giveTwoLeadsAddresses(workspace);
        return workspace;
    }

    @Test
    void eachLeadGetsOneMessageFromTheOfficeAndTheChaseIsRecordedAsSent() throws Exception {
        try (Workspace workspace = withTwoAddresses()) {
            Chasing.useRelay(workspace, RELAY.getSmtp().getPort(), "office");
            ChaseService chases = workspace.chases();
            ChasePlan plan = chases.plan(TODAY, null);

            int sent = chases.send(plan, "right password".toCharArray());

            assertThat(sent).isEqualTo(2);
            MimeMessage[] received = RELAY.getReceivedMessages();
            assertThat(received).hasSize(2);
            assertThat(Arrays.stream(received).map(m -> recipient(m).getAddress()))
                    .containsExactlyInAnyOrder(SIOBHAN_ADDRESS, KATHRYN_ADDRESS);
            MimeMessage siobhans = Arrays.stream(received).filter(m -> recipient(m).getAddress().equals(SIOBHAN_ADDRESS))
                    .findFirst().orElseThrow();
            assertThat(recipient(siobhans).getPersonal()).isEqualTo(SIOBHAN);
            assertThat(((InternetAddress) siobhans.getFrom()[0]).getAddress()).isEqualTo(OFFICE);
            assertThat(siobhans.getHeader("X-Unsent")).isNull();
            assertThat(Chasing.plain(siobhans)).startsWith("Dear " + SIOBHAN + ",");
            long mechanism = plan.toChase().getFirst().items().getFirst().id();
            assertThat(chases.chasedPhrase(mechanism)).hasValue("Chased 22/11/2025 by COUNCIL\\tester");
        }
    }

    private static InternetAddress recipient(MimeMessage message) {
        try {
            return (InternetAddress) message.getAllRecipients()[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aWrongPasswordIsASentenceAndNothingIsSentOrRecorded() {
        try (Workspace workspace = withTwoAddresses()) {
            Chasing.useRelay(workspace, RELAY.getSmtp().getPort(), "office");
            ChaseService chases = workspace.chases();
            ChasePlan plan = chases.plan(TODAY, null);

            assertThatThrownBy(() -> chases.send(plan, "wrong".toCharArray())).isInstanceOf(RefusedException.class)
                    .hasMessage("The mail relay 127.0.0.1 (port " + RELAY.getSmtp().getPort() + ") did not accept the"
                            + " account office with the password given.");
            assertThat(RELAY.getReceivedMessages()).isEmpty();
            assertThat(chases.latestByMechanism()).isEmpty();
        }
    }

    @Test
    void aRelayThatRefusesAMessageIsASentenceAndOnlyTheChasesItTookAreRecorded() throws Exception {
        try (Workspace workspace = withTwoAddresses();
             RefusingRelay relay = new RefusingRelay(KATHRYN_ADDRESS, RefusingRelay.Failure.REFUSE)) {
            Chasing.useRelay(workspace, relay.port(), null);
            ChaseService chases = workspace.chases();
            ChasePlan plan = chases.plan(TODAY, null);
            assertThat(plan.toChase()).extracting(c -> c.lead().name()).containsExactly(KATHRYN, SIOBHAN);

            assertThatThrownBy(() -> chases.send(plan, new char[0])).isInstanceOf(RefusedException.class)
                    .hasMessageStartingWith("The mail relay 127.0.0.1 (port " + relay.port() + ") refused the message to "
                            + KATHRYN + " <" + KATHRYN_ADDRESS + "> (it said: 554 5.7.1 Message refused by policy")
                    .hasMessageEndingWith("The chase to " + KATHRYN + " was not sent.");
            assertThat(relay.accepted()).isEmpty();
            assertThat(chases.latestByMechanism()).isEmpty();
        }
    }

    @Test
    void aRelayThatDropsTheConnectionMidMessageIsASentenceAndTheChaseIsNotRecorded() throws Exception {
        try (Workspace workspace = withTwoAddresses();
             RefusingRelay relay = new RefusingRelay(SIOBHAN_ADDRESS, RefusingRelay.Failure.DROP)) {
            Chasing.useRelay(workspace, relay.port(), null);
            ChaseService chases = workspace.chases();
            ChasePlan plan = chases.plan(TODAY, null);
            long onlySiobhans = plan.toChase().get(1).items().stream()
                    .filter(i -> !plan.toChase().getFirst().items().contains(i)).findFirst().orElseThrow().id();

            assertThatThrownBy(() -> chases.send(plan, new char[0])).isInstanceOf(RefusedException.class)
                    .hasMessage("The mail relay 127.0.0.1 (port " + relay.port() + ") broke off the connection while"
                            + " sending to " + SIOBHAN + " <" + SIOBHAN_ADDRESS + ">. The chase to " + SIOBHAN
                            + " was not sent; the chases to " + KATHRYN + " were sent and are recorded.");
            assertThat(relay.accepted()).containsExactly(KATHRYN_ADDRESS);
            assertThat(chases.chasedPhrase(plan.toChase().getFirst().items().getFirst().id()))
                    .hasValue("Chased 22/11/2025 by COUNCIL\\tester");
            assertThat(chases.chasedPhrase(onlySiobhans)).isEmpty();
        }
    }

    @Test
    void theDigestGoesToTheCswoThroughTheRelay() throws Exception {
        try (Workspace workspace = Dundee.open(dir, TODAY)) {
            Chasing.useRelay(workspace, RELAY.getSmtp().getPort(), "office");

            workspace.chases().sendDigest(TODAY, "right password".toCharArray());

            MimeMessage digest = RELAY.getReceivedMessages()[0];
            assertThat(recipient(digest).getAddress()).isEqualTo("cswo@dundeecity.gov.uk");
            assertThat(digest.getSubject()).isEqualTo("CSWO assurance: the position at 22/11/2025");
            assertThat(Chasing.plain(digest)).contains("Rows by status", "Overdue", "Nobody has been chased.");
        }
    }
}
