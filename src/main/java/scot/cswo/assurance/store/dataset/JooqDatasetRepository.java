package scot.cswo.assurance.store.dataset;

import static scot.cswo.assurance.store.jooq.Tables.APP_SETTING;
import static scot.cswo.assurance.store.jooq.Tables.MEASURE;
import static scot.cswo.assurance.store.jooq.Tables.MEASURE_TARGET;
import static scot.cswo.assurance.store.jooq.Tables.MEASURE_VALUE;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import scot.cswo.assurance.domain.dataset.Aggregation;
import scot.cswo.assurance.domain.dataset.CollectionFrequency;
import scot.cswo.assurance.domain.dataset.DataPeriod;
import scot.cswo.assurance.domain.dataset.DatasetRepository;
import scot.cswo.assurance.domain.dataset.Measure;
import scot.cswo.assurance.domain.dataset.MeasureSeries;
import scot.cswo.assurance.domain.dataset.Polarity;
import scot.cswo.assurance.domain.dataset.SmallNumbers;
import scot.cswo.assurance.domain.dataset.Target;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.store.Conflicts;
import scot.cswo.assurance.store.Database;
import scot.cswo.assurance.store.History;
import scot.cswo.assurance.store.jooq.tables.records.MeasureRecord;

/** The dataset's measures, values and targets in the relational store. */
public final class JooqDatasetRepository implements DatasetRepository {
    private static final String ENTITY = "measure";
    private static final String THRESHOLD = "small-number threshold";
    private final Database database;

    public JooqDatasetRepository(Database database) {
        this.database = database;
    }

    @Override
    public boolean isEmpty() {
        return database.read(ctx -> !ctx.fetchExists(MEASURE));
    }

    @Override
    public List<MeasureSeries> dataset() {
        return database.read(JooqDatasetRepository::all);
    }

    @Override
    public List<MeasureSeries> addMeasures(List<Measure> measures, String account, Instant at) {
        return database.write(ctx -> {
            int ordinal = ctx.select(MEASURE.ORDINAL.max()).from(MEASURE).fetchOptional(0, Integer.class)
                    .orElse(0);
            for (Measure m : measures) {
                if (ctx.fetchExists(MEASURE, MEASURE.NAME.equalIgnoreCase(m.name()))) {
                    throw new RefusedException("There is already a measure called \"" + m.name() + "\".");
                }
                long id = ctx.insertInto(MEASURE).set(MEASURE.NAME, m.name()).set(MEASURE.UNIT, m.unit())
                        .set(MEASURE.STATUTORY_AREA, m.statutoryArea()).set(MEASURE.DEFINITION, m.definition())
                        .set(MEASURE.DATA_OWNER, m.dataOwner()).set(MEASURE.COLLECTION, m.collection().name())
                        .set(MEASURE.POLARITY, m.polarity().name()).set(MEASURE.AGGREGATION, m.aggregation().name())
                        .set(MEASURE.COUNTS_PEOPLE, m.countsPeople()).set(MEASURE.BREAKDOWN, m.breakdown())
                        .set(MEASURE.ORDINAL, ++ordinal)
                        .returningResult(MEASURE.ID).fetchSingle().value1();
                History.record(ctx, account, at, ENTITY, id, "added", null, m.name());
            }
            return all(ctx);
        });
    }

