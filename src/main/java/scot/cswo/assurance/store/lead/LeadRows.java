package scot.cswo.assurance.store.lead;

import static scot.cswo.assurance.store.jooq.Tables.LEAD_OFFICER;

import java.time.Instant;
import java.util.Locale;
import org.jooq.DSLContext;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.store.History;
import scot.cswo.assurance.store.jooq.tables.records.LeadOfficerRecord;

/** The one way a lead is added to the store, and read from it. */
public final class LeadRows {

    private LeadRows() {
    }

    /** Adds a lead, with its history entry; returns its id. */
    public static long insert(DSLContext ctx, String name, boolean role, String jobTitle, String windowsAccount,
                              String email, String account, Instant at) {
        long id = ctx.insertInto(LEAD_OFFICER).set(LEAD_OFFICER.NAME, name).set(LEAD_OFFICER.JOB_TITLE, jobTitle)
                .set(LEAD_OFFICER.WINDOWS_ACCOUNT, windowsAccount).set(LEAD_OFFICER.EMAIL, email)
                .set(LEAD_OFFICER.IS_ROLE, role)
                .returningResult(LEAD_OFFICER.ID).fetchSingle().value1();
        History.record(ctx, account, at, "lead", id, "added", null, name);
        return id;
    }

    /** The lead with this name (any case), added if new: a lead named on many rows is one person. */
    public static long idOf(DSLContext ctx, String name, boolean role, String account, Instant at) {
        return idOf(ctx, name, role, null, account, at);
    }

    /**
     * As {@link #idOf(DSLContext, String, boolean, String, Instant)}, giving the lead {@code email}
     * when it is not null (an imported framework's "Lead email"); a changed address is in the history.
     */
    public static long idOf(DSLContext ctx, String name, boolean role, String email, String account, Instant at) {
        LeadOfficerRecord existing = ctx.selectFrom(LEAD_OFFICER)
                .where(LEAD_OFFICER.NAME.lower().eq(name.toLowerCase(Locale.ROOT))).fetchOne();
        if (existing == null) {
            return insert(ctx, name, role, null, null, email, account, at);
        }
        if (email != null && !email.equalsIgnoreCase(existing.getEmail() == null ? "" : existing.getEmail())) {
            ctx.update(LEAD_OFFICER).set(LEAD_OFFICER.EMAIL, email).set(LEAD_OFFICER.VERSION, LEAD_OFFICER.VERSION.plus(1))
                    .where(LEAD_OFFICER.ID.eq(existing.getId())).execute();
            History.record(ctx, account, at, "lead", existing.getId(), "email", existing.getEmail(), email);
        }
        return existing.getId();
    }

    public static Lead lead(LeadOfficerRecord r) {
        return new Lead(r.getId(), r.getName(), r.getJobTitle(), r.getWindowsAccount(), r.getIsRole(), r.getEmail(),
                r.getActive(), r.getVersion());
    }
}
