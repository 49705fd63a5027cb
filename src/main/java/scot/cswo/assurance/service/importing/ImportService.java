package scot.cswo.assurance.service.importing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.domain.evidence.EvidenceRepository;
import scot.cswo.assurance.domain.lead.LeadRepository;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.evidence.Evidence;
import scot.cswo.assurance.domain.frequency.Frequencies;
import scot.cswo.assurance.domain.frequency.Frequency;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.Framework;
import scot.cswo.assurance.domain.matrix.FrameworkDetails;
import scot.cswo.assurance.domain.matrix.FrameworkTimeline;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.matrix.MatrixDraft;
import scot.cswo.assurance.domain.matrix.MatrixRepository;
import scot.cswo.assurance.domain.matrix.SourceRow;
import scot.cswo.assurance.domain.matrix.UntouchedStarter;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.service.access.Actor;
import scot.cswo.assurance.service.files.SafeFiles;
import scot.cswo.assurance.service.matrix.FrameworkEditor;
import scot.cswo.assurance.service.matrix.FrameworkField;

/**
 * Bringing in a framework from a spreadsheet (.xlsx or .csv) or a Word document's table (.docx): read
 * and check the whole file first,
 * show what will be created, then save it in one transaction, or nothing at all. The imported
 * framework comes into force on its tracking start: a framework imported in December to start in
 * April changes nothing before April, and the one in force until then keeps its evidence.
 */
public final class ImportService {
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    /**
     * What a file would create.
     *
     * @param replaces  the framework in force today, which the imported one follows; null if none
     * @param starter   the new office's starter framework, if nothing is recorded against it: an import
     *                  starting on or before its start replaces it (see {@link UntouchedStarter}); null otherwise
     * @param suggested details to offer the user, taken from the framework in use where there is one
     * @param notes     what the user should know about how the file was read: which sheet, which
     *                  rows were left out as hidden
     * @param newestSeen the newest framework when the file was checked: if someone adds one before this
     *                   is saved, the import is refused rather than made on an out-of-date view
     */
    public record Preview(String source, MatrixDraft draft, List<String> newLeads, Framework replaces,
                          boolean replacesHasEvidence, UntouchedStarter starter, FrameworkDetails suggested, List<String> notes,
                          long newestSeen) {
    }

    private final MatrixRepository matrices;
    private final EvidenceRepository evidence;
    private final LeadRepository leads;
    private final Actor actor;

    public ImportService(MatrixRepository matrices, EvidenceRepository evidence, LeadRepository leads, Actor actor) {
        this.matrices = matrices;
        this.evidence = evidence;
        this.leads = leads;
        this.actor = actor;
    }

    /** Reads and checks a file; throws with every problem found (file, row, column, value) if it has any. */
    public Preview preview(Path file) {
        return preview(file, Map.of());
    }

    /**
     * As {@link #preview(Path)}, reading each frequency phrase the app does not know as the
     * frequency the user mapped it to ("Termly" → "4 monthly"); refused if one is mapped to a
     * frequency the app does not know either.
     */
    public Preview preview(Path file, Map<String, String> frequencies) {
        return preview(file, frequencies, Map.of());
    }

    /**
     * As {@link #preview(Path, Map)}, also reading each heading named in {@code columns} as the
     * column given for it ("How we check" as "mechanism"), or leaving it out ("ignore").
     */
    public Preview preview(Path file, Map<String, String> frequencies, Map<String, String> columns) {
        Map<String, Frequency> mapped = Frequencies.mappings(frequencies);
        ColumnAssignments assigned = ColumnAssignments.of(columns);
        String source = SafeFiles.name(file);
        return preview(source, MatrixFileReader.read(source, SafeFiles.readUserFile(file, MAX_FILE_BYTES,
                "a matrix file"), mapped, assigned));
    }

    public Preview preview(String source, byte[] bytes) {
        return preview(source, MatrixFileReader.read(source, bytes));
    }