    @Override
    public MeasureSeries updateMeasure(long id, int expectedVersion, Measure m, String account, Instant at) {
        return database.write(ctx -> {
            MeasureRecord before = ctx.fetchOne(MEASURE, MEASURE.ID.eq(id));
            if (before == null) {
                throw new RefusedException("That measure no longer exists.");
            }
            if (ctx.fetchExists(MEASURE, MEASURE.NAME.equalIgnoreCase(m.name()).and(MEASURE.ID.ne(id)))) {
                throw new RefusedException("There is already a measure called \"" + m.name() + "\".");
            }
            int updated = ctx.update(MEASURE).set(MEASURE.NAME, m.name()).set(MEASURE.UNIT, m.unit())
                    .set(MEASURE.STATUTORY_AREA, m.statutoryArea()).set(MEASURE.DEFINITION, m.definition())
                    .set(MEASURE.DATA_OWNER, m.dataOwner()).set(MEASURE.COLLECTION, m.collection().name())
                    .set(MEASURE.POLARITY, m.polarity().name()).set(MEASURE.AGGREGATION, m.aggregation().name())
                    .set(MEASURE.COUNTS_PEOPLE, m.countsPeople()).set(MEASURE.BREAKDOWN, m.breakdown())
                    .set(MEASURE.VERSION, expectedVersion + 1)
                    .where(MEASURE.ID.eq(id).and(MEASURE.VERSION.eq(expectedVersion))).execute();
            if (updated == 0) {
                throw Conflicts.changedSinceRead(ctx, ENTITY, id, "This measure");
            }
            History.record(ctx, account, at, ENTITY, id, "name", before.getName(), m.name());
            History.record(ctx, account, at, ENTITY, id, "unit", before.getUnit(), m.unit());
            History.record(ctx, account, at, ENTITY, id, "statutory area", before.getStatutoryArea(), m.statutoryArea());
            History.record(ctx, account, at, ENTITY, id, "definition", before.getDefinition(), m.definition());
            History.record(ctx, account, at, ENTITY, id, "data owner", before.getDataOwner(), m.dataOwner());
            History.record(ctx, account, at, ENTITY, id, "collection", before.getCollection(), m.collection().name());
            History.record(ctx, account, at, ENTITY, id, "polarity", before.getPolarity(), m.polarity().name());
            History.record(ctx, account, at, ENTITY, id, "aggregation", before.getAggregation(), m.aggregation().name());
            History.record(ctx, account, at, ENTITY, id, "counts people", before.getCountsPeople(), m.countsPeople());
            History.record(ctx, account, at, ENTITY, id, "breakdown", before.getBreakdown(), m.breakdown());
            return all(ctx).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
        });
    }

    @Override
    public void saveValues(List<ValueChange> changes, String account, Instant at) {
        database.write(ctx -> {
            for (ValueChange change : changes) {
                // The measure's row lock puts concurrent saves to its values one after the other.
                MeasureRecord measure = ctx.selectFrom(MEASURE).where(MEASURE.ID.eq(change.measureId())).forUpdate()
                        .fetchOne();
                if (measure == null) {
                    throw new RefusedException("That measure no longer exists.");
                }
                DataPeriod period = change.period();
                var where = MEASURE_VALUE.MEASURE_ID.eq(change.measureId())
                        .and(MEASURE_VALUE.FINANCIAL_YEAR.eq(period.financialYear()))
                        .and(MEASURE_VALUE.QUARTER.eq((short) period.quarter()));
                BigDecimal current = ctx.select(MEASURE_VALUE.AMOUNT).from(MEASURE_VALUE).where(where)
                        .fetchOne(MEASURE_VALUE.AMOUNT);
                if (!MeasureSeries.sameValue(current, change.expected())) {
                    throw Conflicts.changedSinceRead(ctx, ENTITY, change.measureId(), "The value of \""
                            + measure.getName() + "\" for " + period.label());
                }
                if (MeasureSeries.sameValue(current, change.value())) {
                    continue;
                }
                ctx.deleteFrom(MEASURE_VALUE).where(where).execute();
                if (change.value() != null) {
                    ctx.insertInto(MEASURE_VALUE).set(MEASURE_VALUE.MEASURE_ID, change.measureId())
                            .set(MEASURE_VALUE.FINANCIAL_YEAR, period.financialYear())
                            .set(MEASURE_VALUE.QUARTER, (short) period.quarter())
                            .set(MEASURE_VALUE.AMOUNT, change.value()).set(MEASURE_VALUE.RECORDED_BY, account)
                            .set(MEASURE_VALUE.RECORDED_AT, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).execute();
                }
                History.record(ctx, account, at, ENTITY, change.measureId(), period.label() + " value",
                        plain(current), plain(change.value()));
            }
            return null;
        });
    }

