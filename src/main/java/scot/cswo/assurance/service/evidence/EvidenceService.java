package scot.cswo.assurance.service.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.evidence.Attachment;
import scot.cswo.assurance.domain.evidence.DocumentTypes;
import scot.cswo.assurance.domain.evidence.AttachmentStore;
import scot.cswo.assurance.domain.evidence.Evidence;
import scot.cswo.assurance.domain.evidence.EvidenceKind;
import scot.cswo.assurance.domain.evidence.EvidenceRepository;
import scot.cswo.assurance.domain.evidence.NewEvidence;
import scot.cswo.assurance.domain.frequency.Cadence;
import scot.cswo.assurance.domain.frequency.Frequency;
import scot.cswo.assurance.domain.lead.Absence;
import scot.cswo.assurance.domain.lead.LeadRepository;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.Framework;
import scot.cswo.assurance.domain.matrix.FrameworkTimeline;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.domain.problem.Problems;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.domain.schedule.MechanismStatus;
import scot.cswo.assurance.domain.schedule.Period;
import scot.cswo.assurance.domain.schedule.Schedule;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.domain.schedule.YearReview;
import scot.cswo.assurance.service.access.Identity;
import scot.cswo.assurance.service.access.Access;
import scot.cswo.assurance.service.matrix.MatrixService;
import scot.cswo.assurance.service.schedule.StatusService;

import static scot.cswo.assurance.service.evidence.EvidenceField.ACTIVITY_DATE;
import static scot.cswo.assurance.service.evidence.EvidenceField.ATTACHMENT;
import static scot.cswo.assurance.service.evidence.EvidenceField.CARRIED_OUT_BY;
import static scot.cswo.assurance.service.evidence.EvidenceField.FORUM;
import static scot.cswo.assurance.service.evidence.EvidenceField.PERIOD;
import static scot.cswo.assurance.service.evidence.EvidenceField.QUARTER;
import static scot.cswo.assurance.service.evidence.EvidenceField.REASON;
import static scot.cswo.assurance.service.evidence.EvidenceField.REF;
import static scot.cswo.assurance.service.evidence.EvidenceField.REFERENCE;
import static scot.cswo.assurance.service.evidence.EvidenceField.WHAT;

/** Recording, correcting and listing evidence. */
public final class EvidenceService {
    static final long MAX_ATTACHMENT_BYTES = 100L * 1024 * 1024;
    private static final int MAX_REASON = 1000;

    private final MatrixService matrices;
    private final StatusService statuses;
    private final EvidenceRepository evidence;
    private final LeadRepository leads;
    private final AttachmentStore attachments;
    private final Access access;
    private final Identity identity;
    private final Clock clock;

    public EvidenceService(MatrixService matrices, StatusService statuses, EvidenceRepository evidence,
                           LeadRepository leads, AttachmentStore attachments, Access access, Clock clock) {
        this.matrices = matrices;
        this.statuses = statuses;
        this.evidence = evidence;
        this.leads = leads;
        this.attachments = attachments;
        this.access = access;
        this.identity = access.identity();
        this.clock = clock;
    }

    /**
     * Records evidence for the mechanism under {@code ref} in the framework in force on the activity
     * date (the command line); it counts for every ref of that mechanism.
     */
    public Evidence record(Ref ref, EvidenceInput input) {
        return record(matrixOn(input.date()), ref, input);
    }

    /** Records evidence for a row of the framework shown (the window's matrix or My tasks). */
    public Evidence record(long frameworkId, Ref ref, EvidenceInput input) {
        return record(matrices.matrixOf(frameworkId), ref, input);
    }

    private Evidence record(AssuranceMatrix matrix, Ref ref, EvidenceInput input) {
        Mechanism mechanism = mechanism(matrix, ref);
        access.requireEvidence(mechanism);
        validate(input, matrix.framework());
        List<Attachment> kept = keep(input);
        return keptOnlyIfSaved(kept, () -> evidence.add(newEvidence(mechanism, EvidenceKind.EVIDENCE, input.date(),
                input, kept), identity.account(), clock.instant()));
    }

