package scot.cswo.assurance.store.matrix;

import static scot.cswo.assurance.store.jooq.Tables.CHANGE_HISTORY;
import static scot.cswo.assurance.store.jooq.Tables.CHASE_ITEM;
import static scot.cswo.assurance.store.jooq.Tables.EVIDENCE;
import static scot.cswo.assurance.store.jooq.Tables.EXCEPTION_NOTE;
import static scot.cswo.assurance.store.jooq.Tables.FRAMEWORK;
import static scot.cswo.assurance.store.jooq.Tables.FRAMEWORK_SETTING;
import static scot.cswo.assurance.store.jooq.Tables.IMPROVEMENT_ACTION;
import static scot.cswo.assurance.store.jooq.Tables.MATRIX_ROW;
import static scot.cswo.assurance.store.jooq.Tables.MECHANISM;
import static scot.cswo.assurance.store.jooq.Tables.MECHANISM_FREQUENCY;
import static scot.cswo.assurance.store.jooq.Tables.MECHANISM_LEAD;
import static scot.cswo.assurance.store.jooq.Tables.MEETING;
import static scot.cswo.assurance.store.jooq.Tables.REPORT_CHAPTER;
import static scot.cswo.assurance.store.jooq.Tables.REPORT_PICTURE;
import static scot.cswo.assurance.store.jooq.Tables.REPORT_TEXT;
import static scot.cswo.assurance.store.jooq.Tables.RESOURCE_LINE;
import static scot.cswo.assurance.store.jooq.Tables.STATUTORY_FUNCTION;

import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Select;
import scot.cswo.assurance.domain.action.ActionSource;
import scot.cswo.assurance.domain.matrix.RecordsHeld;

/**
 * Counting what is recorded against a framework, and removing a framework that holds nothing (see
 * {@link scot.cswo.assurance.domain.matrix.UntouchedStarter}, which decides when that may happen).
 */
final class StarterFrameworks {

    private StarterFrameworks() {
    }

    /** Every table that refers to a framework or to its functions, mechanisms or rows, counted. */
    static RecordsHeld recordsHeld(DSLContext ctx, long frameworkId) {
        Select<Record1<Long>> mechanisms = ctx.select(MECHANISM.ID).from(MECHANISM)
                .where(MECHANISM.FRAMEWORK_ID.eq(frameworkId));
        Select<Record1<Long>> functions = ctx.select(STATUTORY_FUNCTION.ID).from(STATUTORY_FUNCTION)
                .where(STATUTORY_FUNCTION.FRAMEWORK_ID.eq(frameworkId));
        Select<Record1<Long>> rows = ctx.select(MATRIX_ROW.ID).from(MATRIX_ROW)
                .where(MATRIX_ROW.FRAMEWORK_ID.eq(frameworkId));
        int edits = ctx.fetchCount(CHANGE_HISTORY, CHANGE_HISTORY.ENTITY.eq("framework")
                .and(CHANGE_HISTORY.ENTITY_ID.eq(frameworkId)).and(CHANGE_HISTORY.FIELD.ne("created"))
                .or(CHANGE_HISTORY.ENTITY.eq("function").and(CHANGE_HISTORY.ENTITY_ID.in(functions)))
                .or(CHANGE_HISTORY.ENTITY.in("mechanism", "exception_note").and(CHANGE_HISTORY.ENTITY_ID.in(mechanisms)))
                .or(CHANGE_HISTORY.ENTITY.eq("row").and(CHANGE_HISTORY.ENTITY_ID.in(rows)))
                .or(CHANGE_HISTORY.ENTITY.in("report_text", "report_picture", "setting")
                        .and(CHANGE_HISTORY.ENTITY_ID.eq(frameworkId))))
                // A frequency changed from a date keeps the earlier one here.
                + ctx.fetchCount(MECHANISM_FREQUENCY, MECHANISM_FREQUENCY.MECHANISM_ID.in(mechanisms));
        int reportContent = ctx.fetchCount(REPORT_TEXT, REPORT_TEXT.FRAMEWORK_ID.eq(frameworkId))
                + ctx.fetchCount(REPORT_PICTURE, REPORT_PICTURE.FRAMEWORK_ID.eq(frameworkId))
                + ctx.fetchCount(REPORT_CHAPTER, REPORT_CHAPTER.FRAMEWORK_ID.eq(frameworkId))
                + ctx.fetchCount(RESOURCE_LINE, RESOURCE_LINE.FRAMEWORK_ID.eq(frameworkId))
                + ctx.fetchCount(FRAMEWORK_SETTING, FRAMEWORK_SETTING.FRAMEWORK_ID.eq(frameworkId));
        return new RecordsHeld(
                ctx.fetchCount(EVIDENCE, EVIDENCE.MECHANISM_ID.in(mechanisms)),
                ctx.fetchCount(EXCEPTION_NOTE, EXCEPTION_NOTE.MECHANISM_ID.in(mechanisms)),
                // An action names the row it was raised from by its ref, not by a key: any raised from a
                // matrix counts while this is the only framework there is.
                ctx.fetchCount(IMPROVEMENT_ACTION, IMPROVEMENT_ACTION.SOURCE.eq(ActionSource.MATRIX_EXCEPTION.name())),
                // Meetings are the council's, not a framework's; while there is one framework they are its.
                ctx.fetchCount(MEETING),
                edits,
                ctx.fetchCount(CHASE_ITEM, CHASE_ITEM.MECHANISM_ID.in(mechanisms)),
                reportContent);
    }

    /** Deletes a framework and its matrix; only ever called for one that holds no records. */
    static void remove(DSLContext ctx, long frameworkId) {
        var ofFramework = ctx.select(MECHANISM.ID).from(MECHANISM).where(MECHANISM.FRAMEWORK_ID.eq(frameworkId));
        ctx.deleteFrom(MECHANISM_LEAD).where(MECHANISM_LEAD.MECHANISM_ID.in(ofFramework)).execute();
        ctx.deleteFrom(MATRIX_ROW).where(MATRIX_ROW.FRAMEWORK_ID.eq(frameworkId)).execute();
        ctx.deleteFrom(STATUTORY_FUNCTION).where(STATUTORY_FUNCTION.FRAMEWORK_ID.eq(frameworkId)).execute();
        ctx.deleteFrom(MECHANISM).where(MECHANISM.FRAMEWORK_ID.eq(frameworkId)).execute();
        ctx.deleteFrom(FRAMEWORK).where(FRAMEWORK.ID.eq(frameworkId)).execute();
    }
}
