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
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.SQLDialect;
import scot.cswo.assurance.domain.frequency.Frequency;
import scot.cswo.assurance.domain.frequency.FrequencyTimeline;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.Framework;
import scot.cswo.assurance.domain.matrix.FrameworkDetails;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.matrix.MatrixDraft;
import scot.cswo.assurance.domain.matrix.MatrixRepository;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.matrix.RecordsHeld;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.matrix.StatutoryFunction;
import scot.cswo.assurance.domain.matrix.UntouchedStarter;
import scot.cswo.assurance.domain.access.ConflictException;
import scot.cswo.assurance.store.Database;
import scot.cswo.assurance.store.History;
import scot.cswo.assurance.store.lead.LeadRows;
import scot.cswo.assurance.store.jooq.tables.records.FrameworkRecord;
import scot.cswo.assurance.store.jooq.tables.records.MatrixRowRecord;

/** Frameworks and their matrices in the relational store. */
public final class JooqMatrixRepository implements MatrixRepository {
    private final Database database;

    public JooqMatrixRepository(Database database) {
        this.database = database;
    }

    @Override
    public boolean hasFramework() {
        return database.read(ctx -> ctx.fetchExists(FRAMEWORK));
    }

    @Override
    public List<Framework> frameworks() {
        return database.read(ctx -> ctx.selectFrom(FRAMEWORK).orderBy(FRAMEWORK.TRACKING_START, FRAMEWORK.ID)
                .fetch(JooqMatrixRepository::framework));
    }

    @Override
    public AssuranceMatrix matrix(long frameworkId, LocalDate activeSince) {
        return database.read(ctx -> streamed(ctx, () -> load(ctx, ctx.fetchSingle(FRAMEWORK,
                FRAMEWORK.ID.eq(frameworkId)), activeSince)));
    }

    @Override
    public Optional<Long> frameworkOf(long mechanismId) {
        return database.read(ctx -> ctx.select(MECHANISM.FRAMEWORK_ID).from(MECHANISM).where(MECHANISM.ID.eq(mechanismId))
                .fetchOptional(MECHANISM.FRAMEWORK_ID));
    }

    @Override
    public AssuranceMatrix create(FrameworkDetails details, MatrixDraft draft, long newestSeen, String account,
                                  Instant at) {
        long frameworkId = database.write(ctx -> {
            NewFrameworks.requireNoneAddedSince(ctx, newestSeen, details.trackingStart());
            return insertRecorded(ctx, details, draft, account, at);
        });
        return database.read(ctx -> load(ctx, ctx.fetchSingle(FRAMEWORK, FRAMEWORK.ID.eq(frameworkId)), null));
    }

    @Override
    public RecordsHeld recordsHeld(long frameworkId) {
        return database.read(ctx -> StarterFrameworks.recordsHeld(ctx, frameworkId));
    }

    @Override
    public AssuranceMatrix replaceStarter(UntouchedStarter starter, FrameworkDetails details, MatrixDraft draft,
                                          long newestSeen, String account, Instant at) {
        long frameworkId = database.write(ctx -> {
            NewFrameworks.requireNewestSeen(ctx, newestSeen);
            long starterId = starter.framework().id();
            // Judged again under the lock: a record made since the check keeps the starter, and the import waits.
            boolean stillUntouched = UntouchedStarter.among(ctx.selectFrom(FRAMEWORK).fetch(JooqMatrixRepository::framework),
                    id -> StarterFrameworks.recordsHeld(ctx, id)).filter(s -> s.framework().id() == starterId).isPresent();
            if (!stillUntouched) {
                throw new ConflictException("Something was recorded against \"" + starter.framework().name()
                        + "\" after the file was checked, so it is no longer replaced and nothing was changed."
                        + " Import the file again to see what it would do now.");
            }
            StarterFrameworks.remove(ctx, starterId);
            NewFrameworks.requireNoneStartingOn(ctx, details.trackingStart());
            long id = insertRecorded(ctx, details, draft, account, at);
            History.record(ctx, account, at, "framework", id, "replaced the starter", starter.framework().name(),
                    starter.replacementNote());
            return id;
        });
        return database.read(ctx -> load(ctx, ctx.fetchSingle(FRAMEWORK, FRAMEWORK.ID.eq(frameworkId)), null));
    }

    private long insertRecorded(DSLContext ctx, FrameworkDetails details, MatrixDraft draft, String account,
                                Instant at) {
        long id = insert(ctx, details, draft, account, at);
        History.record(ctx, account, at, "framework", id, "created", null, details.name() + " ("
                + draft.functions().size() + " functions, " + draft.rows().size() + " rows)");
        return id;
    }