    /**
     * Replaces a record with a corrected version, saying why; the earlier version stays visible and
     * no longer counts. Evidence can be corrected in every field and given more attachments; a "not
     * applicable" record in its period and reason. A "nothing to report" return has nothing to correct:
     * it is withdrawn and the right quarter recorded.
     */
    public Evidence correct(long id, EvidenceInput input, String reason) {
        Evidence earlier = find(id);
        AssuranceMatrix matrix = matrices.matrixOfMechanism(earlier.mechanismId());
        Mechanism mechanism = mechanismOf(matrix, earlier);
        access.requireEvidence(mechanism);
        return switch (earlier.kind()) {
            case EVIDENCE -> {
                Problems problems = problems(input, matrix.framework());
                requireReason(problems, reason, "say why the record is corrected.");
                problems.refuseIfAny();
                List<Attachment> added = keep(input);
                List<Attachment> kept = new ArrayList<>(earlier.attachments());
                kept.addAll(added);
                yield keptOnlyIfSaved(added, () -> evidence.correct(id, newEvidence(mechanism, earlier.kind(),
                        input.date(), input, kept), reason.strip(), identity.account(), clock.instant()));
            }
            case NOT_APPLICABLE -> {
                // The form's "because" is the record's note; its reason says why it is corrected.
                Period period = notApplicablePeriod(matrix, mechanism, input.date(), input.note(), WHAT, reason);
                yield evidence.correct(id, newEvidence(mechanism, earlier.kind(), period.end(),
                        noteOnly(period.end(), input.note()), List.of()), reason.strip(), identity.account(),
                        clock.instant());
            }
            case NOTHING_TO_REPORT -> throw new RefusedException("A \"nothing to report\" return has nothing to"
                    + " correct; withdraw it and record the right quarter.");
        };
    }

    /** Withdraws a record entered in error, saying why; it stays visible, marked withdrawn, and no longer counts. */
    public Evidence withdraw(long id, String reason) {
        Evidence record = find(id);
        access.requireEvidence(matrices.mechanism(record.mechanismId()));
        Problems problems = new Problems();
        requireReason(problems, reason, "say why the record is withdrawn.");
        problems.refuseIfAny();
        return evidence.withdraw(id, reason.strip(), identity.account(), clock.instant());
    }

    /** One record, whatever its state; refused with a sentence when there is none. */
    public Evidence find(long id) {
        return evidence.find(id).orElseThrow(() -> new RefusedException("There is no evidence record " + id + "."));
    }

    /**
     * Records that the period containing {@code dateInPeriod} needs no evidence, and why, under the
     * framework in force on that date (the command line).
     */
    public Evidence notApplicable(Ref ref, LocalDate dateInPeriod, String reason) {
        return notApplicable(matrixOn(dateInPeriod), ref, dateInPeriod, reason);
    }

    /** Records that a period of a row of the framework shown needs no evidence, and why. */
    public Evidence notApplicable(long frameworkId, Ref ref, LocalDate dateInPeriod, String reason) {
        return notApplicable(matrices.matrixOf(frameworkId), ref, dateInPeriod, reason);
    }

    private Evidence notApplicable(AssuranceMatrix matrix, Ref ref, LocalDate dateInPeriod, String reason) {
        Mechanism mechanism = mechanism(matrix, ref);
        access.requireEvidence(mechanism);
        Period period = notApplicablePeriod(matrix, mechanism, dateInPeriod, reason, REASON, null);
        return evidence.add(newEvidence(mechanism, EvidenceKind.NOT_APPLICABLE, period.end(),
                noteOnly(period.end(), reason), List.of()), identity.account(), clock.instant());
    }

