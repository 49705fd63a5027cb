package scot.cswo.assurance.store.matrix;

import static scot.cswo.assurance.store.jooq.Tables.FRAMEWORK;
import static scot.cswo.assurance.store.jooq.Tables.LEAD_OFFICER;
import static scot.cswo.assurance.store.jooq.Tables.MATRIX_ROW;
import static scot.cswo.assurance.store.jooq.Tables.MECHANISM;
import static scot.cswo.assurance.store.jooq.Tables.MECHANISM_LEAD;
import static scot.cswo.assurance.store.jooq.Tables.STATUTORY_FUNCTION;

import java.time.Clock;
import java.time.Month;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import scot.cswo.assurance.domain.frequency.Frequencies;
import scot.cswo.assurance.domain.frequency.Frequency;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.Framework;
import scot.cswo.assurance.domain.matrix.FrameworkDetails;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.matrix.MatrixDraft;
import scot.cswo.assurance.domain.matrix.MatrixRepository;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.matrix.StatutoryFunction;
import scot.cswo.assurance.store.Database;
import scot.cswo.assurance.store.jooq.tables.records.FrameworkRecord;

/** Frameworks and their matrices in the relational store. */
public final class JooqMatrixRepository implements MatrixRepository {
    private final Database database;
    private final Clock clock;

    public JooqMatrixRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public boolean hasFramework() {
        return database.read(ctx -> ctx.fetchExists(FRAMEWORK));
    }

    @Override
    public Optional<AssuranceMatrix> currentMatrix() {
        return database.read(ctx -> currentFramework(ctx).map(fw -> load(ctx, fw)));
    }

    @Override
    public AssuranceMatrix create(FrameworkDetails details, MatrixDraft draft) {
        long frameworkId = database.write(ctx -> insert(ctx, details, draft));
        return database.read(ctx -> load(ctx, ctx.fetchSingle(FRAMEWORK, FRAMEWORK.ID.eq(frameworkId))));
    }

