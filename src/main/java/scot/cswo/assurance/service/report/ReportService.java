package scot.cswo.assurance.service.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.dataset.Quarter;
import scot.cswo.assurance.domain.evidence.EvidenceKind;
import scot.cswo.assurance.domain.frequency.Frequency;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.Framework;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problems;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.domain.report.ExceptionNote;
import scot.cswo.assurance.domain.report.ReportPicture;
import scot.cswo.assurance.domain.report.ReportRepository;
import scot.cswo.assurance.domain.report.ReportSection;
import scot.cswo.assurance.domain.report.ReportTemplate;
import scot.cswo.assurance.domain.report.ReportYear;
import scot.cswo.assurance.domain.report.Resources;
import scot.cswo.assurance.domain.schedule.MechanismStatus;
import scot.cswo.assurance.domain.schedule.Period;
import scot.cswo.assurance.domain.schedule.PeriodOutcome;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.domain.schedule.StatusBoard;
import scot.cswo.assurance.domain.schedule.YearReview;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.service.access.Identity;
import scot.cswo.assurance.service.access.Access;
import scot.cswo.assurance.service.action.ActionService;
import scot.cswo.assurance.service.action.ActionService.ActionLine;
import scot.cswo.assurance.service.dataset.DatasetService;
import scot.cswo.assurance.service.evidence.EvidenceEntry;
import scot.cswo.assurance.service.evidence.EvidenceService;
import scot.cswo.assurance.service.matrix.MatrixService;
import scot.cswo.assurance.service.schedule.StatusService;

/** The annual report's figures and texts, for the Report screen and the report command. */
public final class ReportService {
    public static final String LEADS_SETTING = "report.leads";
    public static final String LEADS_BY_NAME = "name";
    /** Stored as "job-title" since before leads without one were shown by post. */
    public static final String LEADS_BY_POST = "job-title";
    public static final String COMMITTEE = "cover.committee";
    public static final String COMMITTEE_DATE = "cover.date";
    public static final String REPORT_NUMBER = "cover.number";

    private final MatrixService matrices;
    private final StatusService statuses;
    private final EvidenceService evidence;
    private static final String WRITE = "write the annual report";
    /** A missed period's reason or action: a few sentences in the report's exceptions table. */
    private static final int MAX_NOTE = 2000;
    private final ReportRepository reports;
    private final DatasetService dataset;
    private final ActionService actions;
    private final Access access;
    private final Identity identity;
    private final Clock clock;

    public ReportService(MatrixService matrices, StatusService statuses, EvidenceService evidence,
                         ReportRepository reports, DatasetService dataset, ActionService actions, Access access,
                         Clock clock) {
        this.matrices = matrices;
        this.statuses = statuses;
        this.evidence = evidence;
        this.reports = reports;
        this.dataset = dataset;
        this.actions = actions;
        this.access = access;
        this.identity = access.identity();
        this.clock = clock;
    }

    /** Reads a year such as "2024-25", explaining the form when it is not one. */
    public static ReportYear year(String text) {
        return ReportYear.parse(text).orElseThrow(() -> new InvalidDataException(
                "\"" + text + "\" is not a financial year; write it like 2024-25."));
    }

    /** The years the framework has data for, newest first: from the tracking start to the current year. */
    public List<ReportYear> years() {
        Framework framework = matrices.matrix().framework();
        LocalDate earliest = matrices.frameworks().stream().map(Framework::trackingStart).min(LocalDate::compareTo)
                .orElse(framework.trackingStart());
        ReportYear first = ReportYear.containing(earliest, framework.yearStart());
        ReportYear current = ReportYear.containing(LocalDate.now(clock), framework.yearStart());
        List<ReportYear> years = new ArrayList<>();
        for (int y = current.startYear(); y >= first.startYear(); y--) {
            years.add(new ReportYear(y));
        }
        return years;
    }

    /**
     * Everything the report shows. The position is as at the year's last day, or today for a year in
     * progress, or {@code asOf} if earlier; evidence dated after it is never seen, so a closed year's
     * report does not change when later evidence is recorded.
     */
    public AnnualReportData data(ReportYear year, Optional<LocalDate> asOf) {
        return data(year, asOf, false);
    }