    /**
     * The period a "not applicable" record covers, after checking the date and reason (and, for a
     * correction, that it says why).
     *
     * @param reasonField the field holding why the period needs no evidence
     */
    private Period notApplicablePeriod(AssuranceMatrix matrix, Mechanism mechanism, LocalDate dateInPeriod,
                                       String reason, EvidenceField reasonField, String correctionReason) {
        Problems problems = new Problems();
        if (dateInPeriod == null) {
            problems.add(PERIOD, null, "give a date in the period that needs no evidence.");
        }
        problems.required(reasonField, reason, MAX_REASON, "say why this period needs no evidence.");
        if (correctionReason != null) {
            requireReason(problems, correctionReason, "say why the record is corrected.");
        }
        if (dateInPeriod != null && dateInPeriod.isAfter(LocalDate.now(clock))) {
            problems.add(PERIOD, DateFormats.display(dateInPeriod), "a period that has not started cannot be"
                    + " marked yet; give a date in the period, today or earlier.");
        }
        if (dateInPeriod != null) {
            elsewhere(matrix.framework(), dateInPeriod, PERIOD).ifPresent(problems::add);
        }
        problems.refuseIfAny();
        Schedule schedule = statuses.schedule(matrix.framework());
        Frequency rule = mechanism.frequencies().at(dateInPeriod);
        return schedule.current(rule, dateInPeriod).orElseThrow(() -> new RefusedException(
                switch (rule) {
                    case Frequency.MeetingCycle m -> "There is no " + m.series().title() + " meeting on or after "
                            + DateFormats.display(dateInPeriod) + ", so there is no period to mark; add the meeting first.";
                    default -> refsOf(matrix, mechanism) + " (" + rule.wording()
                            + ") has no periods to mark not applicable.";
                }));
    }

    /** An event-driven mechanism's return for a quarter in which nothing happened (the command line). */
    public Evidence nothingToReport(Ref ref, LocalDate dateInQuarter) {
        return nothingToReport(matrixOn(dateInQuarter), ref, dateInQuarter);
    }

    /** The same for a row of the framework shown. */
    public Evidence nothingToReport(long frameworkId, Ref ref, LocalDate dateInQuarter) {
        return nothingToReport(matrices.matrixOf(frameworkId), ref, dateInQuarter);
    }

    private Evidence nothingToReport(AssuranceMatrix matrix, Ref ref, LocalDate dateInQuarter) {
        Mechanism mechanism = mechanism(matrix, ref);
        access.requireEvidence(mechanism);
        if (!(mechanism.frequency() instanceof Frequency.EventDriven)) {
            throw new RefusedException("\"Nothing to report\" returns are for event-driven mechanisms; " + ref
                    + " is " + mechanism.frequency().wording() + ".");
        }
        if (dateInQuarter == null) {
            new Problems().add(QUARTER, null, "give a date in the quarter.").refuseIfAny();
        }
        Schedule schedule = statuses.schedule(matrix.framework());
        Period quarter = schedule.current(new Frequency.Periodic(Cadence.QUARTERLY, null), dateInQuarter).orElseThrow();
        Problems problems = new Problems();
        if (quarter.start().isAfter(LocalDate.now(clock))) {
            problems.add(QUARTER, DateFormats.display(dateInQuarter), "that quarter has not started; a return"
                    + " says nothing happened in a quarter under way or ended.");
        }
        elsewhere(matrix.framework(), dateInQuarter, QUARTER).ifPresent(problems::add);
        problems.refuseIfAny();
        return evidence.add(newEvidence(mechanism, EvidenceKind.NOTHING_TO_REPORT, quarter.end(),
                noteOnly(quarter.end(), "Nothing to report for " + quarter.label()), List.of()),
                identity.account(), clock.instant());
    }

