package scot.cswo.assurance.testing;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.domain.action.ActionProgress;
import scot.cswo.assurance.domain.action.ImprovementAction;
import scot.cswo.assurance.domain.action.TrackedAction;
import scot.cswo.assurance.domain.dataset.CollectionFrequency;
import scot.cswo.assurance.domain.dataset.MeasureSeries;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.domain.evidence.Conclusion;
import scot.cswo.assurance.domain.frequency.Frequency;
import scot.cswo.assurance.domain.frequency.MeetingSeries;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.report.ReportSection;
import scot.cswo.assurance.domain.report.ReportYear;
import scot.cswo.assurance.domain.schedule.Period;
import scot.cswo.assurance.domain.schedule.Schedule;
import scot.cswo.assurance.service.access.Identity;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.WorkspaceOpener;
import scot.cswo.assurance.service.evidence.EvidenceInput;
import scot.cswo.assurance.service.importing.FrameworkTemplates;
import scot.cswo.assurance.service.report.ReportService;

/**
 * Illustrative data for screenshots and benchmarks (never shipped): the Dundee framework with
 * meetings and several years of plausible evidence, about one period in eight missed, recorded
 * through the same services the app uses.
 *
 * <p>Usage: {@code DemoData DB_FILE [YEARS] [TODAY]}; the signed-in account is linked to Jane Martin.
 */
public final class DemoData {
    private static final List<String> FORUMS = List.of("Joint Social Work Management Team", "Integration Joint Board",
            "Chief Officers Group", "Child Protection Committee", "Council Management Team");
    private static final List<String> NOTES = List.of("Report considered; actions agreed", "Reviewed with no exceptions",
            "Meeting held; minute approved", "Scorecard reviewed; two areas for follow-up",
            "Update received and discussed", "Audit findings considered");

