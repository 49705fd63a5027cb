package scot.cswo.assurance.service.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.domain.action.ActionNote;
import scot.cswo.assurance.domain.action.ActionNoteField;
import scot.cswo.assurance.domain.action.ActionProgress;
import scot.cswo.assurance.domain.action.ActionRepository;
import scot.cswo.assurance.domain.action.ActionRepository.NewAction;
import scot.cswo.assurance.domain.action.ActionSource;
import scot.cswo.assurance.domain.action.ImprovementAction;
import scot.cswo.assurance.domain.action.TrackedAction;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.problem.Problems;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.service.access.Access;
import scot.cswo.assurance.service.files.ShippedFiles;
import scot.cswo.assurance.service.importing.CsvReader;

/** The improvement action tracker: actions, their progress notes, and the Audit Scotland template. */
public final class ActionService {
    private static final String CHANGE = "change the action tracker";
    private static final String AUDIT_SCOTLAND_FILE = "templates/audit-scotland-2016.csv";
    /** The source reference the template's actions carry, so it is never loaded twice. */
    static final String AUDIT_SCOTLAND_REF = "Audit Scotland, Social Work in Scotland (2016), recommendation ";
    private static final int LONGEST_NOTE = 8000;
    /** The fields a progress note's problems name. */
    /**
     * When Dundee's responses to the recommendations were made: the framework that holds them went to
     * the Policy and Resources Committee on 24 September 2018 (report 312-2018).
     */
    static final LocalDate DUNDEE_RESPONSE = LocalDate.of(2018, 9, 24);
    private static final int LONGEST_EVIDENCE = 500;

    private final ActionRepository actions;
    private final Access access;
    private final Clock clock;

    public ActionService(ActionRepository actions, Access access, Clock clock) {
        this.actions = actions;
        this.access = access;
        this.clock = clock;
    }

    /** Whether an action is one of the Audit Scotland 2016 template's, which may be added once. */
    public static boolean fromAuditScotland2016(TrackedAction action) {
        return action.sourceRef().startsWith(AUDIT_SCOTLAND_REF);
    }

    /** Every action, oldest first. */
    public List<TrackedAction> list() {
        return actions.list();
    }

    /** Where an action stands today, in the matrix's words. */
    public Status status(TrackedAction action) {
        return action.action().statusOn(LocalDate.now(clock), ImprovementAction.DUE_SOON_DAYS);
    }

    /** Every action with where it stands today, oldest first. */
    public List<ActionLine> lines() {
        return lines(LocalDate.now(clock));
    }

    /** Every action with where it stands on a date, oldest first. */
    public List<ActionLine> lines(LocalDate asOf) {
        return lines(list(), asOf);
    }

    /**
     * The actions as they stood at the end of a day (a report's or a pack's date), with their status
     * then: one added later is absent, so a document about a past date never changes afterwards.
     */
    public List<ActionLine> linesAsAt(LocalDate asOf) {
        return lines(actions.listAsAt(asOf.plusDays(1).atStartOfDay(clock.getZone()).toInstant()), asOf);
    }

    private static List<ActionLine> lines(List<TrackedAction> actions, LocalDate asOf) {
        return actions.stream().map(a -> new ActionLine(a, a.action().statusOn(asOf, ImprovementAction.DUE_SOON_DAYS)))
                .toList();
    }

    /**
     * The open actions a lead leads (matched by name, as the tracker records leads), most urgent
     * first and then by target date: what My tasks lists beside the lead's mechanisms.
     */
    public List<ActionLine> openFor(String leadName) {
        String wanted = leadName.strip();
        return lines().stream().filter(l -> !l.tracked().action().progress().closed())
                .filter(l -> l.tracked().action().lead().equalsIgnoreCase(wanted))
                .sorted(MOST_URGENT_FIRST)
                .toList();
    }

    /** An action with where it stands today. */
    public record ActionLine(TrackedAction tracked, Status status) {
    }

    /** As My tasks orders them: most urgent first, then by target date (none agreed last). */
    public static final Comparator<ActionLine> MOST_URGENT_FIRST = Comparator
            .comparingInt((ActionLine l) -> l.status().urgency())
            .thenComparing(l -> l.tracked().action().targetDate(), Comparator.nullsLast(Comparator.naturalOrder()));

    public TrackedAction add(ImprovementAction action, String sourceRef) {
        access.require(Role.EDITOR, CHANGE);
        return actions.add(List.of(new NewAction(action, sourceRef, null)), access.identity().account(),
                clock.instant()).getFirst();
    }

    /**
     * One click from an overdue row of the matrix: an action to restore its assurance, led by the
     * mechanism's first lead, due in four weeks, with the row's ref as its source. Refused while an
     * open action raised from that row exists.
     */
    public TrackedAction raiseFrom(MatrixRow row, String why) {
        access.require(Role.EDITOR, CHANGE);
        String ref = row.ref().text();
        if (openRaisedFrom(row).isPresent()) {
            throw new RefusedException("An action raised from " + ref + " is still open; see it in the lead's My tasks.");
        }
        List<Lead> leads = row.mechanism().leads();
        ImprovementAction action = new ImprovementAction("Restore assurance for " + ref + " "
                + row.mechanism().description() + ": " + why, ActionSource.MATRIX_EXCEPTION,
                leads.isEmpty() ? "" : leads.getFirst().name(), LocalDate.now(clock).plusWeeks(4),
                ActionProgress.NOT_STARTED);
        return add(action, ref);
    }

