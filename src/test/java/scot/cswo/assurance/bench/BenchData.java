package scot.cswo.assurance.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.domain.dataset.CollectionFrequency;
import scot.cswo.assurance.domain.dataset.MeasureSeries;
import scot.cswo.assurance.domain.dataset.Polarity;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.service.access.Identity;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.WorkspaceOpener;
import scot.cswo.assurance.service.importing.FrameworkTemplates;
import scot.cswo.assurance.store.Database;
import scot.cswo.assurance.store.DatabaseLocation;

/** The databases the benchmarks run on, built in bulk (how they are built is not what is measured). */
final class BenchData {
    static final Identity BENCH = new Identity("COUNCIL\\bench");

    private BenchData() {
    }

    /**
     * Dundee's framework tracked for five years, each mechanism with evidence about every five
     * weeks up to today, as an office would have after five years of use; with five years of the
     * dataset's quarterly figures, targets for the rated measures, and the Audit Scotland actions.
     */
    static void dundeeFiveYears(Path file, LocalDate today) {
        try (Workspace workspace = new TestApp(file.resolveSibling("data"), today, BENCH).opener().open(file,
                WorkspaceOpener.Mode.CREATE_IF_MISSING)) {
            workspace.matrix().matrixOrCreate(() -> FrameworkTemplates.dundee(today.minusYears(5)));
            fiveYearsOfFigures(workspace);
            workspace.actions().addAuditScotland2016();
        }
        try (Database database = Database.openEmbedded(DatabaseLocation.of(file), false)) {
            database.write(ctx -> {
                evidence(ctx, 5L * 365 / 35, 35, today);
                latest(ctx);
                return null;
            });
        }
    }

    private static void fiveYearsOfFigures(Workspace workspace) {
        workspace.dataset().addStarterIfEmpty();
        List<MeasureSeries> measures = workspace.dataset().dataset();
        Quarter last = workspace.dataset().lastEndedQuarter();
        Quarter quarter = new Quarter(last.financialYear() - 5, last.number()).next();
        for (int n = 0; quarter.compareTo(last) <= 0; n++, quarter = quarter.next()) {
            Map<Long, String> values = new HashMap<>();
            for (MeasureSeries series : measures) {
                if (series.measure().collection() == CollectionFrequency.QUARTERLY || quarter.number() == 4) {
                    // Varied and sometimes small, so suppression and the charts have work to do.
                    values.put(series.id(), Long.toString(3 + (series.id() * 7 + n * 5) % 60));
                }
            }
            workspace.dataset().enter(quarter, values, Map.of());
        }
        for (MeasureSeries series : measures) {
            if (series.measure().polarity() != Polarity.CONTEXT_ONLY) {
                for (int year = last.financialYear() - 5; year <= last.financialYear(); year++) {
                    workspace.dataset().setTarget(series.id(), year, "30", "5");
                }
            }
        }
    }

    /** A framework of 50,000 mechanisms (100 functions of 500) with 5,000,000 evidence records. */
    static void scale(Path file, LocalDate today) {
        try (Workspace workspace = new TestApp(file.resolveSibling("data"), today, BENCH).opener().open(file,
                WorkspaceOpener.Mode.CREATE_IF_MISSING)) {
            workspace.matrix().matrixOrCreate(() -> FrameworkTemplates.blank(today.minusYears(5)));
        }
        try (Database database = Database.openEmbedded(DatabaseLocation.of(file), false)) {
            database.write(ctx -> {
                long framework = ((Number) ctx.fetchValue("select max(id) from framework")).longValue();
                ctx.execute("insert into statutory_function (framework_id, fn_number, title) select " + framework
                        + ", x, 'Statutory function ' || x from system_range(1, 100)");
                ctx.execute("insert into lead_officer (name) values ('Bench Lead')");
                ctx.execute("insert into mechanism (framework_id, description, frequency_kind, frequency_code,"
                        + " frequency_wording) select " + framework + ", 'Assurance mechanism number ' || x"
                        + " || ' about datasets, reports and oversight', 'PERIODIC',"
                        + " case mod(x, 4) when 0 then 'MONTHLY' when 1 then 'QUARTERLY' when 2 then 'TWICE_YEARLY'"
                        + " else 'ANNUALLY' end, case mod(x, 4) when 0 then 'Monthly' when 1 then 'Quarterly'"
                        + " when 2 then 'Twice yearly' else 'Annually' end from system_range(1, 50000)");
                ctx.execute("insert into mechanism_lead (mechanism_id, lead_id, ordinal) select m.id,"
                        + " (select max(id) from lead_officer), 0 from mechanism m where m.framework_id = " + framework);
                // Refs run to F100.500: a ref has at most three digits a side, so 100 functions of 500 rows.
                long first = ((Number) ctx.fetchValue("select min(id) from mechanism where framework_id = "
                        + framework)).longValue();
                ctx.execute("insert into matrix_row (framework_id, function_id, mechanism_id, ordinal, ref)"
                        + " select " + framework + ", f.id, m.id, m.id, 'F' || f.fn_number || '.' || (1 + (m.id - "
                        + first + ") / 100) from mechanism m join statutory_function f on f.framework_id ="
                        + " m.framework_id and f.fn_number = 1 + mod(m.id - " + first + ", 100)"
                        + " where m.framework_id = " + framework);
                return null;
            });
            database.write(ctx -> {
                evidence(ctx, 100, 18, today);
                latest(ctx);
                return null;
            });
        }
    }

    /**
     * {@code perMechanism} records for every mechanism, {@code everyDays} apart, ending at {@code today},
     * in one statement and one transaction. The ids are given rather than drawn from the identity,
     * whose cache refills commit the store every few rows and made 5,000,000 rows take many minutes.
     */
    private static void evidence(DSLContext ctx, long perMechanism, int everyDays, LocalDate today) {
        long first = 1 + ((Number) ctx.fetchValue("select coalesce(max(id), 0) from evidence")).longValue();
        ctx.execute("insert into evidence (id, mechanism_id, kind, activity_date, note, recorded_by, recorded_at)"
                + " select " + first + " + (m.id - (select min(id) from mechanism)) * " + perMechanism + " + n.x,"
                + " m.id, 'EVIDENCE', dateadd(day, -" + everyDays + " * n.x, date '" + today + "'),"
                + " 'Considered at the Joint Social Work Management Team', 'COUNCIL\\bench', current_timestamp"
                + " from mechanism m cross join system_range(0, " + (perMechanism - 1) + ") n");
        long next = 1 + ((Number) ctx.fetchValue("select max(id) from evidence")).longValue();
        ctx.execute("alter table evidence alter column id restart with " + next);
    }

    private static void latest(DSLContext ctx) {
        ctx.execute("update mechanism set last_evidence_date = (select max(e.activity_date) from evidence e"
                + " where e.mechanism_id = mechanism.id)");
    }
}
