package scot.cswo.assurance.service.chase;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.domain.chase.ChaseItem;
import scot.cswo.assurance.domain.chase.ChaseList;
import scot.cswo.assurance.domain.chase.ChasePlan;
import scot.cswo.assurance.domain.chase.ChaseRecord;
import scot.cswo.assurance.domain.chase.ChaseRepository;
import scot.cswo.assurance.domain.chase.CoveringText;
import scot.cswo.assurance.domain.chase.Digest;
import scot.cswo.assurance.domain.chase.LeadChase;
import scot.cswo.assurance.domain.chase.MailSettings;
import scot.cswo.assurance.domain.chase.NotChased;
import scot.cswo.assurance.domain.lead.LeadRepository;
import scot.cswo.assurance.domain.lead.Leads;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.domain.schedule.StatusBoard;
import scot.cswo.assurance.service.access.Actor;
import scot.cswo.assurance.service.action.ActionService;
import scot.cswo.assurance.service.schedule.StatusService;

/**
 * Chasing leads for evidence (issue 21): one message per lead listing their overdue and due-soon
 * mechanisms and overdue improvement actions, under the office's covering text; written as drafts
 * for the office's own mail program or sent through the council's relay; each chase recorded. And
 * the CSWO's weekly digest, as the same kind of message.
 */
public final class ChaseService {
    private final StatusService status;
    private final ActionService actions;
    private final LeadRepository leads;
    private final ChaseRepository chases;
    private final Actor actor;

    public ChaseService(StatusService status, ActionService actions, LeadRepository leads, ChaseRepository chases, Actor actor) {
        this.status = status;
        this.actions = actions;
        this.leads = leads;
        this.chases = chases;
        this.actor = actor;
    }

    /**
     * Who would be chased on {@code asOf} and for what; only {@code leadName}'s items when it is given
     * (refused if there is no such lead).
     */
    public ChasePlan plan(LocalDate asOf, String leadName) {
        List<Lead> all = leads.all();
        List<Lead> wanted = all;
        if (leadName != null) {
            wanted = List.of(Leads.named(all, leadName));
        }
        StatusBoard board = status.board(asOf);
        ChasePlan everyone = ChaseList.of(board, actions.list(), all);
        List<Long> ids = wanted.stream().map(Lead::id).toList();
        return new ChasePlan(asOf, everyone.toChase().stream().filter(c -> ids.contains(c.lead().id())).toList(),
                everyone.withoutAddress().stream().filter(c -> ids.contains(c.lead().id())).toList());
    }

    /**
     * Who would be chased on {@code asOf} for these mechanisms only: the rows a screen shows or the
     * user chose. Each lead's message lists only those of their items; leads left with none drop out.
     *
     * @param leadName    only this lead (My tasks: the lead whose tasks they are), or null for every lead
     * @param withActions whether each lead's overdue improvement actions are listed too (My tasks shows them)
     */
    public ChasePlan planFor(LocalDate asOf, Collection<Long> mechanismIds, String leadName, boolean withActions) {
        Set<Long> wanted = Set.copyOf(mechanismIds);
        ChasePlan everyone = plan(asOf, leadName);
        return new ChasePlan(asOf, only(everyone.toChase(), wanted, withActions),
                only(everyone.withoutAddress(), wanted, withActions));
    }

    private static List<LeadChase> only(List<LeadChase> chases, Set<Long> mechanismIds, boolean withActions) {
        return chases.stream().map(c -> new LeadChase(c.lead(), c.items().stream()
                        .filter(i -> i.kind() == ChaseItem.Kind.MECHANISM ? mechanismIds.contains(i.id()) : withActions)
                        .toList()))
                .filter(c -> !c.items().isEmpty()).toList();
    }

    /**
     * The overdue mechanisms on the board's date with no chase in the {@code days} days up to it: the
     * dashboard's "not chased lately" line.
     */
    public Set<Long> overdueNotChased(StatusBoard board, int days) {
        Instant since = board.asOf().minusDays(days - 1L).atStartOfDay(zone()).toInstant();
        return NotChased.overdue(board, chases.latestByMechanism(), since);
    }

