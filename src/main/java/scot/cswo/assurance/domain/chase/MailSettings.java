package scot.cswo.assurance.domain.chase;

import scot.cswo.assurance.domain.matrix.EmailAddress;
import scot.cswo.assurance.domain.problem.Problems;

/**
 * The council's mail relay, as an administrator set it up. The password is never part of it: it is
 * asked for each time mail is sent.
 *
 * @param account   the relay's sign-in name; null where the relay takes mail without signing in
 * @param from      the address chases come from (the office's shared mailbox)
 * @param digestTo  where the weekly digest goes (the CSWO); null if none
 */
public record MailSettings(String host, int port, boolean startTls, String account, String from, String digestTo) {
    public static final int MAX_TEXT = 300;

    public MailSettings {
        Problems problems = new Problems().required(ChaseField.RELAY_HOST, host, MAX_TEXT,
                "give the relay's name, such as smtp.council.gov.uk.");
        if (host != null && host.strip().contains(" ")) {
            problems.add(ChaseField.RELAY_HOST, host, "a server's name has no spaces.");
        }
        if (port < 1 || port > 65535) {
            problems.add(ChaseField.RELAY_PORT, Integer.toString(port), "give a port from 1 to 65535 (usually 587).");
        }
        problems.notLonger(ChaseField.RELAY_ACCOUNT, account, MAX_TEXT);
        String sender = EmailAddress.bare(from);
        if (!EmailAddress.wellFormed(sender)) {
            problems.add(ChaseField.FROM_ADDRESS, from, EmailAddress.REFUSAL);
        }
        String digest = EmailAddress.bare(digestTo);
        if (digest != null && !EmailAddress.wellFormed(digest)) {
            problems.add(ChaseField.DIGEST_TO, digestTo, EmailAddress.REFUSAL);
        }
        problems.refuseIfAny();
        host = host.strip();
        account = Problems.blankToNull(account);
        from = sender;
        digestTo = digest;
    }

    /** Whether the relay asks for a sign-in (and so a password). */
    public boolean signsIn() {
        return account != null;
    }
}