    /** The open action raised from {@code row} by {@link #raiseFrom}, if there is one. */
    public Optional<TrackedAction> openRaisedFrom(MatrixRow row) {
        String ref = row.ref().text();
        return list().stream().filter(a -> a.action().source() == ActionSource.MATRIX_EXCEPTION
                && a.sourceRef().equals(ref) && !a.action().progress().closed()).findFirst();
    }

    /** Saves a change to an action read at {@code version}; refused if someone changed it since. */
    public TrackedAction update(long id, int version, ImprovementAction changed) {
        access.require(Role.EDITOR, CHANGE);
        return actions.update(id, version, changed, access.identity().account(), clock.instant());
    }

    /**
     * Adds a progress note dated today or earlier.
     *
     * @param evidence where its evidence is (a minute, a report number, a link); may be blank
     */
    public TrackedAction addNote(long id, LocalDate date, String text, String evidence) {
        access.require(Role.EDITOR, CHANGE);
        return actions.addNote(id, note(date, text, evidence, new Problems()), access.identity().account(), clock.instant());
    }

    /** Replaces a progress note with a corrected version, saying why; the earlier one is kept in the history. */
    public TrackedAction correctNote(long noteId, LocalDate date, String text, String evidence, String reason) {
        access.require(Role.EDITOR, CHANGE);
        Problems problems = new Problems();
        if (reason == null || reason.isBlank()) {
            problems.add(ActionNoteField.REASON, reason, "Say why the note is corrected.");
        }
        ActionNote corrected = note(date, text, evidence, problems);
        return actions.correctNote(noteId, corrected, reason.strip(), access.identity().account(), clock.instant());
    }

    /** Withdraws a progress note recorded in error, saying why. */
    public TrackedAction withdrawNote(long noteId, String reason) {
        access.require(Role.EDITOR, CHANGE);
        if (reason == null || reason.isBlank()) {
            new Problems().add(ActionNoteField.REASON, reason, "Say why the note is withdrawn.").refuseIfAny();
        }
        return actions.withdrawNote(noteId, reason.strip(), access.identity().account(), clock.instant());
    }

    /** A note checked field by field, with any problems found already ({@code problems}) reported together. */
    private ActionNote note(LocalDate date, String text, String evidence, Problems problems) {
        LocalDate today = LocalDate.now(clock);
        if (text == null || text.isBlank()) {
            problems.add(ActionNoteField.NOTE, text, "A progress note needs some text.");
        } else if (text.strip().length() > LONGEST_NOTE) {
            problems.add(ActionNoteField.NOTE, null, "A progress note can be at most 8,000 characters.");
        }
        if (evidence != null && evidence.strip().length() > LONGEST_EVIDENCE) {
            problems.add(ActionNoteField.EVIDENCE, null, "Where the evidence is can be at most 500 characters;"
                    + " give a reference or a link.");
        }
        if (date == null || date.isAfter(today)) {
            problems.add(ActionNoteField.DATE, null, "A progress note is dated today or earlier, not "
                    + (date == null ? "without a date" : DateFormats.display(date)) + ".");
        }
        problems.refuseIfAny();
        return new ActionNote(0, date, text.strip(), evidence, access.identity().account());
    }

    /**
     * Adds the 13 recommendations of Audit Scotland's Social Work in Scotland (2016) as actions, each
     * with Dundee's 2018 response as its first progress note; refused if they are there already.
     */
    public List<TrackedAction> addAuditScotland2016() {
        access.require(Role.EDITOR, CHANGE);
        if (list().stream().anyMatch(ActionService::fromAuditScotland2016)) {
            throw new RefusedException("The Audit Scotland 2016 recommendations are already in the tracker.");
        }
        List<NewAction> template = new ArrayList<>();
        List<CsvReader.Record> rows = CsvReader.read(AUDIT_SCOTLAND_FILE, ShippedFiles.bytes(AUDIT_SCOTLAND_FILE));
        for (CsvReader.Record row : rows.subList(1, rows.size())) {
            List<String> f = row.fields();
            String recommendation = f.get(3) + "\n(" + f.get(1) + "; for " + f.get(2) + ")";
            template.add(new NewAction(new ImprovementAction(recommendation, ActionSource.AUDIT_SCOTLAND, "", null,
                    ActionProgress.NOT_STARTED), AUDIT_SCOTLAND_REF + f.get(0),
                    new ActionNote(0, DUNDEE_RESPONSE, "Dundee City Council's response (CSWO Governance Framework, 2018): "
                            + f.get(4), "Dundee City Council, CSWO Governance Framework 2018-2026, Appendix 2",
                            access.identity().account())));
        }
        return actions.add(template, access.identity().account(), clock.instant());
    }
}