    /** How many days without a chase the dashboard counts an overdue mechanism as not chased. */
    public int quietDays() {
        return chases.quietDays().orElse(NotChased.DEFAULT_DAYS);
    }

    public int saveQuietDays(int days) {
        actor.require(Role.EDITOR, "change how long the dashboard waits before an item counts as not chased");
        NotChased.check(days);
        chases.saveQuietDays(days, actor.account(), actor.now());
        return days;
    }

    /** The office's covering text, or the standard one until the office has written its own. */
    public CoveringText template() {
        return chases.template().orElse(CoveringText.STANDARD);
    }

    /** Keeps the office's covering text as the template for every later chase. */
    public CoveringText saveTemplate(String subject, String body) {
        actor.require(Role.EDITOR, "change the chase's covering text");
        CoveringText text = new CoveringText(subject, body);
        chases.saveTemplate(text, actor.account(), actor.now());
        return text;
    }

    public Optional<MailSettings> mailSettings() {
        return chases.mailSettings();
    }

    /** Sets up the council's relay; the password is never kept (it is asked for each time). */
    public void saveMailSettings(MailSettings settings) {
        actor.require(Role.ADMINISTRATOR, "set up the mail relay");
        chases.saveMailSettings(settings, actor.account(), actor.now());
    }

    /** Each mechanism's latest chase, for "Chased 02/12/2026 by …" on its rows. */
    public Map<Long, ChaseRecord> latestByMechanism() {
        return chases.latestByMechanism();
    }

    /** What a mechanism's rows say about its latest chase, if it has been chased. */
    public Optional<String> chasedPhrase(long mechanismId) {
        return Optional.ofNullable(chases.latestByMechanism().get(mechanismId)).map(c -> c.phrase(zone()));
    }

    /**
     * Writes one .eml draft per lead with an address and something to chase into {@code folder}
     * (created if missing), each recorded as a drafted chase; returns the files in the plan's order.
     */
    public List<Path> writeDrafts(ChasePlan plan, Path folder) {
        return writeDrafts(plan, folder, template());
    }

    /** As {@link #writeDrafts(ChasePlan, Path)}, under covering text the office edited for this chase. */
    public List<Path> writeDrafts(ChasePlan plan, Path folder, CoveringText covering) {
        actor.require(Role.EDITOR, "chase leads");
        Optional<MailSettings> relay = chases.mailSettings();
        InternetAddress from = relay.map(r -> Mail.address(r.from(), null)).orElse(null);
        Session session = Mail.draftSession();
        List<Path> written = new ArrayList<>();
        createFolder(folder);
        for (LeadChase chase : plan.toChase()) {
            Instant now = actor.now();
            MimeMessage message = Mail.message(session, from, recipient(chase.lead()),
                    MessageText.chase(chase, covering, plan.asOf()), now, true);
            Path file = folder.resolve(fileName("Chase " + chase.lead().name(), plan.asOf()));
            Mail.write(message, file);
            chases.record(chase.lead().id(), chase.lead().email(), ChaseRecord.How.DRAFT, chase.items(),
                    actor.account(), now);
            written.add(file);
        }
        return written;
    }

    /**
     * Sends each lead's chase through the relay, recording each once the relay has accepted it. If
     * the relay refuses or breaks off, the sentence says which chases went (and are recorded) and
     * that the rest did not; the one that failed is not recorded.
     */
    public int send(ChasePlan plan, char[] password) {
        return send(plan, password, template());
    }

