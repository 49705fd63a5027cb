package scot.cswo.assurance.store;

import static scot.cswo.assurance.store.jooq.Tables.CHANGE_HISTORY;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.jooq.DSLContext;

/**
 * The append-only change history. Entries are written inside the transaction of the change they
 * describe, so a change that rolls back leaves no entry and no change goes unrecorded.
 */
public final class History {
    private static final int MAX_VALUE = 4000;

    private History() {
    }

    /** Records a change; a value saved as it was is no change, so it leaves no entry. */
    public static void record(DSLContext ctx, String account, Instant at, String entity, Long entityId, String field,
                              Object oldValue, Object newValue) {
        String was = text(oldValue);
        String now = text(newValue);
        if (Objects.equals(was, now)) {
            return;
        }
        ctx.insertInto(CHANGE_HISTORY)
                .set(CHANGE_HISTORY.CHANGED_AT, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .set(CHANGE_HISTORY.ACCOUNT, account)
                .set(CHANGE_HISTORY.ENTITY, entity)
                .set(CHANGE_HISTORY.ENTITY_ID, entityId)
                .set(CHANGE_HISTORY.FIELD, field)
                .set(CHANGE_HISTORY.OLD_VALUE, was)
                .set(CHANGE_HISTORY.NEW_VALUE, now)
                .execute();
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return text.length() <= MAX_VALUE ? text : text.substring(0, MAX_VALUE - 1) + "…";
    }
}
