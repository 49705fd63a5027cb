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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import scot.cswo.assurance.domain.frequency.Frequency;
import scot.cswo.assurance.domain.matrix.FrameworkDetails;
import scot.cswo.assurance.domain.matrix.MatrixDraftBuilder;
import scot.cswo.assurance.domain.matrix.MatrixEditing;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.matrix.FrameworkRows;
import scot.cswo.assurance.domain.matrix.Moved;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.matrix.StatutoryFunction;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.store.Conflicts;
import scot.cswo.assurance.store.Database;
import scot.cswo.assurance.store.History;
import scot.cswo.assurance.store.lead.LeadRows;
import scot.cswo.assurance.store.jooq.tables.records.MechanismRecord;
import scot.cswo.assurance.store.jooq.tables.records.StatutoryFunctionRecord;

/** Editing a framework's matrix in the relational store. */
public final class JooqMatrixEditing implements MatrixEditing {
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
            History.record(ctx, account, at, "mechanism", change.mechanismId(), "description",
                    before.getDescription(), change.description());
            replaceLeads(ctx, change.mechanismId(), change.leadNames(), account, at);
            if (change.frequency() != null) {
                changeFrequency(ctx, before, change.frequency(), change.effectiveFrom(), account, at);
            }
            return null;
        });
        return matrices.mechanism(change.mechanismId()).orElseThrow();
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
                    .set(MECHANISM_LEAD.LEAD_ID, LeadRows.idOf(ctx, name, MatrixDraftBuilder.looksLikeRole(name), account,
                            at))
                    .set(MECHANISM_LEAD.ORDINAL, ordinal++).execute();
        }
        History.record(ctx, account, at, "mechanism", mechanismId, "leads", String.join(" / ", before),
                String.join(" / ", names));
    }

    private static void changeFrequency(DSLContext ctx, MechanismRecord before, Frequency frequency, LocalDate from,
                                        String account, Instant at) {
        long id = before.getId();
        if (from != null) {
            // Keep the rule that applied before the change, for the periods it still governs.
            boolean hasHistory = ctx.fetchExists(MECHANISM_FREQUENCY, MECHANISM_FREQUENCY.MECHANISM_ID.eq(id));
            if (!hasHistory) {
                ctx.insertInto(MECHANISM_FREQUENCY).set(MECHANISM_FREQUENCY.MECHANISM_ID, id)
                        .set(MECHANISM_FREQUENCY.EFFECTIVE_FROM, FrequencyColumns.FROM_THE_START)
                        .set(FrequencyColumns.DATED.copied(FrequencyColumns.CURRENT, before)).execute();
            }
            ctx.deleteFrom(MECHANISM_FREQUENCY).where(MECHANISM_FREQUENCY.MECHANISM_ID.eq(id)
                    .and(MECHANISM_FREQUENCY.EFFECTIVE_FROM.ge(from))).execute();
            ctx.insertInto(MECHANISM_FREQUENCY).set(MECHANISM_FREQUENCY.MECHANISM_ID, id)
                    .set(MECHANISM_FREQUENCY.EFFECTIVE_FROM, from).set(FrequencyColumns.DATED.of(frequency)).execute();
        } else {
            ctx.deleteFrom(MECHANISM_FREQUENCY).where(MECHANISM_FREQUENCY.MECHANISM_ID.eq(id)).execute();
        }
        ctx.update(MECHANISM).set(FrequencyColumns.CURRENT.of(frequency)).where(MECHANISM.ID.eq(id)).execute();
        History.record(ctx, account, at, "mechanism", id, "frequency", before.getFrequencyWording(),
                frequency.wording() + (from == null ? "" : " from " + from));
    }

    @Override
    public Ref addMechanism(long frameworkId, int functionNumber, String description, List<String> leadNames,
                           Frequency frequency, String account, Instant at) {
        return database.write(ctx -> {
            StatutoryFunction function = activeFunction(ctx, frameworkId, functionNumber);
            long mechanismId = ctx.insertInto(MECHANISM).set(MECHANISM.FRAMEWORK_ID, frameworkId)
                    .set(MECHANISM.DESCRIPTION, description).set(FrequencyColumns.CURRENT.of(frequency))
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
            StatutoryFunction function = activeFunction(ctx, mechanism.getFrameworkId(), functionNumber);
            return addRow(ctx, mechanism.getFrameworkId(), function, mechanismId, account, at);
        });
    }

    private static Ref addRow(DSLContext ctx, long frameworkId, StatutoryFunction function, long mechanismId,
                              String account, Instant at) {
        return switch (rows(ctx, frameworkId).list(function, mechanismId)) {
            case FrameworkRows.Listing.Reinstated(FrameworkRows.Row row) -> {
                ctx.update(MATRIX_ROW).set(MATRIX_ROW.RETIRED, false).setNull(MATRIX_ROW.RETIRED_ON)
                        .set(MATRIX_ROW.VERSION, MATRIX_ROW.VERSION.plus(1)).where(MATRIX_ROW.ID.eq(row.id())).execute();
                History.record(ctx, account, at, "row", row.id(), "reinstated", null, row.ref().text());
                yield row.ref();
            }
            case FrameworkRows.Listing.Added(Ref ref, int ordinal) -> {
                long rowId = ctx.insertInto(MATRIX_ROW).set(MATRIX_ROW.FRAMEWORK_ID, frameworkId)
                        .set(MATRIX_ROW.FUNCTION_ID, function.id()).set(MATRIX_ROW.MECHANISM_ID, mechanismId)
                        .set(MATRIX_ROW.ORDINAL, ordinal).set(MATRIX_ROW.REF, ref.text())
                        .returningResult(MATRIX_ROW.ID).fetchSingle().value1();
                History.record(ctx, account, at, "row", rowId, "added", null, ref.text());
                yield ref;
            }
        };
    }

    @Override
    public void retireRow(long frameworkId, Ref ref, LocalDate on, String account, Instant at) {
        database.write(ctx -> {
            FrameworkRows.Retirement retirement = rows(ctx, frameworkId).retire(ref);
            long rowId = retirement.row().id();
            long mechanismId = retirement.row().mechanismId();
            ctx.update(MATRIX_ROW).set(MATRIX_ROW.RETIRED, true).set(MATRIX_ROW.RETIRED_ON, on)
                    .set(MATRIX_ROW.VERSION, MATRIX_ROW.VERSION.plus(1)).where(MATRIX_ROW.ID.eq(rowId)).execute();
            History.record(ctx, account, at, "row", rowId, "retired", ref.text(), "retired from " + on);
            if (retirement.mechanismRetires()) {
                ctx.update(MECHANISM).set(MECHANISM.RETIRED, true).set(MECHANISM.VERSION, MECHANISM.VERSION.plus(1))
                        .where(MECHANISM.ID.eq(mechanismId)).execute();
                History.record(ctx, account, at, "mechanism", mechanismId, "retired", null, "retired from " + on);
            }
            return null;
        });
    }

    @Override
    public void moveRow(long frameworkId, Ref ref, int direction, String account, Instant at) {
        database.write(ctx -> {
            Moved<FrameworkRows.Row> moved = rows(ctx, frameworkId).move(ref, direction);
            for (int i = 0; i < moved.order().size(); i++) {
                ctx.update(MATRIX_ROW).set(MATRIX_ROW.ORDINAL, i + 1)
                        .where(MATRIX_ROW.ID.eq(moved.order().get(i).id())).execute();
            }
            long rowId = moved.order().stream().filter(r -> r.ref().equals(ref)).findFirst().orElseThrow().id();
            History.record(ctx, account, at, "row", rowId, "moved", ref.text(),
                    (direction < 0 ? "before " : "after ") + moved.neighbour().ref());
            return null;
        });
    }

    @Override
    public void moveFunction(long frameworkId, long functionId, int direction, String account, Instant at) {
        database.write(ctx -> {
            List<StatutoryFunctionRecord> functions = ctx.selectFrom(STATUTORY_FUNCTION)
                    .where(STATUTORY_FUNCTION.FRAMEWORK_ID.eq(frameworkId).and(STATUTORY_FUNCTION.RETIRED.isFalse()))
                    .orderBy(STATUTORY_FUNCTION.ORDINAL, STATUTORY_FUNCTION.FN_NUMBER).fetch();
            List<Long> ids = functions.stream().map(StatutoryFunctionRecord::getId).toList();
            Moved<StatutoryFunctionRecord> moved = Moved.of(functions, ids.indexOf(functionId), direction,
                    end -> "That function is already " + end + ".");
            for (int i = 0; i < moved.order().size(); i++) {
                ctx.update(STATUTORY_FUNCTION).set(STATUTORY_FUNCTION.ORDINAL, i + 1)
                        .where(STATUTORY_FUNCTION.ID.eq(moved.order().get(i).getId())).execute();
            }
            History.record(ctx, account, at, "function", functionId, "moved", null,
                    (direction < 0 ? "before function " : "after function ") + moved.neighbour().getFnNumber());
            return null;
        });
    }

    @Override
    public void renumber(long frameworkId, int functionNumber, String account, Instant at) {
        database.write(ctx -> {
            StatutoryFunction function = activeFunction(ctx, frameworkId, functionNumber);
            List<FrameworkRows.Renamed> renamed = rows(ctx, frameworkId).renumber(function);
            // Move every ref aside first, so the new refs never collide with the old ones.
            for (FrameworkRows.Renamed row : renamed) {
                ctx.update(MATRIX_ROW).set(MATRIX_ROW.REF, "~" + row.row().id()).where(MATRIX_ROW.ID.eq(row.row().id()))
                        .execute();
            }
            for (FrameworkRows.Renamed row : renamed) {
                ctx.update(MATRIX_ROW).set(MATRIX_ROW.REF, row.ref().text())
                        .set(MATRIX_ROW.VERSION, MATRIX_ROW.VERSION.plus(1)).where(MATRIX_ROW.ID.eq(row.row().id()))
                        .execute();
            }
            History.record(ctx, account, at, "function", function.id(), "renumbered", null,
                    renamed.stream().map(r -> r.row().ref() + "→" + r.ref()).sorted().collect(Collectors.joining(", ")));
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
            rows(ctx, function.getFrameworkId()).requireEmpty(function(function));
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
            NewFrameworks.requireNoneAddedSince(ctx, newestSeen, details.trackingStart());
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
                                .set(FrequencyColumns.CURRENT.copied(FrequencyColumns.CURRENT, m))
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
            History.record(ctx, account, at, "framework", frameworkId, "name", before.getName(), details.name());
            History.record(ctx, account, at, "framework", frameworkId, "council", before.getCouncil(), details.council());
            History.record(ctx, account, at, "framework", frameworkId, "period", before.getPeriodLabel(), details.periodLabel());
            History.record(ctx, account, at, "framework", frameworkId, "tracking_start", before.getTrackingStart(), details.trackingStart());
            History.record(ctx, account, at, "framework", frameworkId, "grace_days", before.getGraceDays(), details.graceDays());
            return null;
        });
    }


    private static StatutoryFunction activeFunction(DSLContext ctx, long frameworkId, int number) {
        StatutoryFunctionRecord function = ctx.selectFrom(STATUTORY_FUNCTION).where(STATUTORY_FUNCTION.FRAMEWORK_ID
                .eq(frameworkId).and(STATUTORY_FUNCTION.FN_NUMBER.eq(number)).and(STATUTORY_FUNCTION.RETIRED.isFalse()))
                .fetchOne();
        if (function == null) {
            throw new RefusedException("There is no function " + number + " in this framework.");
        }
        return function(function);
    }

    private static StatutoryFunction function(StatutoryFunctionRecord r) {
        return new StatutoryFunction(r.getId(), r.getFnNumber(), r.getTitle(), r.getVersion());
    }

    /** Every row of a framework's matrix, retired ones included. */
    private static FrameworkRows rows(DSLContext ctx, long frameworkId) {
        return new FrameworkRows(ctx.selectFrom(MATRIX_ROW).where(MATRIX_ROW.FRAMEWORK_ID.eq(frameworkId))
                .fetch(r -> new FrameworkRows.Row(r.getId(), new Ref(r.getRef()), r.getFunctionId(), r.getMechanismId(),
                        r.getOrdinal(), r.getRetired())));
    }
}