    private DemoData() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        int years = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        LocalDate today = args.length > 2 ? LocalDate.parse(args[2]) : LocalDate.now();
        Identity me = new Identity(System.getProperty("user.name"));
        TestApp app = new TestApp(db.toAbsolutePath().getParent().resolve("demo-data"), today, me);
        try (Workspace workspace = app.opener().open(db, WorkspaceOpener.Mode.CREATE_IF_MISSING)) {
            fill(workspace, today, years, 2026L);
            Lead jane = workspace.tasks().leads().stream().filter(l -> l.name().equals("Jane Martin")).findFirst()
                    .orElseThrow();
            if (workspace.tasks().me().isEmpty()) {
                workspace.tasks().claim(jane.id());
            }
            illustrativeNarrative(workspace, today);
            illustrativeActions(workspace, today);
            illustrativeDataset(workspace, today, new Random(2026L));
        }
    }

    /** Typical levels for a city council's measures, by measure name; figures vary around them. */
    private static final Map<String, Integer> LEVELS = Map.ofEntries(
            Map.entry("Secure accommodation authorisations", 2),
            Map.entry("CSWO decisions to implement secure authorisations", 2),
            Map.entry("Welfare guardianships held by the CSWO", 95), Map.entry("Mental health officer reports completed", 60),
            Map.entry("Detentions with MHO consent", 45), Map.entry("Child protection registrations", 30),
            Map.entry("Children on the child protection register", 120),
            Map.entry("Looked after children at home with parents", 90),
            Map.entry("Looked after children in kinship care", 170),
            Map.entry("Looked after children with foster carers", 200),
            Map.entry("Looked after children in residential care", 60),
            Map.entry("Looked after children in secure accommodation", 3),
            Map.entry("Adult support and protection referrals", 450),
            Map.entry("Adult support and protection investigations", 40),
            Map.entry("Community payback orders imposed", 120),
            Map.entry("Community payback orders completed successfully", 78),
            Map.entry("MAPPA: registered sex offenders (category 1)", 160),
            Map.entry("MAPPA: restricted patients (category 2)", 3),
            Map.entry("MAPPA: other risk of serious harm (category 3)", 5), Map.entry("MAPPA: managed at level 1", 160),
            Map.entry("MAPPA: managed at level 2", 6), Map.entry("MAPPA: managed at level 3", 2),
            Map.entry("Social work staff in post", 310), Map.entry("Social worker vacancies", 18),
            Map.entry("Average caseload per social worker", 25),
            Map.entry("Newly qualified social workers in their supported year", 14),
            Map.entry("Social work staff turnover", 11));

    /** Eight quarters of illustrative figures and a few targets, through the same service the screen uses. */
    private static void illustrativeDataset(Workspace workspace, LocalDate today, Random random) {
        workspace.dataset().addStarterIfEmpty();
        List<MeasureSeries> measures = workspace.dataset().dataset();
        Quarter quarter = workspace.dataset().lastEndedQuarter();
        for (int i = 0; i < 7; i++) {
            quarter = quarter.previous();
        }
        for (int i = 0; i < 8; i++, quarter = quarter.next()) {
            Map<Long, String> values = new LinkedHashMap<>();
            for (MeasureSeries series : measures) {
                boolean annual = series.measure().collection() == CollectionFrequency.ANNUAL;
                int level = LEVELS.getOrDefault(series.measure().name(), 10);
                if (!annual || quarter.number() == 4) {
                    int spread = Math.max(1, level / 8);
                    values.put(series.id(), Integer.toString(Math.max(0, level - spread + random.nextInt(2 * spread
                            + 1))));
                }
            }
            workspace.dataset().enter(quarter, values, Map.of());
        }
        int year = workspace.dataset().lastEndedQuarter().financialYear();
        target(workspace, measures, "Average caseload per social worker", year, "24", "1");
        target(workspace, measures, "Community payback orders completed successfully", year, "80", "5");
        target(workspace, measures, "Social worker vacancies", year, "12", "4");
        target(workspace, measures, "Social work staff turnover", year, "10", "2");
    }

    private static void target(Workspace workspace, List<MeasureSeries> measures, String name, int year,
                               String value, String tolerance) {
        measures.stream().filter(s -> s.measure().name().equals(name)).findFirst()
                .ifPresent(s -> {
                    workspace.dataset().setTarget(s.id(), year, value, tolerance);
                    workspace.dataset().setTarget(s.id(), year - 1, value, tolerance);
                });
    }

    /** The Audit Scotland recommendations, two of them given to Jane Martin: one overdue, one due later. */
    private static void illustrativeActions(Workspace workspace, LocalDate today) {
        List<TrackedAction> actions = workspace.actions().addAuditScotland2016();
        TrackedAction reports = actions.get(7);
        workspace.actions().update(reports.id(), reports.version(), new ImprovementAction(reports.action().title(),
                reports.action().source(), "Jane Martin", today.minusDays(12), ActionProgress.AT_RISK));
        TrackedAction benchmark = actions.get(12);
        workspace.actions().update(benchmark.id(), benchmark.version(), new ImprovementAction(
                benchmark.action().title(), benchmark.action().source(), "Jane Martin", today.plusMonths(4),
                ActionProgress.ON_TRACK));
    }

    /** Narrative for last year's report, plainly marked as illustration. */
    private static void illustrativeNarrative(Workspace workspace, LocalDate today) {
        ReportYear last = new ReportYear((today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1) - 1);
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(ReportSection.INTRODUCTION.textKey(), "*This illustrative report was produced from demonstration"
                + " data by CSWO Assurance.*\n\nThe governance framework sets out how the Chief Social Work Officer is"
                + " assured about each statutory function. This report summarises that assurance for " + last.label()
                + ": what was evidenced, what was missed and why, and what the council is doing in response.");
        texts.put(ReportSection.ACHIEVEMENTS.textKey(), "- Quarterly scorecards were considered at every Joint Social"
                + " Work Management Team meeting\n- Weekly oversight of secure placements was recorded throughout the"
                + " year");
        texts.put(ReportSection.WEAKER_AREAS.textKey(), "Some periods were missed where meetings were postponed; each"
                + " is listed under **Exceptions** with the reason and the action agreed.");
        texts.put(ReportService.COMMITTEE, "Policy and Resources Committee");
        workspace.report().saveTexts(last, Map.of(), texts);
    }

    /** Loads Dundee tracked from the start of the financial year {@code years} back, then its history. */
    public static void fill(Workspace workspace, LocalDate today, int years, long seed) {
        Random random = new Random(seed);
        LocalDate yearStart = LocalDate.of(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1, 4, 1);
        LocalDate start = yearStart.minusYears(years - 1L);
        AssuranceMatrix matrix = workspace.matrix().matrixOrCreate(() -> FrameworkTemplates.dundee(start));
        addMeetings(workspace, start, today.plusMonths(5));
        Schedule schedule = workspace.status().schedule(matrix.framework());
        for (Mechanism mechanism : matrix.mechanisms()) {
            MatrixRow row = matrix.rowsOfMechanism(mechanism).getFirst();
            switch (mechanism.frequency()) {
                case Frequency.EventDriven e -> {
                    LocalDate day = start.plusDays(random.nextInt(120));
                    while (day.isBefore(today)) {
                        record(workspace, row, day, random);
                        day = day.plusDays(60 + random.nextInt(200));
                    }
                }
                case Frequency.OneOff o -> {
                    // One-off items are left for the user.
                }
                default -> {
                    for (Period period : schedule.periodsEndingBetween(mechanism.frequency(), start, today.plusYears(1))) {
                        LocalDate latest = period.end().isAfter(today) ? today : period.end();
                        boolean current = period.contains(today);
                        boolean recent = !current && period.end().isAfter(today.minusDays(75));
                        // Mostly assured; the current period often not yet, and the last one sometimes missed.
                        if (random.nextInt(8) == 0 || (current && random.nextBoolean()) || (recent && random.nextInt(4) == 0)) {
                            continue;
                        }
                        long span = latest.toEpochDay() - period.start().toEpochDay();
                        if (span >= 0) {
                            record(workspace, row, period.start().plusDays(random.nextLong(span + 1)), random);
                        }
                    }
                }
            }
        }
    }

    private static void record(Workspace workspace, MatrixRow row, LocalDate date, Random random) {
        Conclusion conclusion = random.nextInt(6) == 0 ? Conclusion.LIMITED
                : random.nextBoolean() ? Conclusion.SUBSTANTIAL : Conclusion.REASONABLE;
        workspace.evidence().record(row.ref(), new EvidenceInput(date, NOTES.get(random.nextInt(NOTES.size())),
                "Ref " + date.getYear() + "/" + (100 + random.nextInt(900)), FORUMS.get(random.nextInt(FORUMS.size())),
                conclusion, null, List.of()));
    }

    /** JSWMT on the second Wednesday of each quarter's last month; committees every two months; strategic each February. */
    private static void addMeetings(Workspace workspace, LocalDate from, LocalDate to) {
        for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(to); month = month.plusMonths(1)) {
            if (month.getMonthValue() % 3 == 0) {
                workspace.meetings().add(MeetingSeries.JSWMT,
                        month.with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.WEDNESDAY)));
            }
            if (month.getMonthValue() % 2 == 0) {
                workspace.meetings().add(MeetingSeries.COMMITTEE,
                        month.with(TemporalAdjusters.lastInMonth(DayOfWeek.TUESDAY)));
            }
            if (month.getMonthValue() == 2) {
                workspace.meetings().add(MeetingSeries.STRATEGIC, month.plusDays(25));
            }
        }
    }
}
