package scot.cswo.assurance.store.evidence;

import static scot.cswo.assurance.store.jooq.Tables.EVIDENCE;
import static scot.cswo.assurance.store.jooq.Tables.EVIDENCE_ATTACHMENT;
import static scot.cswo.assurance.store.jooq.Tables.LEAD_OFFICER;
import static scot.cswo.assurance.store.jooq.Tables.MECHANISM;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.UpdateSetMoreStep;
import org.jooq.impl.DSL;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.evidence.Attachment;
import scot.cswo.assurance.domain.evidence.Conclusion;
import scot.cswo.assurance.domain.evidence.Evidence;
import scot.cswo.assurance.domain.evidence.EvidenceKind;
import scot.cswo.assurance.domain.evidence.EvidenceRepository;
import scot.cswo.assurance.domain.evidence.NewEvidence;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.domain.schedule.EvidenceSummary;
import scot.cswo.assurance.store.Conflicts;
import scot.cswo.assurance.store.Database;
import scot.cswo.assurance.store.History;
import scot.cswo.assurance.store.jooq.tables.records.EvidenceRecord;

/** Evidence in the relational store, with each mechanism's latest evidence date kept alongside. */
public final class JooqEvidenceRepository implements EvidenceRepository {
    private static final String ENTITY = "evidence";
    private final Database database;

    public JooqEvidenceRepository(Database database) {
        this.database = database;
    }

    @Override
    public Evidence add(NewEvidence evidence, String account, Instant at) {
        return database.write(ctx -> {
            long id = insert(ctx, evidence, null, account, at);
            History.record(ctx, account, at, ENTITY, id, "recorded", null, describe(evidence));
            return load(ctx, id);
        });
    }

    @Override
    public Evidence correct(long id, NewEvidence replacement, String reason, String account, Instant at) {
        return database.write(ctx -> {
            Record earlier = current(ctx, id);
            supersede(ctx, id, ctx.update(EVIDENCE).set(EVIDENCE.SUPERSEDED, true));
            long newId = insert(ctx, replacement, id, account, at);
            ctx.update(EVIDENCE).set(EVIDENCE.CORRECTION_REASON, reason).where(EVIDENCE.ID.eq(newId)).execute();
            refreshLatest(ctx, earlier.get(EVIDENCE.MECHANISM_ID));
            History.record(ctx, account, at, ENTITY, newId, "corrected", "record " + id, reason);
            changed(ctx, account, at, newId, "activity date", display(earlier.get(EVIDENCE.ACTIVITY_DATE)),
                    display(replacement.date()));
            changed(ctx, account, at, newId, "what", earlier.get(EVIDENCE.NOTE), replacement.note());
            changed(ctx, account, at, newId, "reference", earlier.get(EVIDENCE.REFERENCE), replacement.reference());
            changed(ctx, account, at, newId, "forum", earlier.get(EVIDENCE.FORUM), replacement.forum());
            changed(ctx, account, at, newId, "conclusion", conclusion(earlier.get(EVIDENCE.CONCLUSION)),
                    replacement.conclusion() == null ? null : replacement.conclusion().label());
            changed(ctx, account, at, newId, "carried out by", earlier.get(EVIDENCE.PROVIDED_BY),
                    replacement.providedBy());
            int before = ctx.fetchCount(EVIDENCE_ATTACHMENT, EVIDENCE_ATTACHMENT.EVIDENCE_ID.eq(id));
            replacement.attachments().stream().skip(before).forEach(added ->
                    History.record(ctx, account, at, ENTITY, newId, "attachment added", null, added.originalName()));
            return load(ctx, newId);
        });
    }

    @Override
    public Evidence withdraw(long id, String reason, String account, Instant at) {
        return database.write(ctx -> {
            Record earlier = current(ctx, id);
            supersede(ctx, id, ctx.update(EVIDENCE).set(EVIDENCE.SUPERSEDED, true).set(EVIDENCE.WITHDRAWN_REASON, reason));
            refreshLatest(ctx, earlier.get(EVIDENCE.MECHANISM_ID));
            History.record(ctx, account, at, ENTITY, id, "withdrawn", describe(earlier), reason);
            return load(ctx, id);
        });
    }

