package scot.cswo.assurance.store.matrix;

import static scot.cswo.assurance.store.jooq.Tables.FRAMEWORK;
import static scot.cswo.assurance.store.jooq.Tables.LEAD_OFFICER;
import static scot.cswo.assurance.store.jooq.Tables.MATRIX_ROW;
import static scot.cswo.assurance.store.jooq.Tables.MECHANISM;
import static scot.cswo.assurance.store.jooq.Tables.MECHANISM_FREQUENCY;
import static scot.cswo.assurance.store.jooq.Tables.MECHANISM_LEAD;
import static scot.cswo.assurance.store.jooq.Tables.STATUTORY_FUNCTION;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import scot.cswo.assurance.domain.frequency.Frequency;
import scot.cswo.assurance.domain.matrix.FrameworkDetails;
import scot.cswo.assurance.domain.matrix.MatrixDraftBuilder;
import scot.cswo.assurance.domain.matrix.MatrixEditing;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.matrix.StatutoryFunction;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.store.Conflicts;
import scot.cswo.assurance.store.Database;
import scot.cswo.assurance.store.History;
import scot.cswo.assurance.store.jooq.tables.records.MatrixRowRecord;
import scot.cswo.assurance.store.jooq.tables.records.MechanismRecord;
import scot.cswo.assurance.store.jooq.tables.records.StatutoryFunctionRecord;

/** Editing a framework's matrix in the relational store. */
public final class JooqMatrixEditing implements MatrixEditing {
    /** Stored as the start of a mechanism's first rule, which applies from the very beginning. */
    static final LocalDate FROM_THE_START = LocalDate.of(1900, 1, 1);

    private final Database database;
    private final JooqMatrixRepository matrices;

    public JooqMatrixEditing(Database database, JooqMatrixRepository matrices) {
        this.database = database;
        this.matrices = matrices;
    }

    @Override
    public Mechanism updateMechanism(MechanismChange change, String account, Instant at) {
        database.write(ctx -> {
            MechanismRecord before = ctx.fetchOne(MECHANISM, MECHANISM.ID.eq(change.mechanismId()));
            if (before == null) {
                throw new RefusedException("That mechanism no longer exists.");
            }
            int updated = ctx.update(MECHANISM).set(MECHANISM.DESCRIPTION, change.description())
                    .set(MECHANISM.VERSION, MECHANISM.VERSION.plus(1))
                    .where(MECHANISM.ID.eq(change.mechanismId()).and(MECHANISM.VERSION.eq(change.expectedVersion())))
                    .execute();
            if (updated == 0) {
                throw Conflicts.changedSinceRead(ctx, "mechanism", change.mechanismId(), "This mechanism");
            }
            if (!before.getDescription().equals(change.description())) {
                History.record(ctx, account, at, "mechanism", change.mechanismId(), "description",
                        before.getDescription(), change.description());
            }
            replaceLeads(ctx, change.mechanismId(), change.leadNames(), account, at);
            if (change.frequency() != null) {
                changeFrequency(ctx, before, change.frequency(), change.effectiveFrom(), account, at);
            }
            return null;
        });
        return matrices.mechanism(change.mechanismId());
    }

    private static void replaceLeads(DSLContext ctx, long mechanismId, List<String> names, String account, Instant at) {
        List<String> before = ctx.select(LEAD_OFFICER.NAME).from(MECHANISM_LEAD).join(LEAD_OFFICER)
                .on(LEAD_OFFICER.ID.eq(MECHANISM_LEAD.LEAD_ID)).where(MECHANISM_LEAD.MECHANISM_ID.eq(mechanismId))
                .orderBy(MECHANISM_LEAD.ORDINAL).fetch(LEAD_OFFICER.NAME);
        if (before.equals(names)) {
            return;
        }
        ctx.deleteFrom(MECHANISM_LEAD).where(MECHANISM_LEAD.MECHANISM_ID.eq(mechanismId)).execute();
        int ordinal = 0;
        for (String name : names) {
            ctx.insertInto(MECHANISM_LEAD).set(MECHANISM_LEAD.MECHANISM_ID, mechanismId)
                    .set(MECHANISM_LEAD.LEAD_ID, leadId(ctx, name, account, at)).set(MECHANISM_LEAD.ORDINAL, ordinal++)
                    .execute();
        }
        History.record(ctx, account, at, "mechanism", mechanismId, "leads", String.join(" / ", before),
                String.join(" / ", names));
    }

