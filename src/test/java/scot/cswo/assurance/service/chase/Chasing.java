package scot.cswo.assurance.service.chase;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import scot.cswo.assurance.domain.chase.MailSettings;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.matrix.FrameworkEditor.LeadInput;

/**
 * The chase tests' shared set-up: the Dundee framework's leads given addresses (one renamed to test
 * names beyond ASCII), a relay in this process, and reading messages back.
 */
public final class Chasing {
    public static final String SIOBHAN = "Siobhán Ó Briain";
    public static final String SIOBHAN_ADDRESS = "siobhan.obriain@dundeecity.gov.uk";
    public static final String KATHRYN = "Kathryn Sharp";
    public static final String KATHRYN_ADDRESS = "kathryn.sharp@dundeecity.gov.uk";
    /** The office's shared mailbox, which chases come from. */
    public static final String OFFICE = "cswo.office@dundeecity.gov.uk";

    private Chasing() {
    }

    /** Jane Martin becomes Siobhán Ó Briain; she and Kathryn Sharp get addresses, the other leads none. */
    public static void giveTwoLeadsAddresses(Workspace workspace) {
        address(workspace, "Jane Martin", SIOBHAN, SIOBHAN_ADDRESS);
        address(workspace, KATHRYN, KATHRYN, KATHRYN_ADDRESS);
    }

    /** A real SMTP relay in this process, fresh for each test, taking mail from the account "office" ("right password"). */
    public static GreenMailExtension relay() {
        return new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withUser(OFFICE, "office", "right password"))
                .withPerMethodLifecycle(true);
    }

    /** The relay on {@code port} set up as an administrator would; {@code account} null for one that takes mail without signing in. */
    public static void useRelay(Workspace workspace, int port, String account) {
        workspace.chases().saveMailSettings(new MailSettings("127.0.0.1", port, false, account, OFFICE,
                "cswo@dundeecity.gov.uk"));
    }

    public static Lead lead(Workspace workspace, String name) {
        return workspace.editor().leads().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    private static void address(Workspace workspace, String name, String newName, String email) {
        Lead lead = lead(workspace, name);
        workspace.editor().updateLead(lead.id(), lead.version(), new LeadInput(newName, lead.jobTitle(),
                lead.windowsAccount(), email, true));
    }

    public static MimeMessage read(Path eml) throws Exception {
        try (InputStream in = Files.newInputStream(eml)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }

    /** The plain-text part of a multipart/alternative message. */
    public static String plain(MimeMessage message) throws Exception {
        return part(message, "text/plain");
    }

    public static String html(MimeMessage message) throws Exception {
        return part(message, "text/html");
    }

    private static String part(MimeMessage message, String type) throws Exception {
        Multipart alternative = (Multipart) message.getContent();
        for (int i = 0; i < alternative.getCount(); i++) {
            Part part = alternative.getBodyPart(i);
            if (part.isMimeType(type)) {
                // Mail carries text with CRLF line ends; compared as written.
                return ((String) part.getContent()).replace("\r\n", "\n");
            }
        }
        throw new AssertionError("no " + type + " part");
    }
}