    @Override
    public List<Evidence> list(long frameworkId) {
        return database.read(ctx -> {
            Map<Long, List<Attachment>> attachments = new HashMap<>();
            ctx.select(EVIDENCE_ATTACHMENT.fields()).from(EVIDENCE_ATTACHMENT)
                    .join(EVIDENCE).on(EVIDENCE.ID.eq(EVIDENCE_ATTACHMENT.EVIDENCE_ID))
                    .join(MECHANISM).on(MECHANISM.ID.eq(EVIDENCE.MECHANISM_ID))
                    .where(MECHANISM.FRAMEWORK_ID.eq(frameworkId))
                    .orderBy(EVIDENCE_ATTACHMENT.ID)
                    .forEach(r -> attachments.computeIfAbsent(r.get(EVIDENCE_ATTACHMENT.EVIDENCE_ID),
                            k -> new ArrayList<>()).add(attachment(r)));
            return select(ctx).where(MECHANISM.FRAMEWORK_ID.eq(frameworkId))
                    .orderBy(EVIDENCE.ACTIVITY_DATE.desc(), EVIDENCE.ID.desc())
                    .fetch(r -> evidence(r, attachments.getOrDefault(r.get(EVIDENCE.ID), List.of())));
        });
    }

    @Override
    public Optional<Evidence> find(long id) {
        return database.read(ctx -> ctx.fetchExists(EVIDENCE, EVIDENCE.ID.eq(id)) ? Optional.of(load(ctx, id))
                : Optional.empty());
    }

    @Override
    public Map<Long, EvidenceSummary> summaries(long frameworkId, LocalDate asOf) {
        return database.read(ctx -> {
            Map<Long, LocalDate> latest = new HashMap<>();
            List<Long> mechanisms = new ArrayList<>();
            ctx.select(MECHANISM.ID, MECHANISM.LAST_EVIDENCE_DATE).from(MECHANISM)
                    .where(MECHANISM.FRAMEWORK_ID.eq(frameworkId))
                    .forEach(r -> {
                        mechanisms.add(r.value1());
                        if (r.value2() != null && !r.value2().isAfter(asOf)) {
                            latest.put(r.value1(), r.value2());
                        }
                    });
            // Only mechanisms with evidence dated after the as-of date need their evidence looked at.
            var latestOnOrBefore = DSL.max(EVIDENCE.ACTIVITY_DATE);
            ctx.select(EVIDENCE.MECHANISM_ID, latestOnOrBefore).from(EVIDENCE)
                    .join(MECHANISM).on(MECHANISM.ID.eq(EVIDENCE.MECHANISM_ID))
                    .where(MECHANISM.FRAMEWORK_ID.eq(frameworkId).and(MECHANISM.LAST_EVIDENCE_DATE.gt(asOf))
                            .and(counting(EvidenceKind.EVIDENCE)).and(EVIDENCE.ACTIVITY_DATE.le(asOf)))
                    .groupBy(EVIDENCE.MECHANISM_ID)
                    .forEach(r -> latest.put(r.value1(), r.value2()));

            Map<Long, List<EvidenceSummary.NotApplicable>> notApplicable = new HashMap<>();
            Map<Long, List<LocalDate>> nothingToReport = new HashMap<>();
            Map<Long, Integer> occurrences = new HashMap<>();
            // Two lookups an index answers (by kind; by mechanism), rather than one "or" that reads every row.
            var periodsNotApplicable = ctx.select(EVIDENCE.MECHANISM_ID, EVIDENCE.KIND, EVIDENCE.ACTIVITY_DATE,
                            EVIDENCE.NOTE).from(EVIDENCE)
                    .join(MECHANISM).on(MECHANISM.ID.eq(EVIDENCE.MECHANISM_ID))
                    .where(MECHANISM.FRAMEWORK_ID.eq(frameworkId).and(counting(EvidenceKind.NOT_APPLICABLE)));
            var asRequired = ctx.select(EVIDENCE.MECHANISM_ID, EVIDENCE.KIND, EVIDENCE.ACTIVITY_DATE, EVIDENCE.NOTE)
                    .from(MECHANISM).join(EVIDENCE).on(EVIDENCE.MECHANISM_ID.eq(MECHANISM.ID))
                    .where(MECHANISM.FRAMEWORK_ID.eq(frameworkId).and(MECHANISM.FREQUENCY_KIND.eq("EVENT_DRIVEN"))
                            .and(EVIDENCE.SUPERSEDED.isFalse()).and(EVIDENCE.ACTIVITY_DATE.le(asOf))
                            .and(EVIDENCE.KIND.ne(EvidenceKind.NOT_APPLICABLE.name())));
            periodsNotApplicable.unionAll(asRequired).forEach(r -> {
                long mechanism = r.value1();
                switch (EvidenceKind.valueOf(r.value2())) {
                    case NOT_APPLICABLE -> notApplicable.computeIfAbsent(mechanism, k -> new ArrayList<>())
                            .add(new EvidenceSummary.NotApplicable(r.value3(), r.value4()));
                    case NOTHING_TO_REPORT -> nothingToReport.computeIfAbsent(mechanism, k -> new ArrayList<>())
                            .add(r.value3());
                    case EVIDENCE -> occurrences.merge(mechanism, 1, Integer::sum);
                }
            });
            Map<Long, EvidenceSummary> summaries = new HashMap<>();
            for (Long mechanism : mechanisms) {
                summaries.put(mechanism, new EvidenceSummary(latest.get(mechanism),
                        notApplicable.getOrDefault(mechanism, List.of()), occurrences.getOrDefault(mechanism, 0),
                        nothingToReport.getOrDefault(mechanism, List.of())));
            }
            return summaries;
        });
    }