    /**
     * A file as the window's preview shows it: every row as read and every problem, with the
     * preview to import once there are none.
     *
     * @param headings  the header row's headings and the column each is read as
     * @param suggested the framework's details to offer, whether or not the file has problems yet
     * @param preview   what the file would create; null while it has problems
     */
    public record Check(String source, List<SourceRow> rows, List<Problem> problems,
                        List<ColumnAssignments.Heading> headings, FrameworkDetails suggested, Preview preview) {
    }

    /**
     * Reads and checks a file as {@link #preview(Path, Map)} does (the same mappings, the same rules),
     * returning its rows' problems rather than refusing it; a file that is not a framework table at
     * all is still refused with its problems.
     */
    public Check check(Path file, Map<String, String> frequencies) {
        return check(file, frequencies, Map.of());
    }

    /** As {@link #check(Path, Map)}, with headings read as the columns the user assigned them to. */
    public Check check(Path file, Map<String, String> frequencies, Map<String, String> columns) {
        Map<String, Frequency> mapped = Frequencies.mappings(frequencies);
        ColumnAssignments assigned = ColumnAssignments.of(columns);
        String source = SafeFiles.name(file);
        MatrixFileReader.Reading reading = MatrixFileReader.check(source,
                SafeFiles.readUserFile(file, MAX_FILE_BYTES, "a matrix file"), mapped, assigned);
        Preview preview = reading.problems().isEmpty()
                ? preview(source, new MatrixFileReader.MatrixFile(reading.draft(), reading.notes())) : null;
        FrameworkDetails suggested = preview != null ? preview.suggested()
                : suggest(source, inForce(), untouchedStarter().orElse(null));
        return new Check(source, reading.rows(), reading.problems(), reading.headings(), suggested, preview);
    }

    private Preview preview(String source, MatrixFileReader.MatrixFile file) {
        MatrixDraft draft = file.draft();
        long newestSeen = matrices.newestFrameworkId();
        Set<String> known = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        leads.all().stream().map(Lead::name).forEach(known::add);
        Set<String> fresh = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        draft.mechanisms().forEach(m -> m.leads().stream().map(MatrixDraft.LeadDraft::name)
                .filter(name -> !known.contains(name)).forEach(fresh::add));
        Framework replaces = inForce();
        boolean hasEvidence = replaces != null && !evidence.list(replaces.id()).isEmpty();
        UntouchedStarter starter = untouchedStarter().orElse(null);
        return new Preview(source, draft, List.copyOf(fresh), replaces, hasEvidence, starter,
                suggest(source, replaces, starter), file.notes(), newestSeen);
    }

    private Optional<UntouchedStarter> untouchedStarter() {
        return UntouchedStarter.among(matrices.frameworks(), matrices::recordsHeld);
    }

    /** The untouched starter a framework starting on {@code start} would replace, if there is one. */
    public Optional<UntouchedStarter> replacing(LocalDate start) {
        return untouchedStarter().filter(starter -> starter.replacedBy(start));
    }

    private Framework inForce() {
        return new FrameworkTimeline(matrices.frameworks()).inForceOn(actor.today()).orElse(null);
    }

    /** Saves the previewed framework with the details the user confirmed. */
    public AssuranceMatrix apply(Preview preview, FrameworkDetails details) {
        actor.require(Role.ADMINISTRATOR, "import a framework");
        FrameworkDetails clean = check(details);
        Optional<UntouchedStarter> starter = replacing(clean.trackingStart());
        return starter.isPresent()
                ? matrices.replaceStarter(starter.get(), clean, preview.draft(), preview.newestSeen(), actor.account(),
                actor.now())
                : matrices.create(clean, preview.draft(), preview.newestSeen(), actor.account(), actor.now());
    }