    /** The lead with this name (any case), created if new. */
    static long leadId(DSLContext ctx, String name, String account, Instant at) {
        Long existing = ctx.select(LEAD_OFFICER.ID).from(LEAD_OFFICER)
                .where(LEAD_OFFICER.NAME.lower().eq(name.toLowerCase(Locale.ROOT))).fetchOne(LEAD_OFFICER.ID);
        if (existing != null) {
            return existing;
        }
        long id = ctx.insertInto(LEAD_OFFICER).set(LEAD_OFFICER.NAME, name)
                .set(LEAD_OFFICER.IS_ROLE, MatrixDraftBuilder.looksLikeRole(name))
                .returningResult(LEAD_OFFICER.ID).fetchSingle().value1();
        History.record(ctx, account, at, "lead", id, "added", null, name);
        return id;
    }

    private static void changeFrequency(DSLContext ctx, MechanismRecord before, Frequency frequency, LocalDate from,
                                        String account, Instant at) {
        long id = before.getId();
        if (from != null) {
            // Keep the rule that applied before the change, for the periods it still governs.
            boolean hasHistory = ctx.fetchExists(MECHANISM_FREQUENCY, MECHANISM_FREQUENCY.MECHANISM_ID.eq(id));
            if (!hasHistory) {
                ctx.insertInto(MECHANISM_FREQUENCY).set(MECHANISM_FREQUENCY.MECHANISM_ID, id)
                        .set(MECHANISM_FREQUENCY.EFFECTIVE_FROM, FROM_THE_START)
                        .set(MECHANISM_FREQUENCY.FREQUENCY_KIND, before.getFrequencyKind())
                        .set(MECHANISM_FREQUENCY.FREQUENCY_CODE, before.getFrequencyCode())
                        .set(MECHANISM_FREQUENCY.FREQUENCY_WORDING, before.getFrequencyWording())
                        .set(MECHANISM_FREQUENCY.TARGET_DATE, before.getTargetDate()).execute();
            }
            ctx.deleteFrom(MECHANISM_FREQUENCY).where(MECHANISM_FREQUENCY.MECHANISM_ID.eq(id)
                    .and(MECHANISM_FREQUENCY.EFFECTIVE_FROM.ge(from))).execute();
            ctx.insertInto(MECHANISM_FREQUENCY).set(MECHANISM_FREQUENCY.MECHANISM_ID, id)
                    .set(MECHANISM_FREQUENCY.EFFECTIVE_FROM, from)
                    .set(MECHANISM_FREQUENCY.FREQUENCY_KIND, frequency.kind().name())
                    .set(MECHANISM_FREQUENCY.FREQUENCY_CODE, frequency.code())
                    .set(MECHANISM_FREQUENCY.FREQUENCY_WORDING, frequency.wording())
                    .set(MECHANISM_FREQUENCY.TARGET_DATE, frequency instanceof Frequency.OneOff o ? o.target() : null)
                    .execute();
        } else {
            ctx.deleteFrom(MECHANISM_FREQUENCY).where(MECHANISM_FREQUENCY.MECHANISM_ID.eq(id)).execute();
        }
        ctx.update(MECHANISM).set(MECHANISM.FREQUENCY_KIND, frequency.kind().name())
                .set(MECHANISM.FREQUENCY_CODE, frequency.code()).set(MECHANISM.FREQUENCY_WORDING, frequency.wording())
                .set(MECHANISM.TARGET_DATE, frequency instanceof Frequency.OneOff o ? o.target() : null)
                .where(MECHANISM.ID.eq(id)).execute();
        History.record(ctx, account, at, "mechanism", id, "frequency", before.getFrequencyWording(),
                frequency.wording() + (from == null ? "" : " from " + from));
    }

