package scot.cswo.assurance.store.lead;

import static scot.cswo.assurance.store.jooq.Tables.LEAD_ABSENCE;
import static scot.cswo.assurance.store.jooq.Tables.LEAD_OFFICER;
import static scot.cswo.assurance.store.jooq.Tables.MECHANISM;
import static scot.cswo.assurance.store.jooq.Tables.MECHANISM_LEAD;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import scot.cswo.assurance.domain.access.AccountNames;
import scot.cswo.assurance.domain.lead.Absence;
import scot.cswo.assurance.domain.lead.LeadRepository;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.matrix.MatrixDraftBuilder;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.store.Conflicts;
import scot.cswo.assurance.store.Database;
import scot.cswo.assurance.store.History;
import scot.cswo.assurance.store.jooq.tables.records.LeadOfficerRecord;

/** Leads, their sign-in accounts and absences in the relational store. */
public final class JooqLeadRepository implements LeadRepository {
    private final Database database;

    public JooqLeadRepository(Database database) {
        this.database = database;
    }

    @Override
    public List<Lead> all() {
        return database.read(JooqLeadRepository::leads);
    }

    @Override
    public Lead claimAccount(long leadId, String account, Instant at) {
        return database.write(ctx -> {
            LeadOfficerRecord lead = ctx.fetchOne(LEAD_OFFICER, LEAD_OFFICER.ID.eq(leadId));
            if (lead == null) {
                throw new RefusedException("That lead no longer exists.");
            }
            if (lead.getWindowsAccount() != null && !lead.getWindowsAccount().isBlank()) {
                throw new RefusedException(lead.getName() + " is already linked to the account "
                        + lead.getWindowsAccount() + "; an administrator can change it.");
            }
            leads(ctx).stream().filter(l -> AccountNames.UNKNOWN.samePerson(l.windowsAccount(), account)).findFirst().ifPresent(other -> {
                throw new RefusedException("The account " + account + " is already linked to " + other.name() + ".");
            });
            ctx.update(LEAD_OFFICER).set(LEAD_OFFICER.WINDOWS_ACCOUNT, account)
                    .set(LEAD_OFFICER.ACCOUNT_CLAIMED_AT, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                    .set(LEAD_OFFICER.VERSION, LEAD_OFFICER.VERSION.plus(1))
                    .where(LEAD_OFFICER.ID.eq(leadId)).execute();
            History.record(ctx, account, at, "lead", leadId, "windows_account", null, account);
            return LeadRows.lead(ctx.fetchSingle(LEAD_OFFICER, LEAD_OFFICER.ID.eq(leadId)));
        });
    }

    @Override
    public Lead add(String name, String jobTitle, String windowsAccount, String email, String account, Instant at) {
        return database.write(ctx -> {
            if (ctx.fetchExists(LEAD_OFFICER, LEAD_OFFICER.NAME.lower().eq(name.toLowerCase(Locale.ROOT)))) {
                throw new RefusedException("There is already a lead called " + name + ".");
            }
            long id = LeadRows.insert(ctx, name, MatrixDraftBuilder.looksLikeRole(name), jobTitle, windowsAccount,
                    email, account, at);
            return LeadRows.lead(ctx.fetchSingle(LEAD_OFFICER, LEAD_OFFICER.ID.eq(id)));
        });
    }

    @Override
    public Lead update(Lead lead, String account, Instant at) {
        return database.write(ctx -> {
            LeadOfficerRecord before = ctx.fetchOne(LEAD_OFFICER, LEAD_OFFICER.ID.eq(lead.id()));
            if (before == null) {
                throw new RefusedException("That lead no longer exists.");
            }
            boolean nameTaken = ctx.fetchExists(LEAD_OFFICER, LEAD_OFFICER.NAME.lower()
                    .eq(lead.name().toLowerCase(Locale.ROOT)).and(LEAD_OFFICER.ID.ne(lead.id())));
            if (nameTaken) {
                throw new RefusedException("There is already a lead called " + lead.name() + ".");
            }
            int updated = ctx.update(LEAD_OFFICER).set(LEAD_OFFICER.NAME, lead.name())
                    .set(LEAD_OFFICER.JOB_TITLE, lead.jobTitle()).set(LEAD_OFFICER.WINDOWS_ACCOUNT, lead.windowsAccount())
                    .set(LEAD_OFFICER.EMAIL, lead.email()).set(LEAD_OFFICER.ACTIVE, lead.active())
                    .set(LEAD_OFFICER.VERSION, LEAD_OFFICER.VERSION.plus(1))
                    .where(LEAD_OFFICER.ID.eq(lead.id()).and(LEAD_OFFICER.VERSION.eq(lead.version()))).execute();
            if (updated == 0) {
                throw Conflicts.changedSinceRead(ctx, "lead", lead.id(), "This lead");
            }
            Lead old = LeadRows.lead(before);
            History.record(ctx, account, at, "lead", lead.id(), "name", old.name(), lead.name());
            History.record(ctx, account, at, "lead", lead.id(), "job_title", old.jobTitle(), lead.jobTitle());
            History.record(ctx, account, at, "lead", lead.id(), "windows_account", old.windowsAccount(), lead.windowsAccount());
            History.record(ctx, account, at, "lead", lead.id(), "email", old.email(), lead.email());
            History.record(ctx, account, at, "lead", lead.id(), "active", old.active(), lead.active());
            return LeadRows.lead(ctx.fetchSingle(LEAD_OFFICER, LEAD_OFFICER.ID.eq(lead.id())));
        });
    }

    @Override
    public int reassign(long leaverId, long successorId, String account, Instant at) {
        return database.write(ctx -> {
            String leaver = ctx.select(LEAD_OFFICER.NAME).from(LEAD_OFFICER).where(LEAD_OFFICER.ID.eq(leaverId))
                    .fetchOne(LEAD_OFFICER.NAME);
            String successor = ctx.select(LEAD_OFFICER.NAME).from(LEAD_OFFICER).where(LEAD_OFFICER.ID.eq(successorId))
                    .fetchOne(LEAD_OFFICER.NAME);
            if (leaver == null || successor == null) {
                throw new RefusedException("That lead no longer exists.");
            }
            List<Long> mechanisms = ctx.select(MECHANISM_LEAD.MECHANISM_ID).from(MECHANISM_LEAD)
                    .where(MECHANISM_LEAD.LEAD_ID.eq(leaverId)).fetch(MECHANISM_LEAD.MECHANISM_ID);
            for (long mechanism : mechanisms) {
                boolean successorAlready = ctx.fetchExists(MECHANISM_LEAD, MECHANISM_LEAD.MECHANISM_ID.eq(mechanism)
                        .and(MECHANISM_LEAD.LEAD_ID.eq(successorId)));
                if (successorAlready) {
                    ctx.deleteFrom(MECHANISM_LEAD).where(MECHANISM_LEAD.MECHANISM_ID.eq(mechanism)
                            .and(MECHANISM_LEAD.LEAD_ID.eq(leaverId))).execute();
                } else {
                    ctx.update(MECHANISM_LEAD).set(MECHANISM_LEAD.LEAD_ID, successorId)
                            .where(MECHANISM_LEAD.MECHANISM_ID.eq(mechanism).and(MECHANISM_LEAD.LEAD_ID.eq(leaverId)))
                            .execute();
                }
                ctx.update(MECHANISM).set(MECHANISM.VERSION, MECHANISM.VERSION.plus(1))
                        .where(MECHANISM.ID.eq(mechanism)).execute();
                History.record(ctx, account, at, "mechanism", mechanism, "leads", leaver,
                        successor + " (took over from " + leaver + ")");
            }
            ctx.update(LEAD_OFFICER).set(LEAD_OFFICER.ACTIVE, false).set(LEAD_OFFICER.VERSION, LEAD_OFFICER.VERSION.plus(1))
                    .where(LEAD_OFFICER.ID.eq(leaverId)).execute();
            History.record(ctx, account, at, "lead", leaverId, "active", true, false);
            return mechanisms.size();
        });
    }

    @Override
    public List<Absence> absences() {
        return database.read(ctx -> {
            Map<Long, Lead> leads = leads(ctx).stream().collect(Collectors.toMap(Lead::id, Function.identity()));
            return ctx.selectFrom(LEAD_ABSENCE).orderBy(LEAD_ABSENCE.STARTS_ON).fetch(r -> new Absence(r.getId(),
                    leads.get(r.getLeadId()), leads.get(r.getDeputyLeadId()), r.getStartsOn(), r.getEndsOn()));
        });
    }

    @Override
    public Absence addAbsence(long leadId, long deputyLeadId, LocalDate from, LocalDate to, String account, Instant at) {
        long id = database.write(ctx -> {
            long absence = ctx.insertInto(LEAD_ABSENCE).set(LEAD_ABSENCE.LEAD_ID, leadId)
                    .set(LEAD_ABSENCE.DEPUTY_LEAD_ID, deputyLeadId).set(LEAD_ABSENCE.STARTS_ON, from)
                    .set(LEAD_ABSENCE.ENDS_ON, to).set(LEAD_ABSENCE.RECORDED_BY, account)
                    .set(LEAD_ABSENCE.RECORDED_AT, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                    .returningResult(LEAD_ABSENCE.ID).fetchSingle().value1();
            History.record(ctx, account, at, "absence", absence, "added", null,
                    "lead " + leadId + " away " + from + " to " + to + ", deputy " + deputyLeadId);
            return absence;
        });
        return absences().stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    private static List<Lead> leads(DSLContext ctx) {
        return ctx.selectFrom(LEAD_OFFICER).orderBy(LEAD_OFFICER.NAME).fetch(LeadRows::lead);
    }
}