    @Override
    public void saveTarget(long measureId, int financialYear, Target target, String account, Instant at) {
        database.write(ctx -> {
            if (!ctx.fetchExists(MEASURE, MEASURE.ID.eq(measureId))) {
                throw new RefusedException("That measure no longer exists.");
            }
            var where = MEASURE_TARGET.MEASURE_ID.eq(measureId).and(MEASURE_TARGET.FINANCIAL_YEAR.eq(financialYear));
            var before = ctx.selectFrom(MEASURE_TARGET).where(where).fetchOne();
            ctx.deleteFrom(MEASURE_TARGET).where(where).execute();
            if (target != null) {
                ctx.insertInto(MEASURE_TARGET).set(MEASURE_TARGET.MEASURE_ID, measureId)
                        .set(MEASURE_TARGET.FINANCIAL_YEAR, financialYear).set(MEASURE_TARGET.TARGET, target.value())
                        .set(MEASURE_TARGET.TOLERANCE, target.tolerance()).execute();
            }
            History.record(ctx, account, at, ENTITY, measureId, DataPeriod.year(financialYear).label() + " target",
                    before == null ? null : describe(new Target(before.getTarget(), before.getTolerance())),
                    target == null ? null : describe(target));
            return null;
        });
    }

    @Override
    public int threshold() {
        return database.read(ctx -> ctx.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING)
                .where(APP_SETTING.SETTING_KEY.eq(THRESHOLD)).fetchOptional(APP_SETTING.SETTING_VALUE)
                .map(Integer::parseInt).orElse(SmallNumbers.DEFAULT_THRESHOLD));
    }

    @Override
    public void saveThreshold(int threshold, String account, Instant at) {
        database.write(ctx -> {
            String before = ctx.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING)
                    .where(APP_SETTING.SETTING_KEY.eq(THRESHOLD)).fetchOne(APP_SETTING.SETTING_VALUE);
            ctx.deleteFrom(APP_SETTING).where(APP_SETTING.SETTING_KEY.eq(THRESHOLD)).execute();
            ctx.insertInto(APP_SETTING).set(APP_SETTING.SETTING_KEY, THRESHOLD)
                    .set(APP_SETTING.SETTING_VALUE, Integer.toString(threshold)).execute();
            History.record(ctx, account, at, "dataset", null, THRESHOLD, before, threshold);
            return null;
        });
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String describe(Target target) {
        return plain(target.value()) + " (tolerance " + plain(target.tolerance()) + ")";
    }

    private static List<MeasureSeries> all(DSLContext ctx) {
        Map<Long, Map<DataPeriod, BigDecimal>> values = new HashMap<>();
        ctx.selectFrom(MEASURE_VALUE).forEach(v -> values.computeIfAbsent(v.getMeasureId(), k -> new TreeMap<>())
                .put(new DataPeriod(v.getFinancialYear(), v.getQuarter()), v.getAmount().stripTrailingZeros()));
        Map<Long, Map<Integer, Target>> targets = new HashMap<>();
        ctx.selectFrom(MEASURE_TARGET).forEach(t -> targets.computeIfAbsent(t.getMeasureId(), k -> new HashMap<>())
                .put(t.getFinancialYear(), new Target(t.getTarget().stripTrailingZeros(),
                        t.getTolerance().stripTrailingZeros())));
        List<MeasureSeries> all = new ArrayList<>();
        for (MeasureRecord m : ctx.selectFrom(MEASURE).orderBy(MEASURE.ORDINAL, MEASURE.ID).fetch()) {
            Measure measure = new Measure(m.getName(), m.getUnit(), m.getStatutoryArea(), m.getDefinition(),
                    m.getDataOwner(), CollectionFrequency.valueOf(m.getCollection()), Polarity.valueOf(m.getPolarity()),
                    Aggregation.valueOf(m.getAggregation()), m.getCountsPeople(), m.getBreakdown());
            all.add(new MeasureSeries(m.getId(), measure, new TreeMap<>(values.getOrDefault(m.getId(), Map.of())),
                    targets.getOrDefault(m.getId(), Map.of()), m.getVersion()));
        }
        return all;
    }
}
