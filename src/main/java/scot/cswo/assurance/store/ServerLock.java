package scot.cswo.assurance.store;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * Changes that look at the whole database before they write, taken one at a time across every PC
 * sharing a server. Each is a PostgreSQL advisory lock held until the transaction that takes it
 * ends, so the check and the write it guards are one step for everyone else. An embedded database
 * needs none: one program has the file, and {@link Database} runs one transaction at a time.
 */
public enum ServerLock {
    /** Creating, importing or copying a framework. */
    FRAMEWORKS(1),
    /** Making the first account to open a new database its administrator. */
    FIRST_ADMINISTRATOR(2),
    /** Saving the report's own content, whose first save has no row yet for two savers to queue on. */
    REPORT(3);

    /** Ours among the advisory locks other programs may take in the same database ("CSWA"). */
    private static final int APP = 0x43535741;

    private final int key;

    ServerLock(int key) {
        this.key = key;
    }

    /** Waits for any other transaction holding this lock to end; call first inside {@link Database#write}. */
    public void take(DSLContext ctx) {
        if (ctx.dialect().family() == SQLDialect.POSTGRES) {
            ctx.fetch("select pg_advisory_xact_lock(?, ?)", APP, key);
        }
    }
}