    private long insert(DSLContext ctx, FrameworkDetails details, MatrixDraft draft, String account, Instant at) {
        long frameworkId = ctx.insertInto(FRAMEWORK)
                .set(FRAMEWORK.NAME, details.name())
                .set(FRAMEWORK.COUNCIL, details.council())
                .set(FRAMEWORK.PERIOD_LABEL, details.periodLabel())
                .set(FRAMEWORK.TRACKING_START, details.trackingStart())
                .set(FRAMEWORK.YEAR_START_MONTH, details.yearStart().getValue())
                .set(FRAMEWORK.GRACE_DAYS, details.graceDays())
                .set(FRAMEWORK.CREATED_AT, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .returningResult(FRAMEWORK.ID).fetchSingle().value1();

        Map<Integer, Long> functionIds = new HashMap<>();
        for (MatrixDraft.FunctionDraft function : draft.functions()) {
            functionIds.put(function.number(), ctx.insertInto(STATUTORY_FUNCTION)
                    .set(STATUTORY_FUNCTION.FRAMEWORK_ID, frameworkId)
                    .set(STATUTORY_FUNCTION.FN_NUMBER, function.number())
                    .set(STATUTORY_FUNCTION.TITLE, function.title())
                    .returningResult(STATUTORY_FUNCTION.ID).fetchSingle().value1());
        }

        List<Long> mechanismIds = new ArrayList<>();
        for (MatrixDraft.MechanismDraft mechanism : draft.mechanisms()) {
            long mechanismId = ctx.insertInto(MECHANISM)
                    .set(MECHANISM.FRAMEWORK_ID, frameworkId)
                    .set(MECHANISM.DESCRIPTION, mechanism.description())
                    .set(FrequencyColumns.CURRENT.of(mechanism.frequency()))
                    .returningResult(MECHANISM.ID).fetchSingle().value1();
            mechanismIds.add(mechanismId);
            int ordinal = 0;
            for (MatrixDraft.LeadDraft lead : mechanism.leads()) {
                ctx.insertInto(MECHANISM_LEAD)
                        .set(MECHANISM_LEAD.MECHANISM_ID, mechanismId)
                        .set(MECHANISM_LEAD.LEAD_ID, LeadRows.idOf(ctx, lead.name(), lead.role(), lead.email(), account,
                                at))
                        .set(MECHANISM_LEAD.ORDINAL, ordinal++)
                        .execute();
            }
        }

        Map<Integer, Integer> ordinals = new HashMap<>();
        for (MatrixDraft.RowDraft row : draft.rows()) {
            ctx.insertInto(MATRIX_ROW)
                    .set(MATRIX_ROW.FRAMEWORK_ID, frameworkId)
                    .set(MATRIX_ROW.FUNCTION_ID, functionIds.get(row.functionNumber()))
                    .set(MATRIX_ROW.MECHANISM_ID, mechanismIds.get(row.mechanismIndex()))
                    .set(MATRIX_ROW.ORDINAL, ordinals.merge(row.functionNumber(), 1, Integer::sum))
                    .set(MATRIX_ROW.REF, row.ref().text())
                    .execute();
        }
        return frameworkId;
    }

    @Override
    public Optional<Mechanism> mechanism(long mechanismId) {
        return Optional.ofNullable(database.read(ctx -> mechanisms(ctx, MECHANISM.ID.eq(mechanismId))).get(mechanismId));
    }

    private static Framework framework(FrameworkRecord fw) {
        return new Framework(fw.getId(), fw.getName(), fw.getCouncil(), fw.getPeriodLabel(), fw.getTrackingStart(),
                Month.of(fw.getYearStartMonth()), fw.getGraceDays(), fw.getCreatedAt().toInstant(), fw.getVersion());
    }

    /**
     * @param activeSince null for the matrix as it is now; otherwise also rows and functions retired
     *                    after this date (a past year's report still shows them)
     */
    private static AssuranceMatrix load(DSLContext ctx, FrameworkRecord fw, LocalDate activeSince) {
        Framework framework = framework(fw);

        Map<Long, StatutoryFunction> functions = ctx.selectFrom(STATUTORY_FUNCTION)
                .where(STATUTORY_FUNCTION.FRAMEWORK_ID.eq(fw.getId()).and(active(STATUTORY_FUNCTION.RETIRED,
                        STATUTORY_FUNCTION.RETIRED_ON, activeSince)))
                .orderBy(STATUTORY_FUNCTION.ORDINAL, STATUTORY_FUNCTION.FN_NUMBER)
                .fetch().stream()
                .map(r -> new StatutoryFunction(r.getId(), r.getFnNumber(), r.getTitle(), r.getVersion()))
                .collect(Collectors.toMap(StatutoryFunction::id, f -> f, (a, b) -> a, LinkedHashMap::new));

        Map<Long, Mechanism> mechanisms = mechanisms(ctx, MECHANISM.FRAMEWORK_ID.eq(fw.getId()));

        List<MatrixRow> rows = ctx.selectFrom(MATRIX_ROW)
                .where(MATRIX_ROW.FRAMEWORK_ID.eq(fw.getId()).and(active(MATRIX_ROW.RETIRED, MATRIX_ROW.RETIRED_ON,
                        activeSince)))
                .fetch().stream()
                // Sorted here rather than by the query, which made H2 sort a large framework's rows on disk.
                .sorted(Comparator.comparing(MatrixRowRecord::getOrdinal).thenComparing(MatrixRowRecord::getId))
                .filter(r -> functions.containsKey(r.getFunctionId()) && mechanisms.containsKey(r.getMechanismId()))
                .map(r -> new MatrixRow(r.getId(), new Ref(r.getRef()), functions.get(r.getFunctionId()),
                        mechanisms.get(r.getMechanismId())))
                .toList();
        return new AssuranceMatrix(framework, List.copyOf(functions.values()), rows);
    }

    /**
     * Runs {@code load} with H2 handing rows over as it reads them: otherwise it first copies a result of
     * more rows than it keeps in memory (40,000 per GB of heap) into a temporary file, which for a large
     * framework cost more than reading it. Each query here is read to its end before the next starts.
     */
    private static <T> T streamed(DSLContext ctx, Supplier<T> load) {
        if (ctx.dialect() != SQLDialect.H2) {
            return load.get();
        }
        ctx.execute("SET LAZY_QUERY_EXECUTION TRUE");
        try {
            return load.get();
        } finally {
            ctx.execute("SET LAZY_QUERY_EXECUTION FALSE");
        }
    }

    private static Condition active(Field<Boolean> retired, Field<LocalDate> retiredOn, LocalDate activeSince) {
        return activeSince == null ? retired.isFalse() : retired.isFalse().or(retiredOn.gt(activeSince));
    }

    /** The mechanisms that meet {@code which}, retired ones included, with their leads and dated rules, by id. */
    private static Map<Long, Mechanism> mechanisms(DSLContext ctx, Condition which) {
        // Leads once each, then the pairs: joining every pair to its lead's row, and sorting the pairs in
        // the query, made H2 look up and sort a row per pair, which dominated a large framework's load.
        Map<Long, Lead> leads = new HashMap<>();
        ctx.selectFrom(LEAD_OFFICER).where(LEAD_OFFICER.ID.in(ctx.select(MECHANISM_LEAD.LEAD_ID).from(MECHANISM_LEAD)
                        .join(MECHANISM).on(MECHANISM.ID.eq(MECHANISM_LEAD.MECHANISM_ID)).where(which)))
                .forEach(r -> leads.put(r.getId(), LeadRows.lead(r)));
        Map<Long, List<Record3<Long, Long, Integer>>> pairs = new HashMap<>();
        ctx.select(MECHANISM_LEAD.MECHANISM_ID, MECHANISM_LEAD.LEAD_ID, MECHANISM_LEAD.ORDINAL)
                .from(MECHANISM_LEAD).join(MECHANISM).on(MECHANISM.ID.eq(MECHANISM_LEAD.MECHANISM_ID)).where(which)
                .forEach(r -> pairs.computeIfAbsent(r.value1(), k -> new ArrayList<>(2)).add(r));

        Map<Long, List<FrequencyTimeline.Change>> history = new HashMap<>();
        ctx.select(MECHANISM_FREQUENCY.fields()).from(MECHANISM_FREQUENCY).join(MECHANISM)
                .on(MECHANISM.ID.eq(MECHANISM_FREQUENCY.MECHANISM_ID)).where(which)
                .forEach(r -> history.computeIfAbsent(r.get(MECHANISM_FREQUENCY.MECHANISM_ID), k -> new ArrayList<>())
                        .add(new FrequencyTimeline.Change(
                                FrequencyColumns.effectiveFrom(r.get(MECHANISM_FREQUENCY.EFFECTIVE_FROM)),
                                FrequencyColumns.DATED.read(r))));

        Map<Long, Mechanism> result = new HashMap<>();
        ctx.selectFrom(MECHANISM).where(which).forEach(r -> {
            Frequency frequency = FrequencyColumns.CURRENT.read(r);
            List<FrequencyTimeline.Change> changes = history.get(r.getId());
            List<Record3<Long, Long, Integer>> own = pairs.getOrDefault(r.getId(), List.of());
            List<Lead> its = own.stream().sorted(Comparator.comparing(Record3::value3))
                    .map(pair -> leads.get(pair.value2())).toList();
            result.put(r.getId(), new Mechanism(r.getId(), r.getDescription(), frequency, its, r.getVersion(),
                    changes == null ? FrequencyTimeline.of(frequency) : new FrequencyTimeline(changes)));
        });
        return result;
    }
}
