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
import scot.cswo.assurance.service.Identity;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.WorkspaceOpener;
import scot.cswo.assurance.service.evidence.EvidenceInput;
import scot.cswo.assurance.service.matrix.FrameworkTemplates;
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
        }
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