    /** @param atClose looked back on from the close of the date (a quarter's end): what ended by then is final */
    private AnnualReportData data(ReportYear year, Optional<LocalDate> asOf, boolean atClose) {
        AssuranceMatrix matrix = matrixFor(year, asOf);
        Framework framework = matrix.framework();
        Period period = year.period(framework.yearStart());
        if (period.end().isBefore(framework.trackingStart())) {
            throw new RefusedException("There is no data for " + year.label() + ": the framework \"" + framework.name()
                    + "\" is tracked from " + DateFormats.display(framework.trackingStart()) + ".");
        }
        if (period.start().isAfter(LocalDate.now(clock))) {
            throw new RefusedException("There is no data for " + year.label() + " yet: it starts on "
                    + DateFormats.display(period.start()) + ".");
        }
        if (matrix.rows().isEmpty()) {
            throw new RefusedException("The framework \"" + framework.name() + "\" has no matrix rows to report on.");
        }
        LocalDate today = LocalDate.now(clock);
        if (asOf.isPresent() && asOf.get().isAfter(today)) {
            throw new InvalidDataException("The report date " + DateFormats.display(asOf.get()) + " is after today ("
                    + DateFormats.display(today) + "): a report can show the position only up to today.");
        }
        // A year in progress is reported as it stands today (or at an earlier date asked for), never ahead of it.
        LocalDate latest = period.end().isAfter(LocalDate.now(clock)) ? LocalDate.now(clock) : period.end();
        LocalDate date = asOf.filter(d -> d.isBefore(latest)).orElse(latest);
        if (date.isBefore(period.start())) {
            throw new InvalidDataException("The report date " + DateFormats.display(date) + " is before " + year.label()
                    + " starts.");
        }
        YearReview review = statuses.review(matrix, period, date, atClose);
        StatusBoard position = review.position();
        List<EvidenceEntry> log = evidence.list(matrix, Optional.empty(), false).stream()
                .filter(e -> period.contains(e.evidence().date()) && !e.evidence().date().isAfter(date))
                .sorted(Comparator.comparing((EvidenceEntry e) -> e.evidence().date())
                        .thenComparing(e -> e.refs().getFirst()))
                .toList();
        Map<Long, AnnualReportData.EventLog> events = eventLogs(matrix, log);
        List<AnnualReportData.Exception> exceptions = exceptions(matrix, review, reports.exceptionNotes(framework.id()));
        Map<String, String> texts = new HashMap<>(reports.texts(year.startYear()));
        Map<ReportSection, String> headings = headings();
        boolean nameLeads = LEADS_BY_NAME.equals(reports.settings().get(LEADS_SETTING));
        PublishedDataset published = new PublishedDataset(dataset.dataset(), dataset.smallNumbers());
        return new AnnualReportData(year, period, date, matrix, position, review, log, events, exceptions, texts,
                reports.pictures(), headings, nameLeads, figures(review), published,
                actions.linesAsAt(date), reports.template(),
                reports.resources(year.startYear()));
    }

    /**
     * The Joint Social Work Management Team's quarterly review: the matrix at the quarter's end (or
     * today, for the quarter under way), the periods missed in the quarter, the dataset's movements
     * and the open actions due by the end of the next quarter.
     */
    public QuarterlyReviewData quarterly(Quarter quarter) {
        LocalDate today = LocalDate.now(clock);
        if (quarter.start().isAfter(today)) {
            throw new RefusedException("There is nothing to review for " + quarter.label() + " yet: it starts on "
                    + DateFormats.display(quarter.start()) + ".");
        }
        LocalDate asOf = quarter.end().isBefore(today) ? quarter.end() : today;
        AnnualReportData year = data(new ReportYear(quarter.financialYear()), Optional.of(asOf),
                asOf.equals(quarter.end()));
        List<AnnualReportData.Exception> missed = year.exceptions().stream()
                .filter(e -> e.overdueAtYearEnd() || e.period() != null && !e.period().end().isBefore(quarter.start())
                        && !e.period().end().isAfter(quarter.end()))
                .toList();
        LocalDate horizon = QuarterlyReviewData.dueBy(quarter);
        List<ActionLine> due = year.actions().stream().filter(l -> !l.tracked().action().progress().closed())
                .filter(l -> l.tracked().action().targetDate() != null
                        && !l.tracked().action().targetDate().isAfter(horizon))
                .sorted(ActionService.MOST_URGENT_FIRST)
                .toList();
        return new QuarterlyReviewData(quarter, asOf, year, missed, due);
    }

    /** The texts saved for a year (narratives by {@link ReportSection#textKey()}, cover details). */
    public Map<String, String> texts(ReportYear year) {
        return reports.texts(year.startYear());
    }

    /**
     * The framework in force for a year, with every row active during it: a year reported after a
     * new framework started still shows the matrix it was assured against.
     */
    private AssuranceMatrix matrixFor(ReportYear year) {
        return matrixFor(year, Optional.empty());
    }