    /**
     * Where evidence dated {@code date} would count, for the form to say as the date is typed.
     *
     * @param period      the period it assures (for periodic and meeting-cycle mechanisms), else null
     * @param stillMissed a period missed and overdue today that this evidence does not put right, else null
     * @param kind        what kind of mechanism it is, which says how the evidence counts
     */
    public record Counting(Kind kind, Period period, Period stillMissed, String elsewhere) {
        public Counting(Kind kind, Period period, Period stillMissed) {
            this(kind, period, stillMissed, null);
        }

        /** How evidence counts for a mechanism. */
        public enum Kind {
            /** It assures {@code period}. */
            PERIOD,
            /** It is logged as an occurrence of an event-driven mechanism or a report made as available. */
            OCCURRENCE,
            /** It completes a one-off mechanism. */
            ONE_OFF,
            /** No period can be worked out: a meeting cycle with no meeting entered on or after the date. */
            NO_PERIOD,
            /** The date is before the framework's tracking start, so it counts for no period. */
            BEFORE_TRACKING,
            /** The date is after today: evidence is recorded once it has happened ({@link #whereEvidenceCounts}). */
            FUTURE,
            /** The date falls under another framework, the one in force then; {@code elsewhere} says which. */
            ELSEWHERE
        }
    }

    /** Where evidence dated {@code date} for a row of the framework shown would count; see {@link Counting}. */
    public Counting whereItCounts(long frameworkId, Ref ref, LocalDate date) {
        return whereItCounts(matrices.matrixOf(frameworkId), ref, date);
    }

    /**
     * Where evidence (not a "not applicable" mark, which may be made ahead) dated {@code date} would
     * count: as {@link #whereItCounts(long, Ref, LocalDate)}, but a day still to come is in the future.
     */
    public Counting whereEvidenceCounts(long frameworkId, Ref ref, LocalDate date) {
        return date.isAfter(LocalDate.now(clock)) ? new Counting(Counting.Kind.FUTURE, null, null)
                : whereItCounts(frameworkId, ref, date);
    }

    /** Where evidence dated {@code date} counts in the framework in force that day (the command line). */
    public Counting whereItCounts(Ref ref, LocalDate date) {
        return whereItCounts(matrixOn(date), ref, date);
    }

    private Counting whereItCounts(AssuranceMatrix matrix, Ref ref, LocalDate date) {
        MatrixRow row = matrix.row(ref).orElseThrow(() -> new RefusedException("There is no row " + ref
                + " in the matrix."));
        Optional<Problem> elsewhere = elsewhere(matrix.framework(), date, ACTIVITY_DATE);
        if (elsewhere.isPresent()) {
            String why = elsewhere.get().message();
            return new Counting(Counting.Kind.ELSEWHERE, null, null, Character.toUpperCase(why.charAt(0))
                    + why.substring(1));
        }
        Mechanism mechanism = row.mechanism();
        Frequency rule = mechanism.frequencies().at(date);
        if (rule instanceof Frequency.EventDriven || YearReview.reportedAsAvailable(mechanism)) {
            return new Counting(Counting.Kind.OCCURRENCE, null, null);
        }
        if (rule instanceof Frequency.OneOff) {
            return new Counting(Counting.Kind.ONE_OFF, null, null);
        }
        Schedule schedule = statuses.schedule(matrix.framework());
        if (date.isBefore(matrix.framework().trackingStart())) {
            return new Counting(Counting.Kind.BEFORE_TRACKING, null, null);
        }
        Optional<Period> period = schedule.current(rule, date);
        if (period.isEmpty()) {
            return new Counting(Counting.Kind.NO_PERIOD, null, null);
        }
        MechanismStatus today = statuses.board(matrix, LocalDate.now(clock)).status(row);
        Period missed = today.status() == Status.OVERDUE && today.period() != null
                && !today.period().equals(period.get()) ? today.period() : null;
        return new Counting(Counting.Kind.PERIOD, period.get(), missed);
    }

    /** Which records a listing shows. */
    public enum Shown {
        /** Records that count: not corrected or withdrawn. */
        CURRENT,
        /** Only records withdrawn as entered in error. */
        WITHDRAWN,
        /** Everything. */
        ALL;

