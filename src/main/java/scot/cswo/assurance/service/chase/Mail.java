package scot.cswo.assurance.service.chase;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import scot.cswo.assurance.domain.chase.MailSettings;
import scot.cswo.assurance.domain.problem.RefusedException;

/**
 * RFC 5322 messages through Jakarta Mail (Eclipse Angus, ADR 28): UTF-8 throughout, plain text with
 * an HTML alternative; written as .eml drafts that Outlook opens for editing, or sent through the
 * council's relay.
 */
final class Mail {
    private static final String UTF_8 = "UTF-8";
    /** Long enough for a slow relay, short enough that a dead one does not hang the office. */
    private static final String TIMEOUT_MS = "30000";

    private Mail() {
    }

    /** A lead or the CSWO as a recipient, the name kept as typed (Siobhán Ó Briain). */
    static InternetAddress address(String address, String name) {
        try {
            InternetAddress parsed = new InternetAddress(address, name, UTF_8);
            parsed.validate();
            return parsed;
        } catch (UnsupportedEncodingException | MessagingException e) {
            throw new RefusedException("\"" + address + "\" is not an email address the mail program can use.");
        }
    }

    /**
     * @param from  null for a draft with no relay set up: the mail program fills in its own account
     * @param to    null for a draft whose recipient the office types
     * @param draft true for an .eml the mail program opens as an unsent draft (X-Unsent: 1)
     */
    static MimeMessage message(Session session, InternetAddress from, InternetAddress to, MessageText text,
                               Instant date, boolean draft) {
        try {
            MimeMessage message = new MimeMessage(session);
            if (from != null) {
                message.setFrom(from);
            }
            if (to != null) {
                message.setRecipient(MimeMessage.RecipientType.TO, to);
            }
            message.setSubject(text.subject(), UTF_8);
            message.setSentDate(Date.from(date));
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(text.plain(), UTF_8, "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(text.html(), UTF_8, "html");
            MimeMultipart alternative = new MimeMultipart("alternative", plain, html);
            message.setContent(alternative);
            if (draft) {
                message.setHeader("X-Unsent", "1");
            }
            message.saveChanges();
            return message;
        } catch (MessagingException e) {
            throw new IllegalStateException("A message could not be put together", e);
        }
    }

    static Session draftSession() {
        return Session.getInstance(new Properties());
    }

    /** Writes the message as an .eml file, whole or not at all. */
    static void write(MimeMessage message, Path file) {
        try {
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                message.writeTo(out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException("A message could not be written", e);
        }
    }

    /** A session for the relay: STARTTLS required when set, never falling back to sending in the clear. */
    static Session relaySession(MailSettings relay) {
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", relay.host());
        properties.setProperty("mail.smtp.port", Integer.toString(relay.port()));
        properties.setProperty("mail.smtp.auth", Boolean.toString(relay.signsIn()));
        properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(relay.startTls()));
        properties.setProperty("mail.smtp.starttls.required", Boolean.toString(relay.startTls()));
        properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        properties.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MS);
        properties.setProperty("mail.smtp.timeout", TIMEOUT_MS);
        properties.setProperty("mail.smtp.writetimeout", TIMEOUT_MS);
        return Session.getInstance(properties);
    }

    /** An open connection to the relay, signed in with the password given for this sending only. */
    static Transport connect(Session session, MailSettings relay, char[] password) {
        try {
            Transport transport = session.getTransport("smtp");
            transport.connect(relay.host(), relay.port(), relay.account(),
                    relay.signsIn() ? new String(password) : null);
            return transport;
        } catch (MessagingException e) {
            throw new RefusedException(failure(relay, e, null));
        }
    }

    static void send(Transport transport, MimeMessage message) throws MessagingException {
        transport.sendMessage(message, message.getAllRecipients());
    }

    /** What went wrong with the relay, as a sentence for the office (the relay's own reply where it gave one). */
    static String failure(MailSettings relay, MessagingException e, String recipient) {
        String server = "The mail relay " + relay.host() + " (port " + relay.port() + ")";
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String brokeOff = server + " broke off the connection" + (recipient == null ? "" : " while sending to "
                + recipient) + ".";
        return switch (e) {
            case AuthenticationFailedException refused -> server + " did not accept the account " + relay.account()
                    + " with the password given.";
            case MailConnectException unreachable when cause instanceof UnknownHostException ->
                    server + " could not be found; check its name in the mail settings.";
            case MailConnectException unreachable -> server + " could not be reached; check its name and port, or"
                    + " ask IT whether it is running.";
            case SMTPSendFailedException dropped when dropped.getReturnCode() < 0 -> brokeOff;
            case SendFailedException rejected -> server + " refused the message to " + recipient
                    + reply(rejected) + ".";
            default -> cause instanceof IOException ? brokeOff
                    : server + " refused the message" + (recipient == null ? "" : " to " + recipient) + reply(e) + ".";
        };
    }

    private static String reply(MessagingException e) {
        String text = e.getMessage() == null ? "" : e.getMessage().strip();
        return text.isEmpty() ? "" : " (it said: " + text.lines().findFirst().orElse("") + ")";
    }
}
