package scot.cswo.assurance.service.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import scot.cswo.assurance.domain.access.AccountNames;
import scot.cswo.assurance.domain.access.NotAllowedException;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.domain.access.RoleRepository;
import scot.cswo.assurance.domain.lead.LeadRepository;
import scot.cswo.assurance.domain.lead.Recorder;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.problem.RefusedException;

/**
 * Who may do what, checked by the services themselves (not only by hiding buttons). An account's
 * role is the one an administrator granted; otherwise Lead if it is linked to a lead, else Viewer.
 */
public final class Access {
    private final RoleRepository roles;
    private final LeadRepository leads;
    private final Identity identity;
    private final Clock clock;

    public Access(RoleRepository roles, LeadRepository leads, Identity identity, Clock clock) {
        this.roles = roles;
        this.leads = leads;
        this.identity = identity;
        this.clock = clock;
    }

    /** The first account to open a new database becomes its administrator (only an account the system named). */
    public void welcomeFirstAccount() {
        if (identity.known()) {
            roles.grantFirstAdministrator(identity.account(), clock.instant());
        }
    }

    public Identity identity() {
        return identity;
    }

    /** True on a server set up to enforce roles itself: each person's own login can do no more (ADR 15). */
    public boolean enforcedByServer() {
        return roles.enforcedByServer();
    }

    public Role role() {
        if (!identity.known()) {
            return Role.VIEWER;
        }
        return granted(identity.account()).orElseGet(() -> myLead().isPresent() ? Role.LEAD : Role.VIEWER);
    }

    /** The lead whose account is the signed-in person's, however it was written (ADR 22). */
    public Optional<Lead> myLead() {
        return identity.known() ? leads.all().stream().filter(l -> identity.is(l.windowsAccount())).findFirst()
                : Optional.empty();
    }

    /**
     * The role granted to an account: under its own spelling, else under another way of writing it
     * ("jsmith" for COUNCIL\jsmith). Where such spellings disagree, the lowest: a name that fits two
     * grants never raises anyone. On a server that enforces roles, the login's own.
     */
    private Optional<Role> granted(String account) {
        if (roles.enforcedByServer()) {
            return roles.roleOf(account);
        }
        AccountNames names = identity.names();
        Map<String, Role> all = roles.all();
        String key = names.canonical(account);
        Comparator<Role> rank = Comparator.naturalOrder();
        return all.entrySet().stream().filter(g -> names.canonical(g.getKey()).equals(key)).map(Map.Entry::getValue)
                .min(rank).or(() -> all.entrySet().stream().filter(g -> names.samePerson(g.getKey(), account))
                        .map(Map.Entry::getValue).min(rank));
    }

    /** Refuses unless the signed-in account's role is at least {@code minimum}. */
    public void require(Role minimum, String action) {
        if (minimum != Role.VIEWER) {
            requireKnownAccount(action);
        }
        Role role = role();
        if (!role.atLeast(minimum)) {
            throw new NotAllowedException("Your account " + identity.account() + " is " + article(role) + " "
                    + role.label() + ", so it may not " + action + ". An administrator can change your role.");
        }
    }

    /** Refuses when the operating system did not say who is signed in: nothing may be changed then. */
    public void requireKnownAccount(String action) {
        if (!identity.known()) {
            throw new NotAllowedException("CSWO Assurance could not read from the operating system which account is"
                    + " signed in, so it may not " + action + "; only reading is possible.");
        }
    }

    /**
     * Evidence for a mechanism: editors and administrators for any; a lead for their own mechanisms
     * and for those of leads they deputise for today.
     */
    public void requireEvidence(Mechanism mechanism) {
        if (role().atLeast(Role.EDITOR)) {
            return;
        }
        require(Role.LEAD, "record evidence");
        if (!recorder(mechanism).allowed()) {
            throw new NotAllowedException("You can record evidence only for mechanisms you lead or cover; "
                    + mechanism.description() + " is led by " + mechanism.leadNames() + ".");
        }
    }

    /** Whether {@link #requireEvidence} would let the signed-in account record for a mechanism. */
    public boolean mayRecordEvidence(Mechanism mechanism) {
        Role role = role();
        return role.atLeast(Role.EDITOR) || role.atLeast(Role.LEAD) && recorder(mechanism).allowed();
    }

    /** The signed-in account as a lead recording for a mechanism today. */
    public Recorder recorder(Mechanism mechanism) {
        return Recorder.of(myLead(), mechanism, leads.absences(), LocalDate.now(clock));
    }

    /** A lead may mark themselves away; marking anyone else needs an editor. */
    public void requireAbsenceFor(Lead lead) {
        requireKnownAccount("record an absence");
        Optional<Lead> me = myLead();
        if (me.isPresent() && me.get().id() == lead.id()) {
            return;
        }
        require(Role.EDITOR, "record another lead's absence");
    }

    public Map<String, Role> roles() {
        require(Role.ADMINISTRATOR, "see who has which role");
        return roles.all();
    }

    /**
     * Grants a role; the last administrator cannot be removed, so the database is never locked out.
     * The account is kept in one spelling (lower case, a sign-in name of this domain as DOMAIN\\name),
     * so the same person granted twice has one grant.
     */
    public void grant(String typed, Role role) {
        require(Role.ADMINISTRATOR, "grant roles");
        if (typed == null || typed.isBlank()) {
            throw new RefusedException("Give the Windows account, such as COUNCIL\\jsmith.");
        }
        String account = roles.enforcedByServer() ? typed.strip() : identity.names().canonical(typed);
        boolean removesLastAdministrator = role != Role.ADMINISTRATOR
                && granted(account).orElse(null) == Role.ADMINISTRATOR
                && roles.all().values().stream().filter(r -> r == Role.ADMINISTRATOR).count() == 1;
        if (removesLastAdministrator) {
            throw new RefusedException(account + " is the only administrator; make someone else an administrator first.");
        }
        roles.grant(account, role, identity.account(), clock.instant());
    }

    private static String article(Role role) {
        return role == Role.ADMINISTRATOR || role == Role.EDITOR ? "an" : "a";
    }
}