        boolean includes(Evidence e) {
            return switch (this) {
                case CURRENT -> e.current();
                case WITHDRAWN -> e.withdrawn();
                case ALL -> true;
            };
        }
    }

    /**
     * Whether the signed-in account may record, correct or withdraw evidence for a mechanism: what the
     * window offers Record for, by the same rule the saves enforce.
     */
    public boolean mayRecord(Mechanism mechanism) {
        return access.mayRecordEvidence(mechanism);
    }

    /** The records of the framework in force today, newest first, optionally for one ref's mechanism only. */
    public List<EvidenceEntry> list(Optional<Ref> ref, boolean includeSuperseded) {
        return list(matrices.matrix(), ref, includeSuperseded ? Shown.ALL : Shown.CURRENT);
    }

    /** The records of one framework (the one shown), newest first. */
    public List<EvidenceEntry> list(long frameworkId, Optional<Ref> ref, Shown shown) {
        return list(matrices.matrixOf(frameworkId), ref, shown);
    }

    /** The records of the framework in force on a date, newest first. */
    public List<EvidenceEntry> list(LocalDate asOf, Optional<Ref> ref, Shown shown) {
        return list(matrices.matrixOn(asOf), ref, shown);
    }

    /** The evidence of a given framework's matrix (a past year's, for its report). */
    public List<EvidenceEntry> list(AssuranceMatrix matrix, Optional<Ref> ref, boolean includeSuperseded) {
        return list(matrix, ref, includeSuperseded ? Shown.ALL : Shown.CURRENT);
    }

    private List<EvidenceEntry> list(AssuranceMatrix matrix, Optional<Ref> ref, Shown shown) {
        Optional<Mechanism> only = ref.map(r -> mechanism(matrix, r));
        List<EvidenceEntry> entries = new ArrayList<>();
        for (Evidence e : evidence.list(matrix.framework().id())) {
            if ((only.isPresent() && only.get().id() != e.mechanismId()) || !shown.includes(e)) {
                continue;
            }
            matrix.mechanisms().stream().filter(m -> m.id() == e.mechanismId()).findFirst().ifPresent(m ->
                    entries.add(new EvidenceEntry(e, m, matrix.rowsOfMechanism(m).stream().map(MatrixRow::ref).toList())));
        }
        return entries;
    }

    /** The kept copy of an attachment. */
    public Path attachmentFile(Attachment attachment) {
        return attachments.locate(attachment);
    }

    private NewEvidence newEvidence(Mechanism mechanism, EvidenceKind kind, LocalDate date, EvidenceInput input,
                                    List<Attachment> files) {
        return new NewEvidence(mechanism.id(), kind, date, input.note().strip(), Problems.blankToNull(input.reference()),
                Problems.blankToNull(input.forum()), input.conclusion(), Problems.blankToNull(input.providedBy()),
                access.recorder(mechanism).actingFor().map(Lead::id).orElse(null), files);
    }

    private void validate(EvidenceInput input, Framework framework) {
        problems(input, framework).refuseIfAny();
    }

