package scot.cswo.assurance.store;

import static scot.cswo.assurance.store.jooq.Tables.CHANGE_HISTORY;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jooq.DSLContext;
import scot.cswo.assurance.domain.access.ConflictException;

/** Refusing a save based on an out-of-date version, saying who changed the item and when. */
public final class Conflicts {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'on' dd/MM/yyyy");

    private Conflicts() {
    }

    /** "14:05 on 22/11/2026", in the computer's time zone. */
    public static String when(OffsetDateTime at) {
        return WHEN.format(at.atZoneSameInstant(ZoneId.systemDefault()));
    }

    public static ConflictException changedSinceRead(DSLContext ctx, String entity, long id, String what) {
        return new ConflictException(what + " was changed by " + lastChangedBy(ctx, entity, id) + " after you opened"
                + " it, so your change was not saved. Reload to see their change, then make yours again.");
    }

    /** Refuses a change made on a view of the database that someone else has since added to. */
    public static ConflictException addedSinceRead(DSLContext ctx, String entity, long id, String what) {
        return new ConflictException(what + " was added by " + lastChangedBy(ctx, entity, id) + " after you"
                + " started, so nothing was changed. Look at it first, then try again if you still need to.");
    }

    private static String lastChangedBy(DSLContext ctx, String entity, long id) {
        var last = ctx.select(CHANGE_HISTORY.ACCOUNT, CHANGE_HISTORY.CHANGED_AT).from(CHANGE_HISTORY)
                .where(CHANGE_HISTORY.ENTITY.eq(entity).and(CHANGE_HISTORY.ENTITY_ID.eq(id)))
                .orderBy(CHANGE_HISTORY.ID.desc()).limit(1).fetchOne();
        return last == null ? "someone else" : last.value1() + " at " + when(last.value2());
    }
}