    @Override
    public Ref addMechanism(long frameworkId, int functionNumber, String description, List<String> leadNames,
                           Frequency frequency, String account, Instant at) {
        return database.write(ctx -> {
            StatutoryFunctionRecord function = activeFunction(ctx, frameworkId, functionNumber);
            long mechanismId = ctx.insertInto(MECHANISM).set(MECHANISM.FRAMEWORK_ID, frameworkId)
                    .set(MECHANISM.DESCRIPTION, description).set(MECHANISM.FREQUENCY_KIND, frequency.kind().name())
                    .set(MECHANISM.FREQUENCY_CODE, frequency.code()).set(MECHANISM.FREQUENCY_WORDING, frequency.wording())
                    .set(MECHANISM.TARGET_DATE, frequency instanceof Frequency.OneOff o ? o.target() : null)
                    .returningResult(MECHANISM.ID).fetchSingle().value1();
            History.record(ctx, account, at, "mechanism", mechanismId, "added", null, description);
            replaceLeads(ctx, mechanismId, leadNames, account, at);
            return addRow(ctx, frameworkId, function, mechanismId, account, at);
        });
    }

    @Override
    public Ref linkMechanism(long mechanismId, int functionNumber, String account, Instant at) {
        return database.write(ctx -> {
            MechanismRecord mechanism = ctx.fetchOne(MECHANISM, MECHANISM.ID.eq(mechanismId));
            if (mechanism == null) {
                throw new RefusedException("That mechanism no longer exists.");
            }
            StatutoryFunctionRecord function = activeFunction(ctx, mechanism.getFrameworkId(), functionNumber);
            boolean already = ctx.fetchExists(MATRIX_ROW, MATRIX_ROW.FUNCTION_ID.eq(function.getId())
                    .and(MATRIX_ROW.MECHANISM_ID.eq(mechanismId)).and(MATRIX_ROW.RETIRED.isFalse()));
            if (already) {
                throw new RefusedException("That mechanism is already listed under function " + functionNumber + ".");
            }
            return addRow(ctx, mechanism.getFrameworkId(), function, mechanismId, account, at);
        });
    }

    private static Ref addRow(DSLContext ctx, long frameworkId, StatutoryFunctionRecord function, long mechanismId,
                              String account, Instant at) {
        List<Ref> used = ctx.select(MATRIX_ROW.REF).from(MATRIX_ROW).where(MATRIX_ROW.FRAMEWORK_ID.eq(frameworkId))
                .fetch(r -> new Ref(r.value1()));
        int position = used.stream().filter(r -> r.functionNumber() == function.getFnNumber())
                .mapToInt(Ref::position).max().orElse(0) + 1;
        Ref ref = Ref.of(function.getFnNumber(), position);
        int ordinal = ctx.select(MATRIX_ROW.ORDINAL.max()).from(MATRIX_ROW)
                .where(MATRIX_ROW.FUNCTION_ID.eq(function.getId())).fetchOptional(0, Integer.class).orElse(0) + 1;
        // A retired row keeps its ref for history; a link back to the same function reinstates it.
        MatrixRowRecord retired = ctx.selectFrom(MATRIX_ROW).where(MATRIX_ROW.FUNCTION_ID.eq(function.getId())
                .and(MATRIX_ROW.MECHANISM_ID.eq(mechanismId))).fetchOne();
        if (retired != null) {
            ctx.update(MATRIX_ROW).set(MATRIX_ROW.RETIRED, false).setNull(MATRIX_ROW.RETIRED_ON)
                    .set(MATRIX_ROW.VERSION, MATRIX_ROW.VERSION.plus(1)).where(MATRIX_ROW.ID.eq(retired.getId())).execute();
            History.record(ctx, account, at, "row", retired.getId(), "reinstated", null, retired.getRef());
            return new Ref(retired.getRef());
        }
        long rowId = ctx.insertInto(MATRIX_ROW).set(MATRIX_ROW.FRAMEWORK_ID, frameworkId)
                .set(MATRIX_ROW.FUNCTION_ID, function.getId()).set(MATRIX_ROW.MECHANISM_ID, mechanismId)
                .set(MATRIX_ROW.ORDINAL, ordinal).set(MATRIX_ROW.REF, ref.text())
                .returningResult(MATRIX_ROW.ID).fetchSingle().value1();
        History.record(ctx, account, at, "row", rowId, "added", null, ref.text());
        return ref;
    }