    private Problems problems(EvidenceInput input, Framework framework) {
        Problems problems = new Problems();
        LocalDate today = LocalDate.now(clock);
        if (input.date() == null) {
            problems.add(ACTIVITY_DATE, null, "give the day the activity happened.");
        } else if (input.date().isAfter(today)) {
            problems.add(ACTIVITY_DATE, DateFormats.display(input.date()), "this is in the future; give the day the"
                    + " activity happened (today or earlier).");
        } else {
            elsewhere(framework, input.date(), ACTIVITY_DATE).ifPresent(problems::add);
        }
        if (input.note() == null || input.note().isBlank()) {
            problems.add(WHAT, "", "say what the evidence is (a meeting, report, audit, …).");
        } else if (input.note().length() > 4000) {
            problems.add(WHAT, input.note(), "keep this under 4,000 characters; attach longer documents.");
        }
        problems.notLonger(REFERENCE, input.reference(), 300);
        problems.notLonger(FORUM, input.forum(), 100);
        problems.notLonger(CARRIED_OUT_BY, input.providedBy(), 300);
        for (Path file : input.attachments()) {
            String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
            if (!DocumentTypes.allowed(name)) {
                problems.add(ATTACHMENT, file.toString(), DocumentTypes.extension(name)
                        .map(type -> "a ." + type + " file").orElse("a file without a type")
                        + " cannot be attached; attach " + DocumentTypes.DESCRIPTION + ", or save it as a PDF.");
            } else if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                problems.add(ATTACHMENT, file.toString(), "there is no readable file here.");
            } else if (size(file) > MAX_ATTACHMENT_BYTES) {
                problems.add(ATTACHMENT, file.toString(), "files over 100 MB cannot be attached; link to them"
                        + " in the reference instead.");
            }
        }
        return problems;
    }

    /**
     * A date that belongs to another framework's years: evidence stays with the framework in force
     * when it happened, so it is recorded there (by looking at that date).
     */
    private Optional<Problem> elsewhere(Framework framework, LocalDate date, EvidenceField field) {
        FrameworkTimeline timeline = matrices.timeline();
        if (!timeline.belongsElsewhere(framework, date)) {
            return Optional.empty();
        }
        Framework then = timeline.inForceOn(date).orElseThrow();
        return Optional.of(Problem.of(field, DateFormats.display(date), "this falls under \"" + then.name() + "\" ("
                + then.periodLabel() + "), the framework in force then, not \"" + framework.name() + "\" (from "
                + DateFormats.display(framework.trackingStart()) + "); look at " + DateFormats.display(date)
                + " (As of) and record it there."));
    }

    private static void requireReason(Problems problems, String reason, String message) {
        problems.required(REASON, reason, MAX_REASON, message);
    }

    /** The input of a record that is only a date and a text ("not applicable", "nothing to report"). */
    private static EvidenceInput noteOnly(LocalDate date, String text) {
        return new EvidenceInput(date, text == null ? "" : text.strip(), null, null, null, null, List.of());
    }

    private AssuranceMatrix matrixOn(LocalDate date) {
        return matrices.matrixOn(date == null ? LocalDate.now(clock) : date);
    }

    private static String refsOf(AssuranceMatrix matrix, Mechanism mechanism) {
        return String.join(", ", matrix.rowsOfMechanism(mechanism).stream().map(r -> r.ref().text()).toList());
    }

    /** Copies the attachments in; if one cannot be, those already copied are removed again. */
    private List<Attachment> keep(EvidenceInput input) {
        List<Attachment> kept = new ArrayList<>();
        return keptOnlyIfSaved(kept, () -> {
            input.attachments().forEach(file -> kept.add(attachments.keep(file)));
            return List.copyOf(kept);
        });
    }

    /** Runs a save; if it fails, removes the attachments copied for it, which nothing would point to. */
    private <T> T keptOnlyIfSaved(List<Attachment> copied, Supplier<T> save) {
        try {
            return save.get();
        } catch (RuntimeException e) {
            copied.forEach(attachments::discard);
            throw e;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static Mechanism mechanism(AssuranceMatrix matrix, Ref ref) {
        return matrix.row(ref).map(MatrixRow::mechanism).orElseThrow(() -> new InvalidDataException(
                List.of(Problem.of(REF, ref.text(), "there is no such row in the matrix of \""
                        + matrix.framework().name() + "\" (" + matrix.framework().periodLabel() + ")."))));
    }

    private static Mechanism mechanismOf(AssuranceMatrix matrix, Evidence record) {
        return matrix.mechanisms().stream().filter(m -> m.id() == record.mechanismId()).findFirst()
                .orElseThrow(() -> new RefusedException("The mechanism of that record has been retired."));
    }

}