    /**
     * The framework a year is reported under: the one in force at its end, or, for a year in progress
     * (or looked at on an earlier date), the one in force on the day it is looked at, so that a framework
     * imported to start later in the year changes nothing before its start.
     */
    private AssuranceMatrix matrixFor(ReportYear year, Optional<LocalDate> asOf) {
        Period period = year.period(matrices.matrix().framework().yearStart());
        LocalDate today = LocalDate.now(clock);
        LocalDate on = asOf.filter(d -> d.isBefore(period.end())).orElse(period.end());
        on = on.isAfter(today) ? today : on;
        // A year not begun, or a date before it, is refused by the caller in the year-end framework's words.
        return matrices.matrixFor(period, on.isBefore(period.start()) ? period.end() : on);
    }

    /**
     * Saves a year's texts. {@code seen} holds what the user started from for each key, so a text
     * someone else changed meanwhile is not overwritten.
     */
    public void saveTexts(ReportYear year, Map<String, String> seen, Map<String, String> texts) {
        access.require(Role.EDITOR, WRITE);
        reports.saveTexts(year.startYear(), seen, texts, identity.account(),
                clock.instant());
    }

    /**
     * Adds a picture (PNG or JPEG) for the year's narratives, with the words a screen reader says
     * instead of it; refused, nothing stored, without them or for another kind of file.
     *
     * @return how a narrative refers to it, to insert where the picture goes
     */
    public String addPicture(ReportYear year, Path file, String altText) {
        access.require(Role.EDITOR, WRITE);
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidDataException(file.getFileName() + " could not be read: " + e.getMessage());
        }
        ReportPicture picture = ReportPicture.of(file.getFileName().toString(), content, altText);
        return reports.addPicture(picture, identity.account(), clock.instant()).reference();
    }

    /** Every section's heading, with the council's own wording where it renamed one. */
    public Map<ReportSection, String> headings() {
        Map<String, String> renamed = reports.texts(ReportRepository.EVERY_YEAR);
        Map<ReportSection, String> headings = new EnumMap<>(ReportSection.class);
        for (ReportSection section : ReportSection.values()) {
            headings.put(section, renamed.getOrDefault(section.headingKey(), section.defaultHeading()));
        }
        return headings;
    }

    /** Renames a section's heading in every year's report (blank restores the default). */
    public void renameHeading(ReportSection section, String seen, String heading) {
        access.require(Role.EDITOR, WRITE);
        Map<String, String> change = new LinkedHashMap<>();
        change.put(section.headingKey(), heading == null || heading.strip().equals(section.defaultHeading()) ? ""
                : heading.strip());
        Map<String, String> before = new LinkedHashMap<>();
        before.put(section.headingKey(), seen == null || seen.equals(section.defaultHeading()) ? "" : seen);
        reports.saveTexts(ReportRepository.EVERY_YEAR, before, change,
                identity.account(), clock.instant());
    }

    /** The council's own report template (the national one until it saves its own). */
    public ReportTemplate template() {
        return reports.template();
    }

    /**
     * Keeps a council's own order of the report's chapters, and which it hides, for every year's
     * report; {@code seen} is the template the user started from.
     */
    public void saveTemplate(ReportTemplate seen, ReportTemplate template) {
        access.require(Role.EDITOR, WRITE);
        if (template.shown().isEmpty()) {
            throw new InvalidDataException("Show at least one section: a report with none would be only its cover.");
        }
        reports.saveTemplate(seen, template, identity.account(), clock.instant());
    }

    /** A year's Resources table as filled in. */
    public Resources resources(ReportYear year) {
        return reports.resources(year.startYear());
    }

    /**
     * Saves a year's Resources table as typed, every row checked first (all problems told at once,
     * nothing saved if any); {@code seen} is the table the user started from.
     */
    public Resources saveResources(ReportYear year, Resources seen, List<Resources.Typed> rows) {
        access.require(Role.EDITOR, WRITE);
        Resources resources = Resources.read(rows);
        reports.saveResources(year.startYear(), seen, resources, identity.account(),
                clock.instant());
        return resources;
    }

    /** Records why a mechanism missed a period and the action agreed; {@code seen} is the note the user edited, or null. */
    public ExceptionNote noteException(ReportYear year, Ref ref, LocalDate periodEnd, String reason, String action,
                                       ExceptionNote seen) {
        return noteExceptions(year, List.of(new MissedPeriod(ref, periodEnd, seen)), reason, action).getFirst();
    }

    /** A missed period of a row, by its last day, with the note for it the user started from (null: none). */
    public record MissedPeriod(Ref ref, LocalDate periodEnd, ExceptionNote seen) {
    }

    /**
     * Records one reason and action for several missed periods (of one mechanism or of several) in one
     * transaction, each in the history as if recorded alone: all of them, or none if any is refused.
     */
    public List<ExceptionNote> noteExceptions(ReportYear year, List<MissedPeriod> periods, String reason,
                                              String action) {
        access.require(Role.EDITOR, WRITE);
        AssuranceMatrix matrix = matrixFor(year);
        List<ReportRepository.NoteOverSeen> notes = new ArrayList<>();
        for (MissedPeriod period : periods) {
            Mechanism mechanism = matrix.row(period.ref()).map(MatrixRow::mechanism).orElseThrow(() ->
                    new InvalidDataException("There is no row " + period.ref() + " in the matrix."));
            notes.add(new ReportRepository.NoteOverSeen(new ExceptionNote(mechanism.id(), period.periodEnd(),
                    reason == null ? "" : reason.strip(), action == null ? "" : action.strip(), 0), period.seen()));
        }
        new Problems().required(ExceptionNoteField.REASON, reason, MAX_NOTE, "say why the period was missed.")
                .notLonger(ExceptionNoteField.ACTION, action == null ? null : action.strip(), MAX_NOTE).refuseIfAny();
        return reports.saveExceptionNotes(notes, identity.account(), clock.instant());
    }

    /**
     * "Name leads": publishes officers by name, or (the default) by post, a job title where one is
     * recorded and "Lead officer for Function 3" where not.
     */
    public void setNameLeads(boolean nameLeads) {
        access.require(Role.EDITOR, WRITE);
        reports.saveSetting(LEADS_SETTING,
                nameLeads ? LEADS_BY_NAME : LEADS_BY_POST, identity.account(), clock.instant());
    }

    private static Map<Long, AnnualReportData.EventLog> eventLogs(AssuranceMatrix matrix, List<EvidenceEntry> log) {
        Map<Long, AnnualReportData.EventLog> events = new HashMap<>();
        for (Mechanism mechanism : matrix.mechanisms()) {
            if (mechanism.frequency() instanceof Frequency.EventDriven || YearReview.reportedAsAvailable(mechanism)) {
                List<EvidenceEntry> own = log.stream().filter(e -> e.mechanism().id() == mechanism.id()).toList();
                events.put(mechanism.id(), new AnnualReportData.EventLog(
                        (int) own.stream().filter(e -> e.evidence().kind() == EvidenceKind.EVIDENCE).count(),
                        (int) own.stream().filter(e -> e.evidence().kind() == EvidenceKind.NOTHING_TO_REPORT).count()));
            }
        }
        return events;
    }

    /** Every period of the year that was missed, with the reason and action recorded; never one not yet due. */
    private static List<AnnualReportData.Exception> exceptions(AssuranceMatrix matrix, YearReview review,
                                                              List<ExceptionNote> notes) {
        List<AnnualReportData.Exception> exceptions = new ArrayList<>();
        for (Mechanism mechanism : matrix.mechanisms()) {
            List<MatrixRow> rows = matrix.rowsOfMechanism(mechanism);
            MechanismStatus status = review.statuses().get(mechanism.id());
            for (PeriodOutcome outcome : review.outcomes(mechanism)) {
                if (outcome.missed()) {
                    boolean overdue = status.status() == Status.OVERDUE && outcome.period().equals(status.period());
                    exceptions.add(new AnnualReportData.Exception(mechanism, rows, outcome.period(), overdue,
                            note(notes, mechanism, outcome.period().end())));
                }
            }
        }
        return exceptions;
    }

    private static ExceptionNote note(List<ExceptionNote> notes, Mechanism mechanism, LocalDate periodEnd) {
        return notes.stream().filter(n -> n.mechanismId() == mechanism.id() && n.periodEnd().equals(periodEnd))
                .findFirst().orElse(null);
    }

    /** The key figures: the sum of the function tables, by matrix row, and the overdue rows at the report date. */
    private static AnnualReportData.KeyFigures figures(YearReview review) {
        int scheduled = 0;
        int everyPeriod = 0;
        for (MatrixRow row : review.matrix().rows()) {
            YearReview.Tally tally = review.tally(row);
            if (tally.due() > 0) {
                scheduled++;
                everyPeriod += tally.missed() == 0 ? 1 : 0;
            }
        }
        return new AnnualReportData.KeyFigures(scheduled, everyPeriod, review.total(),
                review.rowsWith(Status.OVERDUE));
    }
}