    @Override
    public void retireRow(long frameworkId, Ref ref, LocalDate on, String account, Instant at) {
        database.write(ctx -> {
            MatrixRowRecord row = activeRow(ctx, frameworkId, ref);
            ctx.update(MATRIX_ROW).set(MATRIX_ROW.RETIRED, true).set(MATRIX_ROW.RETIRED_ON, on)
                    .set(MATRIX_ROW.VERSION, MATRIX_ROW.VERSION.plus(1)).where(MATRIX_ROW.ID.eq(row.getId())).execute();
            History.record(ctx, account, at, "row", row.getId(), "retired", ref.text(), "retired from " + on);
            boolean stillListed = ctx.fetchExists(MATRIX_ROW, MATRIX_ROW.MECHANISM_ID.eq(row.getMechanismId())
                    .and(MATRIX_ROW.RETIRED.isFalse()));
            if (!stillListed) {
                ctx.update(MECHANISM).set(MECHANISM.RETIRED, true).set(MECHANISM.VERSION, MECHANISM.VERSION.plus(1))
                        .where(MECHANISM.ID.eq(row.getMechanismId())).execute();
                History.record(ctx, account, at, "mechanism", row.getMechanismId(), "retired", null, "retired from " + on);
            }
            return null;
        });
    }

    @Override
    public void moveRow(long frameworkId, Ref ref, int direction, String account, Instant at) {
        database.write(ctx -> {
            MatrixRowRecord row = activeRow(ctx, frameworkId, ref);
            List<MatrixRowRecord> rows = ctx.selectFrom(MATRIX_ROW).where(MATRIX_ROW.FUNCTION_ID.eq(row.getFunctionId())
                    .and(MATRIX_ROW.RETIRED.isFalse())).orderBy(MATRIX_ROW.ORDINAL, MATRIX_ROW.ID).fetch();
            int index = indexOf(rows, row.getId());
            int other = index + Integer.signum(direction);
            if (other < 0 || other >= rows.size()) {
                throw new RefusedException(ref + " is already " + (direction < 0 ? "first" : "last") + " in its function.");
            }
            MatrixRowRecord neighbour = rows.get(other);
            List<MatrixRowRecord> reordered = new ArrayList<>(rows);
            reordered.set(index, neighbour);
            reordered.set(other, row);
            for (int i = 0; i < reordered.size(); i++) {
                ctx.update(MATRIX_ROW).set(MATRIX_ROW.ORDINAL, i + 1).where(MATRIX_ROW.ID.eq(reordered.get(i).getId()))
                        .execute();
            }
            History.record(ctx, account, at, "row", row.getId(), "moved", ref.text(),
                    (direction < 0 ? "before " : "after ") + neighbour.getRef());
            return null;
        });
    }

