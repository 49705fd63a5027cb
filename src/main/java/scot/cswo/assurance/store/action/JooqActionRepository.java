package scot.cswo.assurance.store.action;

import static scot.cswo.assurance.store.jooq.Tables.ACTION_NOTE;
import static scot.cswo.assurance.store.jooq.Tables.IMPROVEMENT_ACTION;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import scot.cswo.assurance.domain.action.ActionNote;
import scot.cswo.assurance.domain.action.ActionProgress;
import scot.cswo.assurance.domain.action.ActionRepository;
import scot.cswo.assurance.domain.action.ActionSource;
import scot.cswo.assurance.domain.action.ImprovementAction;
import scot.cswo.assurance.domain.action.TrackedAction;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.store.Conflicts;
import scot.cswo.assurance.store.Database;
import scot.cswo.assurance.store.History;
import scot.cswo.assurance.store.jooq.tables.records.ImprovementActionRecord;

/** Improvement actions and their progress notes in the relational store. */
public final class JooqActionRepository implements ActionRepository {
    private static final String ENTITY = "action";
    private final Database database;

    public JooqActionRepository(Database database) {
        this.database = database;
    }

    @Override
    public List<TrackedAction> list() {
        return database.read(JooqActionRepository::all);
    }

    @Override
    public List<TrackedAction> add(List<NewAction> actions, String account, Instant at) {
        return database.write(ctx -> {
            List<Long> ids = new ArrayList<>();
            for (NewAction added : actions) {
                ImprovementAction a = added.action();
                long id = ctx.insertInto(IMPROVEMENT_ACTION).set(IMPROVEMENT_ACTION.TITLE, a.title())
                        .set(IMPROVEMENT_ACTION.SOURCE, a.source().name())
                        .set(IMPROVEMENT_ACTION.SOURCE_REF, added.sourceRef() == null ? "" : added.sourceRef().strip())
                        .set(IMPROVEMENT_ACTION.LEAD_NAME, a.lead()).set(IMPROVEMENT_ACTION.TARGET_DATE, a.targetDate())
                        .set(IMPROVEMENT_ACTION.PROGRESS, a.progress().name())
                        .set(IMPROVEMENT_ACTION.CREATED_BY, account).set(IMPROVEMENT_ACTION.CREATED_AT, at.atOffset(
                                ZoneOffset.UTC))
                        .returningResult(IMPROVEMENT_ACTION.ID).fetchSingle().value1();
                History.record(ctx, account, at, ENTITY, id, "added", null, a.title());
                if (added.firstNote() != null) {
                    note(ctx, id, added.firstNote(), account, at);
                }
                ids.add(id);
            }
            return all(ctx).stream().filter(t -> ids.contains(t.id())).toList();
        });
    }

    @Override
    public TrackedAction update(long id, int expectedVersion, ImprovementAction changed, String account, Instant at) {
        return database.write(ctx -> {
            ImprovementActionRecord before = find(ctx, id);
            int updated = ctx.update(IMPROVEMENT_ACTION).set(IMPROVEMENT_ACTION.TITLE, changed.title())
                    .set(IMPROVEMENT_ACTION.SOURCE, changed.source().name())
                    .set(IMPROVEMENT_ACTION.LEAD_NAME, changed.lead())
                    .set(IMPROVEMENT_ACTION.TARGET_DATE, changed.targetDate())
                    .set(IMPROVEMENT_ACTION.PROGRESS, changed.progress().name())
                    .set(IMPROVEMENT_ACTION.VERSION, expectedVersion + 1)
                    .where(IMPROVEMENT_ACTION.ID.eq(id).and(IMPROVEMENT_ACTION.VERSION.eq(expectedVersion))).execute();
            if (updated == 0) {
                throw Conflicts.changedSinceRead(ctx, ENTITY, id, "This action");
            }
            History.changed(ctx, account, at, ENTITY, id, "action", before.getTitle(), changed.title());
            History.changed(ctx, account, at, ENTITY, id, "source", before.getSource(), changed.source().name());
            History.changed(ctx, account, at, ENTITY, id, "lead", before.getLeadName(), changed.lead());
            History.changed(ctx, account, at, ENTITY, id, "target date", before.getTargetDate(), changed.targetDate());
            History.changed(ctx, account, at, ENTITY, id, "progress", before.getProgress(), changed.progress().name());
            return one(ctx, id);
        });
    }

    @Override
    public TrackedAction addNote(long id, ActionNote note, String account, Instant at) {
        return database.write(ctx -> {
            find(ctx, id);
            note(ctx, id, note, account, at);
            return one(ctx, id);
        });
    }

    private static void note(DSLContext ctx, long actionId, ActionNote note, String account, Instant at) {
        ctx.insertInto(ACTION_NOTE).set(ACTION_NOTE.ACTION_ID, actionId).set(ACTION_NOTE.NOTE_DATE, note.date())
                .set(ACTION_NOTE.NOTE, note.text()).set(ACTION_NOTE.EVIDENCE, note.evidence())
                .set(ACTION_NOTE.RECORDED_BY, account).set(ACTION_NOTE.RECORDED_AT, at.atOffset(ZoneOffset.UTC))
                .execute();
        History.record(ctx, account, at, ENTITY, actionId, "progress note", null, note.date().toString());
    }

    private static ImprovementActionRecord find(DSLContext ctx, long id) {
        ImprovementActionRecord found = ctx.fetchOne(IMPROVEMENT_ACTION, IMPROVEMENT_ACTION.ID.eq(id));
        if (found == null) {
            throw new RefusedException("That action no longer exists.");
        }
        return found;
    }

    private static TrackedAction one(DSLContext ctx, long id) {
        return all(ctx).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
    }

    private static List<TrackedAction> all(DSLContext ctx) {
        Map<Long, List<ActionNote>> notes = new HashMap<>();
        ctx.selectFrom(ACTION_NOTE).orderBy(ACTION_NOTE.NOTE_DATE, ACTION_NOTE.ID).forEach(n -> notes
                .computeIfAbsent(n.getActionId(), k -> new ArrayList<>())
                .add(new ActionNote(n.getNoteDate(), n.getNote(), n.getEvidence(), n.getRecordedBy())));
        return ctx.selectFrom(IMPROVEMENT_ACTION).orderBy(IMPROVEMENT_ACTION.ID).fetch(r -> new TrackedAction(r.getId(),
                new ImprovementAction(r.getTitle(), ActionSource.valueOf(r.getSource()), r.getLeadName(),
                        r.getTargetDate(), ActionProgress.valueOf(r.getProgress())), r.getSourceRef(),
                notes.getOrDefault(r.getId(), List.of()), r.getVersion()));
    }
}