    /** As {@link #send(ChasePlan, char[])}, under covering text the office edited for this chase. */
    public int send(ChasePlan plan, char[] password, CoveringText covering) {
        actor.require(Role.EDITOR, "chase leads");
        MailSettings relay = relay();
        Session session = Mail.relaySession(relay);
        InternetAddress from = Mail.address(relay.from(), null);
        List<String> sent = new ArrayList<>();
        try (Closing transport = new Closing(Mail.connect(session, relay, password))) {
            for (LeadChase chase : plan.toChase()) {
                Instant now = actor.now();
                MimeMessage message = Mail.message(session, from, recipient(chase.lead()),
                        MessageText.chase(chase, covering, plan.asOf()), now, false);
                try {
                    Mail.send(transport.transport, message);
                } catch (MessagingException e) {
                    throw new RefusedException(Mail.failure(relay, e, chase.lead().name() + " <" + chase.lead().email()
                            + ">") + " The chase to " + chase.lead().name() + " was not sent"
                            + (sent.isEmpty() ? "" : "; the chases to " + String.join(", ", sent)
                            + " were sent and are recorded") + ".");
                }
                chases.record(chase.lead().id(), chase.lead().email(), ChaseRecord.How.SENT, chase.items(),
                        actor.account(), now);
                sent.add(chase.lead().name());
            }
        }
        return sent.size();
    }

    /** The CSWO's position on {@code asOf}, with who has been chased in the week up to it. */
    public Digest digest(LocalDate asOf) {
        Instant weekAgo = asOf.minusDays(Digest.CHASED_DAYS - 1L).atStartOfDay(zone()).toInstant();
        Instant endOfDay = asOf.plusDays(1).atStartOfDay(zone()).toInstant();
        List<ChaseRecord> chased = chases.since(weekAgo).stream().filter(c -> c.at().isBefore(endOfDay)).toList();
        return Digest.of(status.board(asOf), actions.list(), chased);
    }

    /** Writes the digest as an .eml draft, to the digest's address when one is set up. */
    public Path writeDigestDraft(LocalDate asOf, Path folder) {
        Optional<MailSettings> relay = chases.mailSettings();
        MimeMessage message = Mail.message(Mail.draftSession(),
                relay.map(r -> Mail.address(r.from(), null)).orElse(null),
                relay.map(MailSettings::digestTo).map(to -> Mail.address(to, null)).orElse(null),
                MessageText.digest(digest(asOf), zone()), actor.now(), true);
        createFolder(folder);
        Path file = folder.resolve(fileName("Digest", asOf));
        Mail.write(message, file);
        return file;
    }

    /** Sends the digest through the relay to the address set up for it. */
    public void sendDigest(LocalDate asOf, char[] password) {
        MailSettings relay = digestRelay();
        Session session = Mail.relaySession(relay);
        MimeMessage message = Mail.message(session, Mail.address(relay.from(), null), Mail.address(relay.digestTo(), null),
                MessageText.digest(digest(asOf), zone()), actor.now(), false);
        try (Closing transport = new Closing(Mail.connect(session, relay, password))) {
            Mail.send(transport.transport, message);
        } catch (MessagingException e) {
            throw new RefusedException(Mail.failure(relay, e, relay.digestTo()) + " The digest was not sent.");
        }
    }

    /** The relay to send through; refused, before any password is asked for, when none is set up. */
    public MailSettings relay() {
        return chases.mailSettings().orElseThrow(() -> new RefusedException("No mail relay is set up, so nothing can"
                + " be sent; an administrator can set one up (on the command line: mail relay --host …), or write"
                + " drafts instead."));
    }

    /** The relay, which must also know where the digest goes. */
    public MailSettings digestRelay() {
        MailSettings relay = relay();
        if (relay.digestTo() == null) {
            throw new RefusedException("No address is set up for the digest, so it cannot be sent; an administrator"
                    + " can give one (on the command line: mail relay … --digest-to ADDRESS), or write a draft instead.");
        }
        return relay;
    }

    private static InternetAddress recipient(Lead lead) {
        return Mail.address(lead.email(), lead.name());
    }

    private ZoneId zone() {
        return actor.clock().getZone();
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "2026-12-07 Chase Siobhán Ó Briain.eml": the name kept, characters Windows refuses in names left out. */
    static String fileName(String what, LocalDate asOf) {
        return asOf + " " + what.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "").strip() + ".eml";
    }

    /** The relay's connection, closed after the last message whatever happened. */
    private record Closing(Transport transport) implements AutoCloseable {
        @Override
        public void close() {
            try {
                transport.close();
            } catch (MessagingException e) {
                // Every message it accepted has gone; a failed goodbye loses nothing.
            }
        }
    }
}