    private static int indexOf(List<MatrixRowRecord> rows, long id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getId() == id) {
                return i;
            }
        }
        throw new IllegalStateException("row " + id + " not in its function");
    }

    @Override
    public void moveFunction(long frameworkId, long functionId, int direction, String account, Instant at) {
        database.write(ctx -> {
            List<StatutoryFunctionRecord> functions = ctx.selectFrom(STATUTORY_FUNCTION)
                    .where(STATUTORY_FUNCTION.FRAMEWORK_ID.eq(frameworkId).and(STATUTORY_FUNCTION.RETIRED.isFalse()))
                    .orderBy(STATUTORY_FUNCTION.ORDINAL, STATUTORY_FUNCTION.FN_NUMBER).fetch();
            int index = -1;
            for (int i = 0; i < functions.size(); i++) {
                if (functions.get(i).getId() == functionId) {
                    index = i;
                }
            }
            int other = index + Integer.signum(direction);
            if (index < 0 || other < 0 || other >= functions.size()) {
                throw new RefusedException("That function is already " + (direction < 0 ? "first" : "last") + ".");
            }
            List<StatutoryFunctionRecord> reordered = new ArrayList<>(functions);
            reordered.set(index, functions.get(other));
            reordered.set(other, functions.get(index));
            for (int i = 0; i < reordered.size(); i++) {
                ctx.update(STATUTORY_FUNCTION).set(STATUTORY_FUNCTION.ORDINAL, i + 1)
                        .where(STATUTORY_FUNCTION.ID.eq(reordered.get(i).getId())).execute();
            }
            History.record(ctx, account, at, "function", functionId, "moved", null,
                    (direction < 0 ? "before function " : "after function ") + functions.get(other).getFnNumber());
            return null;
        });
    }

    @Override
    public void renumber(long frameworkId, int functionNumber, String account, Instant at) {
        database.write(ctx -> {
            StatutoryFunctionRecord function = activeFunction(ctx, frameworkId, functionNumber);
            List<MatrixRowRecord> rows = ctx.selectFrom(MATRIX_ROW).where(MATRIX_ROW.FUNCTION_ID.eq(function.getId())
                    .and(MATRIX_ROW.RETIRED.isFalse())).orderBy(MATRIX_ROW.ORDINAL, MATRIX_ROW.ID).fetch();
            // Move every ref aside first, so the new refs never collide with the old ones.
            for (MatrixRowRecord row : rows) {
                ctx.update(MATRIX_ROW).set(MATRIX_ROW.REF, "~" + row.getId()).where(MATRIX_ROW.ID.eq(row.getId())).execute();
            }
            Map<String, String> renamed = new HashMap<>();
            List<String> retiredRefs = ctx.select(MATRIX_ROW.REF).from(MATRIX_ROW)
                    .where(MATRIX_ROW.FRAMEWORK_ID.eq(frameworkId).and(MATRIX_ROW.RETIRED.isTrue()))
                    .fetch(MATRIX_ROW.REF);
            int position = 1;
            for (MatrixRowRecord row : rows) {
                String ref = Ref.of(functionNumber, position++).text();
                while (retiredRefs.contains(ref)) {
                    ref = Ref.of(functionNumber, position++).text();
                }
                ctx.update(MATRIX_ROW).set(MATRIX_ROW.REF, ref).set(MATRIX_ROW.VERSION, MATRIX_ROW.VERSION.plus(1))
                        .where(MATRIX_ROW.ID.eq(row.getId())).execute();
                renamed.put(row.getRef(), ref);
            }
            History.record(ctx, account, at, "function", function.getId(), "renumbered", null,
                    renamed.entrySet().stream().map(e -> e.getKey() + "→" + e.getValue()).sorted()
                            .collect(Collectors.joining(", ")));
            return null;
        });
    }

    @Override
    public StatutoryFunction addFunction(long frameworkId, int number, String title, String account, Instant at) {
        return database.write(ctx -> {
            if (ctx.fetchExists(STATUTORY_FUNCTION, STATUTORY_FUNCTION.FRAMEWORK_ID.eq(frameworkId)
                    .and(STATUTORY_FUNCTION.FN_NUMBER.eq(number)))) {
                throw new RefusedException("There is already a function " + number + ".");
            }
            // After every other function, whatever order the user has arranged them in.
            int last = ctx.select(STATUTORY_FUNCTION.ORDINAL.max()).from(STATUTORY_FUNCTION)
                    .where(STATUTORY_FUNCTION.FRAMEWORK_ID.eq(frameworkId)).fetchOptional(0, Integer.class).orElse(0);
            long id = ctx.insertInto(STATUTORY_FUNCTION).set(STATUTORY_FUNCTION.FRAMEWORK_ID, frameworkId)
                    .set(STATUTORY_FUNCTION.ORDINAL, last + 1)
                    .set(STATUTORY_FUNCTION.FN_NUMBER, number).set(STATUTORY_FUNCTION.TITLE, title)
                    .returningResult(STATUTORY_FUNCTION.ID).fetchSingle().value1();
            History.record(ctx, account, at, "function", id, "added", null, number + ". " + title);
            return new StatutoryFunction(id, number, title, 0);
        });
    }

    @Override
    public void updateFunction(long functionId, int expectedVersion, String title, String account, Instant at) {
        database.write(ctx -> {
            StatutoryFunctionRecord before = ctx.fetchOne(STATUTORY_FUNCTION, STATUTORY_FUNCTION.ID.eq(functionId));
            int updated = ctx.update(STATUTORY_FUNCTION).set(STATUTORY_FUNCTION.TITLE, title)
                    .set(STATUTORY_FUNCTION.VERSION, STATUTORY_FUNCTION.VERSION.plus(1))
                    .where(STATUTORY_FUNCTION.ID.eq(functionId).and(STATUTORY_FUNCTION.VERSION.eq(expectedVersion)))
                    .execute();
            if (updated == 0) {
                throw Conflicts.changedSinceRead(ctx, "function", functionId, "This function");
            }
            History.record(ctx, account, at, "function", functionId, "title", before.getTitle(), title);
            return null;
        });
    }

    @Override
    public void retireFunction(long functionId, LocalDate on, String account, Instant at) {
        database.write(ctx -> {
            StatutoryFunctionRecord function = ctx.fetchOne(STATUTORY_FUNCTION, STATUTORY_FUNCTION.ID.eq(functionId));
            boolean hasRows = ctx.fetchExists(MATRIX_ROW, MATRIX_ROW.FUNCTION_ID.eq(functionId)
                    .and(MATRIX_ROW.RETIRED.isFalse()));
            if (hasRows) {
                throw new RefusedException("Function " + function.getFnNumber() + " still has mechanisms; retire or"
                        + " move them first.");
            }
            ctx.update(STATUTORY_FUNCTION).set(STATUTORY_FUNCTION.RETIRED, true).set(STATUTORY_FUNCTION.RETIRED_ON, on)
                    .set(STATUTORY_FUNCTION.VERSION, STATUTORY_FUNCTION.VERSION.plus(1))
                    .where(STATUTORY_FUNCTION.ID.eq(functionId)).execute();
            History.record(ctx, account, at, "function", functionId, "retired", null, "retired from " + on);
            return null;
        });
    }

    @Override
    public long copyFramework(long frameworkId, long newestSeen, FrameworkDetails details, String account,
                              Instant at) {
        return database.write(ctx -> {
            NewFrameworks.requireNoneAddedSince(ctx, newestSeen);
            long copy = ctx.insertInto(FRAMEWORK).set(FRAMEWORK.NAME, details.name())
                    .set(FRAMEWORK.COUNCIL, details.council()).set(FRAMEWORK.PERIOD_LABEL, details.periodLabel())
                    .set(FRAMEWORK.TRACKING_START, details.trackingStart())
                    .set(FRAMEWORK.YEAR_START_MONTH, details.yearStart().getValue())
                    .set(FRAMEWORK.GRACE_DAYS, details.graceDays())
                    .set(FRAMEWORK.CREATED_AT, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                    .returningResult(FRAMEWORK.ID).fetchSingle().value1();
            Map<Long, Long> functions = new HashMap<>();
            ctx.selectFrom(STATUTORY_FUNCTION).where(STATUTORY_FUNCTION.FRAMEWORK_ID.eq(frameworkId)
                    .and(STATUTORY_FUNCTION.RETIRED.isFalse())).forEach(f -> functions.put(f.getId(),
                    ctx.insertInto(STATUTORY_FUNCTION).set(STATUTORY_FUNCTION.FRAMEWORK_ID, copy)
                            .set(STATUTORY_FUNCTION.FN_NUMBER, f.getFnNumber()).set(STATUTORY_FUNCTION.TITLE, f.getTitle())
                            .set(STATUTORY_FUNCTION.ORDINAL, f.getOrdinal())
                            .returningResult(STATUTORY_FUNCTION.ID).fetchSingle().value1()));
            Map<Long, Long> mechanisms = new HashMap<>();
            ctx.selectFrom(MECHANISM).where(MECHANISM.FRAMEWORK_ID.eq(frameworkId).and(MECHANISM.RETIRED.isFalse()))
                    .forEach(m -> {
                        long id = ctx.insertInto(MECHANISM).set(MECHANISM.FRAMEWORK_ID, copy)
                                .set(MECHANISM.DESCRIPTION, m.getDescription())
                                .set(MECHANISM.FREQUENCY_KIND, m.getFrequencyKind())
                                .set(MECHANISM.FREQUENCY_CODE, m.getFrequencyCode())
                                .set(MECHANISM.FREQUENCY_WORDING, m.getFrequencyWording())
                                .set(MECHANISM.TARGET_DATE, m.getTargetDate())
                                .returningResult(MECHANISM.ID).fetchSingle().value1();
                        mechanisms.put(m.getId(), id);
                        ctx.insertInto(MECHANISM_LEAD, MECHANISM_LEAD.MECHANISM_ID, MECHANISM_LEAD.LEAD_ID,
                                        MECHANISM_LEAD.ORDINAL)
                                .select(ctx.select(DSL.val(id), MECHANISM_LEAD.LEAD_ID, MECHANISM_LEAD.ORDINAL)
                                        .from(MECHANISM_LEAD).where(MECHANISM_LEAD.MECHANISM_ID.eq(m.getId())))
                                .execute();
                    });
            ctx.selectFrom(MATRIX_ROW).where(MATRIX_ROW.FRAMEWORK_ID.eq(frameworkId).and(MATRIX_ROW.RETIRED.isFalse()))
                    .forEach(r -> {
                        if (functions.containsKey(r.getFunctionId()) && mechanisms.containsKey(r.getMechanismId())) {
                            ctx.insertInto(MATRIX_ROW).set(MATRIX_ROW.FRAMEWORK_ID, copy)
                                    .set(MATRIX_ROW.FUNCTION_ID, functions.get(r.getFunctionId()))
                                    .set(MATRIX_ROW.MECHANISM_ID, mechanisms.get(r.getMechanismId()))
                                    .set(MATRIX_ROW.ORDINAL, r.getOrdinal()).set(MATRIX_ROW.REF, r.getRef()).execute();
                        }
                    });
            History.record(ctx, account, at, "framework", copy, "copied", "framework " + frameworkId,
                    details.name() + " (" + details.periodLabel() + ")");
            return copy;
        });
    }

    @Override
    public void updateFramework(long frameworkId, int expectedVersion, FrameworkDetails details, String account,
                                Instant at) {
        database.write(ctx -> {
            var before = ctx.fetchOne(FRAMEWORK, FRAMEWORK.ID.eq(frameworkId));
            int updated = ctx.update(FRAMEWORK).set(FRAMEWORK.NAME, details.name()).set(FRAMEWORK.COUNCIL, details.council())
                    .set(FRAMEWORK.PERIOD_LABEL, details.periodLabel())
                    .set(FRAMEWORK.TRACKING_START, details.trackingStart())
                    .set(FRAMEWORK.GRACE_DAYS, details.graceDays())
                    .set(FRAMEWORK.VERSION, FRAMEWORK.VERSION.plus(1))
                    .where(FRAMEWORK.ID.eq(frameworkId).and(FRAMEWORK.VERSION.eq(expectedVersion))).execute();
            if (updated == 0) {
                throw Conflicts.changedSinceRead(ctx, "framework", frameworkId, "The framework's settings");
            }
            record(ctx, account, at, frameworkId, "name", before.getName(), details.name());
            record(ctx, account, at, frameworkId, "council", before.getCouncil(), details.council());
            record(ctx, account, at, frameworkId, "period", before.getPeriodLabel(), details.periodLabel());
            record(ctx, account, at, frameworkId, "tracking_start", before.getTrackingStart(), details.trackingStart());
            record(ctx, account, at, frameworkId, "grace_days", before.getGraceDays(), details.graceDays());
            return null;
        });
    }

    private static void record(DSLContext ctx, String account, Instant at, long id, String field, Object old,
                               Object now) {
        if (!String.valueOf(old).equals(String.valueOf(now))) {
            History.record(ctx, account, at, "framework", id, field, old, now);
        }
    }

    private static StatutoryFunctionRecord activeFunction(DSLContext ctx, long frameworkId, int number) {
        StatutoryFunctionRecord function = ctx.selectFrom(STATUTORY_FUNCTION).where(STATUTORY_FUNCTION.FRAMEWORK_ID
                .eq(frameworkId).and(STATUTORY_FUNCTION.FN_NUMBER.eq(number)).and(STATUTORY_FUNCTION.RETIRED.isFalse()))
                .fetchOne();
        if (function == null) {
            throw new RefusedException("There is no function " + number + " in this framework.");
        }
        return function;
    }

    private static MatrixRowRecord activeRow(DSLContext ctx, long frameworkId, Ref ref) {
        MatrixRowRecord row = ctx.selectFrom(MATRIX_ROW).where(MATRIX_ROW.FRAMEWORK_ID.eq(frameworkId)
                .and(MATRIX_ROW.REF.eq(ref.text())).and(MATRIX_ROW.RETIRED.isFalse())).fetchOne();
        if (row == null) {
            throw new RefusedException("There is no row " + ref + " in the matrix; it may have been retired or"
                    + " renumbered by someone else.");
        }
        return row;
    }
}
