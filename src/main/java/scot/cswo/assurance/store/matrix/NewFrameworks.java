package scot.cswo.assurance.store.matrix;

import static scot.cswo.assurance.store.jooq.Tables.FRAMEWORK;

import java.time.LocalDate;
import org.jooq.DSLContext;
import scot.cswo.assurance.store.Conflicts;
import scot.cswo.assurance.store.ServerLock;
import scot.cswo.assurance.store.jooq.tables.records.FrameworkRecord;

/**
 * Frameworks are added (created, imported or copied) one at a time, and only on the view of the
 * frameworks the user decided on: two people importing at the same moment on a server get one new
 * framework, and the other is told whose it is.
 */
final class NewFrameworks {

    private NewFrameworks() {
    }

    /**
     * Call first in the transaction that adds a framework: waits for anyone else adding one, then
     * refuses if the newest framework is no longer the one the user saw.
     *
     * @param newestSeen the id of the newest framework when the user started; 0 for none
     * @param start      the new framework's tracking start, which no other framework may share
     */
    static void requireNoneAddedSince(DSLContext ctx, long newestSeen, LocalDate start) {
        requireNewestSeen(ctx, newestSeen);
        requireNoneStartingOn(ctx, start);
    }

    /** Waits for anyone else adding a framework, then refuses if one was added since {@code newestSeen}. */
    static void requireNewestSeen(DSLContext ctx, long newestSeen) {
        ServerLock.FRAMEWORKS.take(ctx);
        FrameworkRecord newest = ctx.selectFrom(FRAMEWORK).orderBy(FRAMEWORK.ID.desc()).limit(1).fetchOne();
        if (newest != null && newest.getId() != newestSeen) {
            throw Conflicts.addedSinceRead(ctx, "framework", newest.getId(), "The framework \"" + newest.getName()
                    + "\"");
        }
    }

    /** Refuses a second framework starting on {@code start}. */
    static void requireNoneStartingOn(DSLContext ctx, LocalDate start) {
        // Checked before saving too; here it holds against someone bringing in one for the same day meanwhile.
        FrameworkRecord sameDay = ctx.selectFrom(FRAMEWORK).where(FRAMEWORK.TRACKING_START.eq(start)).limit(1).fetchOne();
        if (sameDay != null) {
            throw Conflicts.addedSinceRead(ctx, "framework", sameDay.getId(), "The framework \"" + sameDay.getName()
                    + "\", in force from the same day,");
        }
    }
}
