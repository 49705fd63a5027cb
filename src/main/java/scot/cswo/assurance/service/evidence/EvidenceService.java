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
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.domain.schedule.Period;
import scot.cswo.assurance.domain.schedule.Schedule;
import scot.cswo.assurance.service.Identity;
import scot.cswo.assurance.service.access.Access;
import scot.cswo.assurance.service.matrix.MatrixService;
import scot.cswo.assurance.service.schedule.StatusService;

/** Recording, correcting and listing evidence. */
public final class EvidenceService {
    public static final String DATE = "Activity date";
    public static final String NOTE = "What";
    public static final String REFERENCE = "Reference";
    public static final String FORUM = "Forum";
    public static final String PROVIDED_BY = "Carried out by";
    public static final String ATTACHMENT = "Attachment";
    public static final String REASON = "Reason";
    static final long MAX_ATTACHMENT_BYTES = 100L * 1024 * 1024;

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

    /** Records evidence for the mechanism under {@code ref}; it counts for every ref of that mechanism. */
    public Evidence record(Ref ref, EvidenceInput input) {
        Mechanism mechanism = mechanism(ref);
        access.requireEvidence(mechanism);
        validate(input);
        List<Attachment> kept = keep(input);
        return keptOnlyIfSaved(kept, () -> evidence.add(newEvidence(mechanism, EvidenceKind.EVIDENCE, input.date(),
                input, kept), identity.account(), clock.instant()));
    }

    /** Replaces a record with a corrected version; the earlier version stays visible. */
    public Evidence correct(long id, EvidenceInput input) {
        Evidence earlier = find(id);
        Mechanism mechanism = mechanismOf(earlier);
        access.requireEvidence(mechanism);
        validate(input);
        List<Attachment> added = keep(input);
        List<Attachment> kept = new ArrayList<>(earlier.attachments());
        kept.addAll(added);
        return keptOnlyIfSaved(added, () -> evidence.correct(id, newEvidence(mechanism, earlier.kind(), input.date(),
                input, kept), identity.account(), clock.instant()));
    }

    /** Withdraws a record entered in error; it stays visible, marked withdrawn, and no longer counts. */
    public Evidence withdraw(long id, String reason) {
        access.requireEvidence(mechanismOf(find(id)));
        if (reason == null || reason.isBlank()) {
            throw new InvalidDataException(List.of(field(REASON, reason, "say why the record is withdrawn.")));
        }
        return evidence.withdraw(id, reason.strip(), identity.account(), clock.instant());
    }

    /** Records that the period containing {@code dateInPeriod} needs no evidence, and why. */
    public Evidence notApplicable(Ref ref, LocalDate dateInPeriod, String reason) {
        Mechanism mechanism = mechanism(ref);
        access.requireEvidence(mechanism);
        if (reason == null || reason.isBlank()) {
            throw new InvalidDataException(List.of(field(REASON, reason, "say why this period needs no evidence.")));
        }
        Schedule schedule = statuses.schedule(matrices.matrix().framework());
        Frequency rule = mechanism.frequencies().at(dateInPeriod);
        Period period = schedule.current(rule, dateInPeriod).orElseThrow(() -> new RefusedException(
                switch (rule) {
                    case Frequency.MeetingCycle m -> "There is no " + m.series().title() + " meeting on or after "
                            + DateFormats.display(dateInPeriod) + ", so there is no period to mark; add the meeting first.";
                    default -> ref + " (" + rule.wording() + ") has no periods to mark not applicable.";
                }));
        EvidenceInput input = new EvidenceInput(period.end(), reason.strip(), null, null, null, null, List.of());
        return evidence.add(newEvidence(mechanism, EvidenceKind.NOT_APPLICABLE, period.end(), input, List.of()),
                identity.account(), clock.instant());
    }

    /** An event-driven mechanism's return for a quarter in which nothing happened. */
    public Evidence nothingToReport(Ref ref, LocalDate dateInQuarter) {
        Mechanism mechanism = mechanism(ref);
        access.requireEvidence(mechanism);
        if (!(mechanism.frequency() instanceof Frequency.EventDriven)) {
            throw new RefusedException("\"Nothing to report\" returns are for event-driven mechanisms; " + ref
                    + " is " + mechanism.frequency().wording() + ".");
        }
        Schedule schedule = statuses.schedule(matrices.matrix().framework());
        Period quarter = schedule.current(new Frequency.Periodic(Cadence.QUARTERLY, null), dateInQuarter).orElseThrow();
        EvidenceInput input = new EvidenceInput(quarter.end(), "Nothing to report for " + quarter.label(), null, null,
                null, null, List.of());
        return evidence.add(newEvidence(mechanism, EvidenceKind.NOTHING_TO_REPORT, quarter.end(), input, List.of()),
                identity.account(), clock.instant());
    }