    /**
     * Whether a framework with these details could be imported, as {@link #apply} checks it, so a dry
     * run says what the import itself would: refused with the problems, or the details as they would be saved.
     */
    public FrameworkDetails check(FrameworkDetails details) {
        FrameworkDetails clean = FrameworkEditor.checked(details);
        LocalDate start = clean.trackingStart();
        // A new office's untouched starter is replaced, not followed: nothing recorded is in the way.
        if (replacing(start).isPresent()) {
            return clean;
        }
        FrameworkTimeline timeline = new FrameworkTimeline(matrices.frameworks());
        FrameworkEditor.refuseASecondStart(timeline, start);
        // A framework already in force by today that starts after this one would take over from it on its
        // own start, so the import would never be in force from today on: the opposite of what is meant.
        timeline.startingAfter(start).stream().filter(f -> !f.trackingStart().isAfter(actor.today())).findFirst()
                .ifPresent(later -> {
                    throw new InvalidDataException(List.of(Problem.of(FrameworkField.TRACKING_START,
                            DateFormats.display(start), "\"" + later.name() + "\" is in force from "
                            + DateFormats.display(later.trackingStart()) + ", so a framework starting earlier would be"
                            + " in force only until " + DateFormats.display(later.trackingStart().minusDays(1))
                            + ", never from today on; start the imported framework after "
                            + DateFormats.display(later.trackingStart()) + " (" + DateFormats.display(later
                            .trackingStart().plusDays(1)) + " or later).")));
                });
        // The framework the import would take over from: evidence it holds from that day on would be orphaned.
        timeline.inForceOn(start).ifPresent(displaced -> evidence
                .list(displaced.id()).stream().filter(e -> e.current() && !e.date().isBefore(start))
                .map(Evidence::date).max(LocalDate::compareTo).ifPresent(latest -> {
                    throw new InvalidDataException(List.of(Problem.of(FrameworkField.TRACKING_START,
                            DateFormats.display(start), "\"" + displaced.name() + "\" holds evidence up to "
                            + DateFormats.display(latest) + ", which would no longer count; start the imported"
                            + " framework after that (" + DateFormats.display(latest.plusDays(1)) + " or later).")));
                }));
        return clean;
    }

    private FrameworkDetails suggest(String source, Framework current, UntouchedStarter starter) {
        // Named after the file it came from, not the framework it follows (a new office's first import
        // would otherwise take the starter framework's name); the council stays the council's.
        String stem = source.replaceFirst("(?i)\\.(xlsx|csv|txt|docx)$", "");
        // A new office's own framework, from the start of its year so that year's evidence counts; the
        // starter's council and period are not the office's (they are Dundee's, or blank).
        if (starter != null) {
            Month yearStart = starter.framework().yearStart();
            return new FrameworkDetails(stem, "", "", startOfYear(yearStart), yearStart, 0);
        }
        boolean hasEvidence = current != null && !evidence.list(current.id()).isEmpty();
        Month yearStart = current == null ? Month.APRIL : current.yearStart();
        LocalDate start = startOfYear(yearStart);
        // A framework in use with evidence stays in force for the rest of its year: the next year is offered.
        if (current != null && hasEvidence) {
            start = start.plusYears(1);
        }
        // Never before the framework in force, which would take over again on its own start (as the
        // Dundee framework a first start brings in, from that day): the day after it, at the earliest.
        if (current != null && !start.isAfter(current.trackingStart())) {
            start = current.trackingStart().plusDays(1);
        }
        return current == null
                ? new FrameworkDetails(stem, "", "", start, yearStart, 0)
                : new FrameworkDetails(stem, current.council(), current.periodLabel(), start, yearStart,
                current.graceDays());
    }

    /** The first day of the year (starting in {@code yearStart}) that today is in. */
    private LocalDate startOfYear(Month yearStart) {
        LocalDate today = actor.today();
        return LocalDate.of(today.getMonthValue() >= yearStart.getValue() ? today.getYear() : today.getYear() - 1,
                yearStart, 1);
    }
}