    @Override
    public Map<Long, NavigableSet<LocalDate>> evidenceDates(long frameworkId, LocalDate from, LocalDate to) {
        return database.read(ctx -> {
            Map<Long, NavigableSet<LocalDate>> dates = new HashMap<>();
            ctx.select(EVIDENCE.MECHANISM_ID, EVIDENCE.ACTIVITY_DATE).from(EVIDENCE)
                    .join(MECHANISM).on(MECHANISM.ID.eq(EVIDENCE.MECHANISM_ID))
                    .where(MECHANISM.FRAMEWORK_ID.eq(frameworkId).and(counting(EvidenceKind.EVIDENCE))
                            .and(EVIDENCE.ACTIVITY_DATE.between(from, to)))
                    .forEach(r -> dates.computeIfAbsent(r.value1(), k -> new TreeSet<>()).add(r.value2()));
            return dates;
        });
    }

    private static Condition counting(EvidenceKind kind) {
        return EVIDENCE.KIND.eq(kind.name()).and(EVIDENCE.SUPERSEDED.isFalse());
    }

    /**
     * Adds a record while holding the mechanism's row lock, so two people saving for the same
     * mechanism at once are taken one after the other: a period can be marked "not applicable" (or
     * a quarter "nothing to report") only once, even on a shared server.
     */
    private static long insert(DSLContext ctx, NewEvidence e, Long replaces, String account, Instant at) {
        if (ctx.select(MECHANISM.ID).from(MECHANISM).where(MECHANISM.ID.eq(e.mechanismId())).forUpdate().fetchOne()
                == null) {
            throw new RefusedException("That mechanism is no longer in the matrix; nothing was saved.");
        }
        if (e.kind() != EvidenceKind.EVIDENCE) {
            Record same = ctx.select(EVIDENCE.RECORDED_BY, EVIDENCE.RECORDED_AT).from(EVIDENCE)
                    .where(EVIDENCE.MECHANISM_ID.eq(e.mechanismId()).and(EVIDENCE.KIND.eq(e.kind().name()))
                            .and(EVIDENCE.ACTIVITY_DATE.eq(e.date())).and(EVIDENCE.SUPERSEDED.isFalse()))
                    .limit(1).fetchOne();
            if (same != null) {
                String ending = DateFormats.display(e.date());
                throw new RefusedException((e.kind() == EvidenceKind.NOT_APPLICABLE
                        ? "The period ending " + ending + " is already marked not applicable"
                        : "A \"nothing to report\" return for the quarter ending " + ending + " is already recorded")
                        + " (by " + same.get(EVIDENCE.RECORDED_BY) + " at "
                        + Conflicts.when(same.get(EVIDENCE.RECORDED_AT)) + "); nothing was saved.");
            }
        }
        long id = ctx.insertInto(EVIDENCE)
                .set(EVIDENCE.MECHANISM_ID, e.mechanismId())
                .set(EVIDENCE.KIND, e.kind().name())
                .set(EVIDENCE.ACTIVITY_DATE, e.date())
                .set(EVIDENCE.NOTE, e.note())
                .set(EVIDENCE.REFERENCE, e.reference())
                .set(EVIDENCE.FORUM, e.forum())
                .set(EVIDENCE.CONCLUSION, e.conclusion() == null ? null : e.conclusion().name())
                .set(EVIDENCE.PROVIDED_BY, e.providedBy())
                .set(EVIDENCE.ACTING_FOR_LEAD_ID, e.actingForLeadId())
                .set(EVIDENCE.RECORDED_BY, account)
                .set(EVIDENCE.RECORDED_AT, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .set(EVIDENCE.REPLACES_ID, replaces)
                .returningResult(EVIDENCE.ID).fetchSingle().value1();
        for (Attachment a : e.attachments()) {
            ctx.insertInto(EVIDENCE_ATTACHMENT)
                    .set(EVIDENCE_ATTACHMENT.EVIDENCE_ID, id)
                    .set(EVIDENCE_ATTACHMENT.STORED_NAME, a.storedName())
                    .set(EVIDENCE_ATTACHMENT.ORIGINAL_NAME, a.originalName())
                    .set(EVIDENCE_ATTACHMENT.SIZE_BYTES, a.sizeBytes())
                    .set(EVIDENCE_ATTACHMENT.SHA256, a.sha256())
                    .execute();
        }
        refreshLatest(ctx, e.mechanismId());
        return id;
    }

    /** Keeps mechanism.last_evidence_date equal to its latest current evidence date. */
    private static void refreshLatest(DSLContext ctx, long mechanismId) {
        ctx.update(MECHANISM)
                .set(MECHANISM.LAST_EVIDENCE_DATE, DSL.select(DSL.max(EVIDENCE.ACTIVITY_DATE)).from(EVIDENCE)
                        .where(EVIDENCE.MECHANISM_ID.eq(mechanismId).and(counting(EvidenceKind.EVIDENCE))))
                .where(MECHANISM.ID.eq(mechanismId))
                .execute();
    }

    /** Marks a record superseded unless someone else did so since it was read: a correction is never lost. */
    private static void supersede(DSLContext ctx, long id, UpdateSetMoreStep<EvidenceRecord> update) {
        int updated = update.set(EVIDENCE.VERSION, EVIDENCE.VERSION.plus(1))
                .where(EVIDENCE.ID.eq(id).and(EVIDENCE.SUPERSEDED.isFalse())).execute();
        if (updated == 0) {
            throw Conflicts.changedSinceRead(ctx, ENTITY, id, "This evidence record");
        }
    }

    private static Record current(DSLContext ctx, long id) {
        Record record = ctx.select(EVIDENCE.fields()).from(EVIDENCE).where(EVIDENCE.ID.eq(id)).fetchOne();
        if (record == null) {
            throw new RefusedException("There is no evidence record " + id + ".");
        }
        if (record.get(EVIDENCE.SUPERSEDED) && record.get(EVIDENCE.WITHDRAWN_REASON) != null) {
            throw new RefusedException("Evidence record " + id + " was withdrawn (" + record.get(EVIDENCE.WITHDRAWN_REASON)
                    + "), so it cannot be changed; record the evidence again if it is needed.");
        }
        if (record.get(EVIDENCE.SUPERSEDED)) {
            throw new RefusedException("Evidence record " + id + " has already been corrected;"
                    + " change its latest version instead.");
        }
        return record;
    }

    private static SelectOnConditionStep<Record> select(DSLContext ctx) {
        return ctx.select(EVIDENCE.fields()).select(LEAD_OFFICER.NAME).from(EVIDENCE)
                .join(MECHANISM).on(MECHANISM.ID.eq(EVIDENCE.MECHANISM_ID))
                .leftJoin(LEAD_OFFICER).on(LEAD_OFFICER.ID.eq(EVIDENCE.ACTING_FOR_LEAD_ID));
    }

    private static Evidence load(DSLContext ctx, long id) {
        List<Attachment> attachments = ctx.selectFrom(EVIDENCE_ATTACHMENT).where(EVIDENCE_ATTACHMENT.EVIDENCE_ID.eq(id))
                .orderBy(EVIDENCE_ATTACHMENT.ID).fetch(JooqEvidenceRepository::attachment);
        return select(ctx).where(EVIDENCE.ID.eq(id)).fetchSingle(r -> evidence(r, attachments));
    }

    private static Attachment attachment(Record r) {
        return new Attachment(r.get(EVIDENCE_ATTACHMENT.ID), r.get(EVIDENCE_ATTACHMENT.ORIGINAL_NAME),
                r.get(EVIDENCE_ATTACHMENT.STORED_NAME), r.get(EVIDENCE_ATTACHMENT.SIZE_BYTES),
                r.get(EVIDENCE_ATTACHMENT.SHA256));
    }

    private static Evidence evidence(Record r, List<Attachment> attachments) {
        String conclusion = r.get(EVIDENCE.CONCLUSION);
        return new Evidence(r.get(EVIDENCE.ID), r.get(EVIDENCE.MECHANISM_ID), EvidenceKind.valueOf(r.get(EVIDENCE.KIND)),
                r.get(EVIDENCE.ACTIVITY_DATE), r.get(EVIDENCE.NOTE), r.get(EVIDENCE.REFERENCE), r.get(EVIDENCE.FORUM),
                conclusion == null ? null : Conclusion.valueOf(conclusion), r.get(EVIDENCE.PROVIDED_BY),
                r.get(LEAD_OFFICER.NAME), r.get(EVIDENCE.RECORDED_BY), r.get(EVIDENCE.RECORDED_AT).toInstant(),
                r.get(EVIDENCE.REPLACES_ID), r.get(EVIDENCE.SUPERSEDED), r.get(EVIDENCE.WITHDRAWN_REASON),
                r.get(EVIDENCE.CORRECTION_REASON), attachments);
    }

    /** A record as the history names it: "Evidence of 15/09/2026: IJB minute considered [IJB 19/11]". */
    private static String describe(NewEvidence e) {
        return describe(e.kind(), e.date(), e.note(), e.reference(),
                e.conclusion() == null ? null : e.conclusion().label());
    }

    private static String describe(Record r) {
        return describe(EvidenceKind.valueOf(r.get(EVIDENCE.KIND)), r.get(EVIDENCE.ACTIVITY_DATE), r.get(EVIDENCE.NOTE),
                r.get(EVIDENCE.REFERENCE), conclusion(r.get(EVIDENCE.CONCLUSION)));
    }

    private static String describe(EvidenceKind kind, LocalDate date, String note, String reference,
                                   String conclusion) {
        String what = switch (kind) {
            case EVIDENCE -> "Evidence of ";
            case NOT_APPLICABLE -> "Not applicable, period ending ";
            case NOTHING_TO_REPORT -> "Nothing to report, quarter ending ";
        };
        return what + display(date) + ": " + note + (reference == null ? "" : " [" + reference + "]")
                + (conclusion == null ? "" : " (" + conclusion + ")");
    }

    private static void changed(DSLContext ctx, String account, Instant at, long id, String field, String old,
                                String now) {
        History.record(ctx, account, at, ENTITY, id, field, old, now);
    }

    private static String display(LocalDate date) {
        return DateFormats.display(date);
    }

    private static String conclusion(String stored) {
        return stored == null ? null : Conclusion.valueOf(stored).label();
    }
}