    /** Every record, newest first, optionally for one ref's mechanism only. */
    public List<EvidenceEntry> list(Optional<Ref> ref, boolean includeSuperseded) {
        return list(matrices.matrix(), ref, includeSuperseded);
    }

    /** The evidence of a given framework's matrix (a past year's, for its report). */
    public List<EvidenceEntry> list(AssuranceMatrix matrix, Optional<Ref> ref, boolean includeSuperseded) {
        Optional<Mechanism> only = ref.map(this::mechanism);
        List<EvidenceEntry> entries = new ArrayList<>();
        for (Evidence e : evidence.list(matrix.framework().id())) {
            if ((only.isPresent() && only.get().id() != e.mechanismId()) || (!includeSuperseded && !e.current())) {
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
        return new NewEvidence(mechanism.id(), kind, date, input.note().strip(), blankToNull(input.reference()),
                blankToNull(input.forum()), input.conclusion(), blankToNull(input.providedBy()),
                actingFor(mechanism).map(Lead::id).orElse(null), files);
    }

    /** A deputy recording evidence for an absent lead's mechanism records who they acted for. */
    private Optional<Lead> actingFor(Mechanism mechanism) {
        Optional<Lead> me = leads.byAccount(identity.account());
        if (me.isEmpty() || mechanism.leads().stream().anyMatch(l -> l.id() == me.get().id())) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        return leads.absences().stream()
                .filter(a -> a.covers(today) && a.deputy().id() == me.get().id())
                .map(Absence::lead)
                .filter(absent -> mechanism.leads().stream().anyMatch(l -> l.id() == absent.id()))
                .findFirst();
    }

    private void validate(EvidenceInput input) {
        List<Problem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (input.date() == null) {
            problems.add(field(DATE, null, "give the day the activity happened."));
        } else if (input.date().isAfter(today)) {
            problems.add(field(DATE, DateFormats.display(input.date()), "this is in the future; give the day the"
                    + " activity happened (today or earlier)."));
        }
        if (input.note() == null || input.note().isBlank()) {
            problems.add(field(NOTE, "", "say what the evidence is (a meeting, report, audit, …)."));
        } else if (input.note().length() > 4000) {
            problems.add(field(NOTE, input.note(), "keep this under 4,000 characters; attach longer documents."));
        }
        tooLong(problems, REFERENCE, input.reference(), 300);
        tooLong(problems, FORUM, input.forum(), 100);
        tooLong(problems, PROVIDED_BY, input.providedBy(), 300);
        for (Path file : input.attachments()) {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                problems.add(field(ATTACHMENT, file.toString(), "there is no readable file here."));
            } else if (size(file) > MAX_ATTACHMENT_BYTES) {
                problems.add(field(ATTACHMENT, file.toString(), "files over 100 MB cannot be attached; link to them"
                        + " in the reference instead."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDataException(problems);
        }
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

    private static void tooLong(List<Problem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(field(field, value, "keep this under " + max + " characters."));
        }
    }

    private Mechanism mechanism(Ref ref) {
        return matrices.matrix().row(ref).map(MatrixRow::mechanism).orElseThrow(() -> new InvalidDataException(
                List.of(field("Ref", ref.text(), "there is no such row in the matrix."))));
    }

    private Mechanism mechanismOf(Evidence record) {
        return matrices.matrix().mechanisms().stream().filter(m -> m.id() == record.mechanismId()).findFirst()
                .orElseThrow(() -> new RefusedException("The mechanism of that record has been retired."));
    }

    private Evidence find(long id) {
        return evidence.list(matrices.matrix().framework().id()).stream().filter(e -> e.id() == id).findFirst()
                .orElseThrow(() -> new RefusedException("There is no evidence record " + id + "."));
    }

    private static Problem field(String name, String value, String message) {
        return new Problem(null, 0, name, value, message);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
