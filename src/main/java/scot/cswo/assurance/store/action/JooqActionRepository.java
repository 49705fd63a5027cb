package scot.cswo.assurance.store.action;

import static scot.cswo.assurance.store.jooq.Tables.ACTION_NOTE;
import static scot.cswo.assurance.store.jooq.Tables.ACTION_REVISION;
import static scot.cswo.assurance.store.jooq.Tables.IMPROVEMENT_ACTION;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import scot.cswo.assurance.domain.DateFormats;
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
import scot.cswo.assurance.store.jooq.tables.records.ActionNoteRecord;
import scot.cswo.assurance.store.jooq.tables.records.ActionRevisionRecord;
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
                revision(ctx, id, a, at);
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
            History.record(ctx, account, at, ENTITY, id, "action", before.getTitle(), changed.title());
            History.record(ctx, account, at, ENTITY, id, "source", before.getSource(), changed.source().name());
            History.record(ctx, account, at, ENTITY, id, "lead", before.getLeadName(), changed.lead());
            History.record(ctx, account, at, ENTITY, id, "target date", before.getTargetDate(), changed.targetDate());
            History.record(ctx, account, at, ENTITY, id, "progress", before.getProgress(), changed.progress().name());
            revision(ctx, id, changed, at);
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

    @Override
    public TrackedAction correctNote(long noteId, ActionNote corrected, String reason, String account, Instant at) {
        return database.write(ctx -> {
            ActionNoteRecord earlier = currentNote(ctx, noteId);
            supersede(ctx, noteId, null);
            long id = insertNote(ctx, earlier.getActionId(), corrected, account, at);
            ctx.update(ACTION_NOTE).set(ACTION_NOTE.REPLACES_ID, noteId).set(ACTION_NOTE.CORRECTION_REASON, reason)
                    .where(ACTION_NOTE.ID.eq(id)).execute();
            long action = earlier.getActionId();
            History.record(ctx, account, at, ENTITY, action, "progress note corrected", describe(earlier), reason);
            History.record(ctx, account, at, ENTITY, action, "note date", DateFormats.display(earlier.getNoteDate()),
                    DateFormats.display(corrected.date()));
            History.record(ctx, account, at, ENTITY, action, "note", earlier.getNote(), corrected.text());
            History.record(ctx, account, at, ENTITY, action, "where the evidence is", earlier.getEvidence(),
                    corrected.evidence());
            return one(ctx, action);
        });
    }

    @Override
    public TrackedAction withdrawNote(long noteId, String reason, String account, Instant at) {
        return database.write(ctx -> {
            ActionNoteRecord earlier = currentNote(ctx, noteId);
            supersede(ctx, noteId, reason);
            History.record(ctx, account, at, ENTITY, earlier.getActionId(), "progress note withdrawn",
                    describe(earlier), reason);
            return one(ctx, earlier.getActionId());
        });
    }

    private static void note(DSLContext ctx, long actionId, ActionNote note, String account, Instant at) {
        insertNote(ctx, actionId, note, account, at);
        History.record(ctx, account, at, ENTITY, actionId, "progress note", null, DateFormats.display(note.date())
                + ": " + note.text());
    }

    private static long insertNote(DSLContext ctx, long actionId, ActionNote note, String account, Instant at) {
        return ctx.insertInto(ACTION_NOTE).set(ACTION_NOTE.ACTION_ID, actionId).set(ACTION_NOTE.NOTE_DATE, note.date())
                .set(ACTION_NOTE.NOTE, note.text()).set(ACTION_NOTE.EVIDENCE, note.evidence())
                .set(ACTION_NOTE.RECORDED_BY, account).set(ACTION_NOTE.RECORDED_AT, at.atOffset(ZoneOffset.UTC))
                .returningResult(ACTION_NOTE.ID).fetchSingle().value1();
    }

    private static ActionNoteRecord currentNote(DSLContext ctx, long noteId) {
        ActionNoteRecord note = ctx.fetchOne(ACTION_NOTE, ACTION_NOTE.ID.eq(noteId));
        if (note == null) {
            throw new RefusedException("There is no progress note " + noteId + ".");
        }
        if (note.getSuperseded()) {
            throw new RefusedException("That progress note has already been corrected or withdrawn; change its latest"
                    + " version instead.");
        }
        return note;
    }

    /** Marks a note superseded unless someone else did so since it was read, so no change is lost. */
    private static void supersede(DSLContext ctx, long noteId, String withdrawnReason) {
        int updated = ctx.update(ACTION_NOTE).set(ACTION_NOTE.SUPERSEDED, true)
                .set(ACTION_NOTE.WITHDRAWN_REASON, withdrawnReason).set(ACTION_NOTE.VERSION, ACTION_NOTE.VERSION.plus(1))
                .where(ACTION_NOTE.ID.eq(noteId).and(ACTION_NOTE.SUPERSEDED.isFalse())).execute();
        if (updated == 0) {
            throw Conflicts.changedSinceRead(ctx, "action note", noteId, "This progress note");
        }
    }

    private static String describe(ActionNoteRecord note) {
        return DateFormats.display(note.getNoteDate()) + ": " + note.getNote();
    }

    /** Keeps the action as it now is, from this moment, for documents about earlier dates. */
    private static void revision(DSLContext ctx, long actionId, ImprovementAction a, Instant at) {
        ctx.insertInto(ACTION_REVISION).set(ACTION_REVISION.ACTION_ID, actionId)
                .set(ACTION_REVISION.VALID_FROM, at.atOffset(ZoneOffset.UTC)).set(ACTION_REVISION.TITLE, a.title())
                .set(ACTION_REVISION.SOURCE, a.source().name()).set(ACTION_REVISION.LEAD_NAME, a.lead())
                .set(ACTION_REVISION.TARGET_DATE, a.targetDate()).set(ACTION_REVISION.PROGRESS, a.progress().name())
                .execute();
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
        Map<Long, List<ActionNote>> notes = notes(ctx, ACTION_NOTE.SUPERSEDED.isFalse());
        return ctx.selectFrom(IMPROVEMENT_ACTION).orderBy(IMPROVEMENT_ACTION.ID).fetch(r -> new TrackedAction(r.getId(),
                new ImprovementAction(r.getTitle(), ActionSource.valueOf(r.getSource()), r.getLeadName(),
                        r.getTargetDate(), ActionProgress.valueOf(r.getProgress())), r.getSourceRef(),
                notes.getOrDefault(r.getId(), List.of()), r.getVersion()));
    }

    @Override
    public List<TrackedAction> listAsAt(Instant end) {
        OffsetDateTime then = end.atOffset(ZoneOffset.UTC);
        return database.read(ctx -> {
            // A note corrected after then is shown as it was; one withdrawn after then, since then is unknown, is left out.
            var later = ACTION_NOTE.as("later");
            Map<Long, List<ActionNote>> notes = notes(ctx, ACTION_NOTE.RECORDED_AT.lt(then)
                    .and(ACTION_NOTE.WITHDRAWN_REASON.isNull())
                    .and(ACTION_NOTE.ID.notIn(DSL.select(later.REPLACES_ID).from(later)
                            .where(later.REPLACES_ID.isNotNull().and(later.RECORDED_AT.lt(then))))));
            Map<Long, ActionRevisionRecord> revisions = new HashMap<>();
            ctx.selectFrom(ACTION_REVISION).where(ACTION_REVISION.VALID_FROM.lt(then))
                    .orderBy(ACTION_REVISION.VALID_FROM, ACTION_REVISION.ID)
                    .forEach(r -> revisions.put(r.getActionId(), r));
            return ctx.selectFrom(IMPROVEMENT_ACTION).where(IMPROVEMENT_ACTION.CREATED_AT.lt(then))
                    .orderBy(IMPROVEMENT_ACTION.ID).fetch().stream().filter(r -> revisions.containsKey(r.getId()))
                    .map(r -> {
                        ActionRevisionRecord v = revisions.get(r.getId());
                        return new TrackedAction(r.getId(), new ImprovementAction(v.getTitle(),
                                ActionSource.valueOf(v.getSource()), v.getLeadName(), v.getTargetDate(),
                                ActionProgress.valueOf(v.getProgress())), r.getSourceRef(),
                                notes.getOrDefault(r.getId(), List.of()), r.getVersion());
                    }).toList();
        });
    }

    private static Map<Long, List<ActionNote>> notes(DSLContext ctx, Condition which) {
        Map<Long, List<ActionNote>> notes = new HashMap<>();
        ctx.selectFrom(ACTION_NOTE).where(which).orderBy(ACTION_NOTE.NOTE_DATE, ACTION_NOTE.ID).forEach(n -> notes
                .computeIfAbsent(n.getActionId(), k -> new ArrayList<>())
                .add(new ActionNote(n.getId(), n.getNoteDate(), n.getNote(), n.getEvidence(), n.getRecordedBy())));
        return notes;
    }
}