    private long insert(DSLContext ctx, FrameworkDetails details, MatrixDraft draft) {
        long frameworkId = ctx.insertInto(FRAMEWORK)
                .set(FRAMEWORK.NAME, details.name())
                .set(FRAMEWORK.COUNCIL, details.council())
                .set(FRAMEWORK.PERIOD_LABEL, details.periodLabel())
                .set(FRAMEWORK.TRACKING_START, details.trackingStart())
                .set(FRAMEWORK.YEAR_START_MONTH, details.yearStart().getValue())
                .set(FRAMEWORK.GRACE_DAYS, details.graceDays())
                .set(FRAMEWORK.CREATED_AT, OffsetDateTime.now(clock))
                .returningResult(FRAMEWORK.ID).fetchSingle().value1();

        Map<Integer, Long> functionIds = new HashMap<>();
        for (MatrixDraft.FunctionDraft function : draft.functions()) {
            functionIds.put(function.number(), ctx.insertInto(STATUTORY_FUNCTION)
                    .set(STATUTORY_FUNCTION.FRAMEWORK_ID, frameworkId)
                    .set(STATUTORY_FUNCTION.FN_NUMBER, function.number())
                    .set(STATUTORY_FUNCTION.TITLE, function.title())
                    .returningResult(STATUTORY_FUNCTION.ID).fetchSingle().value1());
        }

        Map<String, Long> leadIds = existingLeads(ctx);
        List<Long> mechanismIds = new ArrayList<>();
        for (MatrixDraft.MechanismDraft mechanism : draft.mechanisms()) {
            Frequency frequency = mechanism.frequency();
            long mechanismId = ctx.insertInto(MECHANISM)
                    .set(MECHANISM.FRAMEWORK_ID, frameworkId)
                    .set(MECHANISM.DESCRIPTION, mechanism.description())
                    .set(MECHANISM.FREQUENCY_KIND, frequency.kind().name())
                    .set(MECHANISM.FREQUENCY_CODE, frequency.code())
                    .set(MECHANISM.FREQUENCY_WORDING, frequency.wording())
                    .set(MECHANISM.TARGET_DATE, frequency instanceof Frequency.OneOff once ? once.target() : null)
                    .returningResult(MECHANISM.ID).fetchSingle().value1();
            mechanismIds.add(mechanismId);
            int ordinal = 0;
            for (MatrixDraft.LeadDraft lead : mechanism.leads()) {
                long leadId = leadIds.computeIfAbsent(lead.name().toLowerCase(Locale.ROOT), key ->
                        ctx.insertInto(LEAD_OFFICER)
                                .set(LEAD_OFFICER.NAME, lead.name())
                                .set(LEAD_OFFICER.IS_ROLE, lead.role())
                                .returningResult(LEAD_OFFICER.ID).fetchSingle().value1());
                ctx.insertInto(MECHANISM_LEAD)
                        .set(MECHANISM_LEAD.MECHANISM_ID, mechanismId)
                        .set(MECHANISM_LEAD.LEAD_ID, leadId)
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

    private static Map<String, Long> existingLeads(DSLContext ctx) {
        Map<String, Long> ids = new HashMap<>();
        ctx.select(LEAD_OFFICER.NAME, LEAD_OFFICER.ID).from(LEAD_OFFICER)
                .forEach(r -> ids.put(r.value1().toLowerCase(Locale.ROOT), r.value2()));
        return ids;
    }

    private static Optional<FrameworkRecord> currentFramework(DSLContext ctx) {
        return ctx.selectFrom(FRAMEWORK)
                .orderBy(FRAMEWORK.READ_ONLY.asc(), FRAMEWORK.CREATED_AT.desc(), FRAMEWORK.ID.desc())
                .limit(1).fetchOptional();
    }

    private static AssuranceMatrix load(DSLContext ctx, FrameworkRecord fw) {
        Framework framework = new Framework(fw.getId(), fw.getName(), fw.getCouncil(), fw.getPeriodLabel(),
                fw.getTrackingStart(), Month.of(fw.getYearStartMonth()), fw.getGraceDays(), fw.getReadOnly());

        Map<Long, StatutoryFunction> functions = ctx.selectFrom(STATUTORY_FUNCTION)
                .where(STATUTORY_FUNCTION.FRAMEWORK_ID.eq(fw.getId()).and(STATUTORY_FUNCTION.RETIRED.isFalse()))
                .fetch().stream()
                .map(r -> new StatutoryFunction(r.getId(), r.getFnNumber(), r.getTitle()))
                .collect(Collectors.toMap(StatutoryFunction::id, f -> f));

        Map<Long, List<Lead>> leadsByMechanism = new HashMap<>();
        ctx.select(MECHANISM_LEAD.MECHANISM_ID, LEAD_OFFICER.ID, LEAD_OFFICER.NAME, LEAD_OFFICER.JOB_TITLE,
                        LEAD_OFFICER.WINDOWS_ACCOUNT, LEAD_OFFICER.IS_ROLE)
                .from(MECHANISM_LEAD).join(LEAD_OFFICER).on(LEAD_OFFICER.ID.eq(MECHANISM_LEAD.LEAD_ID))
                .join(MECHANISM).on(MECHANISM.ID.eq(MECHANISM_LEAD.MECHANISM_ID))
                .where(MECHANISM.FRAMEWORK_ID.eq(fw.getId()))
                .orderBy(MECHANISM_LEAD.MECHANISM_ID, MECHANISM_LEAD.ORDINAL)
                .forEach(r -> leadsByMechanism.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new Lead(r.value2(), r.value3(), r.value4(), r.value5(), r.value6())));

        Map<Long, Mechanism> mechanisms = ctx.selectFrom(MECHANISM)
                .where(MECHANISM.FRAMEWORK_ID.eq(fw.getId()).and(MECHANISM.RETIRED.isFalse()))
                .fetch().stream()
                .map(r -> new Mechanism(r.getId(), r.getDescription(),
                        Frequencies.fromCode(r.getFrequencyCode(), r.getFrequencyWording(), r.getTargetDate()),
                        leadsByMechanism.getOrDefault(r.getId(), List.of())))
                .collect(Collectors.toMap(Mechanism::id, m -> m));

        List<MatrixRow> rows = ctx.selectFrom(MATRIX_ROW)
                .where(MATRIX_ROW.FRAMEWORK_ID.eq(fw.getId()).and(MATRIX_ROW.RETIRED.isFalse()))
                .orderBy(MATRIX_ROW.ID)
                .fetch().stream()
                .filter(r -> functions.containsKey(r.getFunctionId()) && mechanisms.containsKey(r.getMechanismId()))
                .map(r -> new MatrixRow(r.getId(), new Ref(r.getRef()), functions.get(r.getFunctionId()),
                        mechanisms.get(r.getMechanismId())))
                .toList();
        return new AssuranceMatrix(framework, List.copyOf(functions.values()), rows);
    }
}
