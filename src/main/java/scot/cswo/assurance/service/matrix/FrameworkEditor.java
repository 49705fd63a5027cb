package scot.cswo.assurance.service.matrix;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.domain.frequency.Frequencies;
import scot.cswo.assurance.domain.frequency.Frequency;
import scot.cswo.assurance.domain.lead.LeadRepository;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.Framework;
import scot.cswo.assurance.domain.matrix.FrameworkDetails;
import scot.cswo.assurance.domain.matrix.FrameworkTimeline;
import scot.cswo.assurance.domain.matrix.EmailAddress;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.matrix.MatrixDraftBuilder;
import scot.cswo.assurance.domain.matrix.MatrixEditing;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.matrix.StatutoryFunction;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Field;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.domain.problem.Problems;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.service.access.Actor;

/**
 * Keeping the framework current: mechanisms, functions, rows, leads and settings. Every change is
 * checked against the signed-in account's role, validated field by field, and saved whole or not
 * at all. Matrix changes need an Editor; leads, settings and new periods need an Administrator.
 */
public final class FrameworkEditor {

    private static final int MAX_DESCRIPTION = 4000;
    private static final int MAX_TITLE = 2000;
    private static final int MAX_NAME = 300;
    private static final Pattern ACCOUNT_SHAPE = Pattern.compile("([^\\\\/\\s]+\\\\)?[^\\\\/\\s]+");

    /** What a mechanism form holds, as typed. */
    public record MechanismInput(String description, String leads, String frequency, LocalDate effectiveFrom) {
    }

    /** What a lead form holds, as typed. */
    public record LeadInput(String name, String jobTitle, String windowsAccount, String email, boolean active) {
    }

    private final MatrixService matrices;
    private final MatrixEditing editing;
    private final LeadRepository leads;
    private final Actor actor;

    public FrameworkEditor(MatrixService matrices, MatrixEditing editing, LeadRepository leads, Actor actor) {
        this.matrices = matrices;
        this.editing = editing;
        this.leads = leads;
        this.actor = actor;
    }

    /**
     * Saves a mechanism's wording, leads and frequency. A new frequency applies from
     * {@code effectiveFrom}; periods due before it keep the old rule. A date on or before the
     * framework's tracking start corrects the frequency for every period.
     */
    public Mechanism editMechanism(long frameworkId, long mechanismId, int expectedVersion, MechanismInput input) {
        actor.require(Role.EDITOR, "edit the matrix");
        Framework framework = editable(frameworkId);
        Mechanism mechanism = matrices.mechanism(frameworkId, mechanismId)
                .orElseThrow(() -> new RefusedException("That mechanism is no longer in the matrix; reload to see"
                        + " the current matrix."));
        Validated valid = validate(input);
        Frequency frequency = valid.frequency;
        // Another wording of the same rule ("Yearly" for "Annually") is not a change.
        boolean frequencyChanged = !frequency.sameRuleAs(mechanism.frequency());
        LocalDate from = null;
        if (frequencyChanged) {
            if (input.effectiveFrom() == null) {
                throw invalid(MatrixField.EFFECTIVE_FROM, "", "give the date the new frequency applies from; periods due before"
                        + " it keep the old frequency.");
            }
            from = input.effectiveFrom().isAfter(framework.trackingStart()) ? input.effectiveFrom() : null;
        }
        return editing.updateMechanism(new MatrixEditing.MechanismChange(mechanismId, expectedVersion,
                valid.description, valid.leads, frequencyChanged ? frequency : null, from), actor.account(), actor.now());
    }

    /** Adds a new mechanism at the end of a function and returns its ref. */
    public Ref addMechanism(long frameworkId, int functionNumber, MechanismInput input) {
        actor.require(Role.EDITOR, "edit the matrix");
        AssuranceMatrix matrix = editableMatrix(frameworkId);
        Validated valid = validate(input);
        function(matrix, functionNumber);
        return editing.addMechanism(frameworkId, functionNumber, valid.description, valid.leads, valid.frequency,
                actor.account(), actor.now());
    }

    /** Lists the mechanism under {@code ref} under another function too; its evidence counts for both. */
    public Ref linkMechanism(long frameworkId, Ref ref, int functionNumber) {
        actor.require(Role.EDITOR, "edit the matrix");
        AssuranceMatrix matrix = editableMatrix(frameworkId);
        MatrixRow row = row(matrix, ref);
        function(matrix, functionNumber);
        return editing.linkMechanism(row.mechanism().id(), functionNumber, actor.account(), actor.now());
    }

    /** Takes a row out of the matrix from a date; it keeps its evidence and history and stays in past reports. */
    public void retire(long frameworkId, Ref ref, LocalDate on) {
        actor.require(Role.EDITOR, "edit the matrix");
        row(editableMatrix(frameworkId), ref);
        editing.retireRow(frameworkId, ref, on == null ? actor.today() : on, actor.account(), actor.now());
    }

    /** Moves a row up (negative) or down (positive) within its function; refs stay as they are. */
    public void move(long frameworkId, Ref ref, int direction) {
        actor.require(Role.EDITOR, "edit the matrix");
        editable(frameworkId);
        editing.moveRow(frameworkId, ref, direction, actor.account(), actor.now());
    }

    /** Moves a function up (negative) or down (positive) in the matrix; numbers and refs stay. */
    public void moveFunction(long frameworkId, long functionId, int direction) {
        actor.require(Role.EDITOR, "edit the matrix");
        functionWithId(editableMatrix(frameworkId), functionId);
        editing.moveFunction(frameworkId, functionId, direction, actor.account(), actor.now());
    }

    /** Renumbers a function's refs to follow its rows' order; only done when the user asks. */
    public void renumber(long frameworkId, int functionNumber) {
        actor.require(Role.EDITOR, "edit the matrix");
        function(editableMatrix(frameworkId), functionNumber);
        editing.renumber(frameworkId, functionNumber, actor.account(), actor.now());
    }

    public StatutoryFunction addFunction(long frameworkId, int number, String title) {
        actor.require(Role.EDITOR, "edit the matrix");
        editable(frameworkId);
        if (number < 1 || number > 999) {
            throw invalid(MatrixField.FUNCTION, String.valueOf(number), "give the function as a number from 1 to 999.");
        }
        return editing.addFunction(frameworkId, number, title(title), actor.account(), actor.now());
    }

    public void renameFunction(long frameworkId, long functionId, int expectedVersion, String title) {
        actor.require(Role.EDITOR, "edit the matrix");
        functionWithId(editableMatrix(frameworkId), functionId);
        editing.updateFunction(functionId, expectedVersion, title(title), actor.account(), actor.now());
    }

    /** Retires a function that no longer has any mechanisms. */
    public void retireFunction(long frameworkId, long functionId, LocalDate on) {
        actor.require(Role.EDITOR, "edit the matrix");
        functionWithId(editableMatrix(frameworkId), functionId);
        editing.retireFunction(functionId, on == null ? actor.today() : on, actor.account(), actor.now());
    }

    /** Every lead, active or not, alphabetically. */
    public List<Lead> leads() {
        return leads.all().stream().sorted(Lead.BY_NAME).toList();
    }

    public Lead addLead(LeadInput input) {
        actor.require(Role.ADMINISTRATOR, "manage leads");
        LeadInput valid = validate(input, null);
        return leads.add(valid.name(), valid.jobTitle(), valid.windowsAccount(), valid.email(), actor.account(),
                actor.now());
    }

    public Lead updateLead(long leadId, int expectedVersion, LeadInput input) {
        actor.require(Role.ADMINISTRATOR, "manage leads");
        Lead existing = leads.all().stream().filter(l -> l.id() == leadId).findFirst()
                .orElseThrow(() -> new RefusedException("That lead no longer exists."));
        LeadInput valid = validate(input, leadId);
        return leads.update(new Lead(leadId, valid.name(), valid.jobTitle(), valid.windowsAccount(), existing.role(),
                valid.email(), valid.active(), expectedVersion), actor.account(), actor.now());
    }

    /** Hands every mechanism of a leaver to a successor and marks the leaver as left; returns how many moved. */
    public int reassign(long leaverId, long successorId) {
        actor.require(Role.ADMINISTRATOR, "manage leads");
        if (leaverId == successorId) {
            throw invalid(FrameworkField.SUCCESSOR, "", "choose someone other than the leaver.");
        }
        Lead successor = leads.all().stream().filter(l -> l.id() == successorId).findFirst()
                .orElseThrow(() -> new RefusedException("That lead no longer exists."));
        if (!successor.active()) {
            throw invalid(FrameworkField.SUCCESSOR, successor.name(), "this lead has left; choose an active lead.");
        }
        return leads.reassign(leaverId, successorId, actor.account(), actor.now());
    }

    /** Saves the framework's name, council, period, tracking start and grace days. */
    public void updateSettings(long frameworkId, int expectedVersion, FrameworkDetails details) {
        actor.require(Role.ADMINISTRATOR, "change the framework's settings");
        editable(frameworkId);
        editing.updateFramework(frameworkId, expectedVersion, checked(details), actor.account(), actor.now());
    }

    /**
     * Starts a new framework period (e.g. 2026-2030) as a copy of a framework's matrix. It comes into
     * force on its tracking start; the framework copied stays in force until then and keeps its
     * evidence for its years.
     */
    public long copyToNewPeriod(long frameworkId, FrameworkDetails details) {
        actor.require(Role.ADMINISTRATOR, "start a new framework period");
        // Read before the framework copied, so one added in between is noticed when saving.
        long newestSeen = matrices.newestFrameworkId();
        Framework current = matrices.framework(frameworkId);
        FrameworkDetails valid = checked(details);
        if (!valid.trackingStart().isAfter(current.trackingStart())) {
            throw invalid(FrameworkField.TRACKING_START, DateFormats.display(valid.trackingStart()), "the new period must start after "
                    + DateFormats.display(current.trackingStart()) + ", when the framework it copies started.");
        }
        refuseASecondStart(matrices.timeline(), valid.trackingStart());
        return editing.copyFramework(current.id(), newestSeen, valid, actor.account(), actor.now());
    }

    /**
     * Refuses a new framework starting on the day another already does: which of the two was in force
     * would be anyone's guess.
     */
    public static void refuseASecondStart(FrameworkTimeline timeline, LocalDate start) {
        timeline.startingOn(start).ifPresent(existing -> {
            throw invalid(FrameworkField.TRACKING_START, DateFormats.display(start), "\"" + existing.name() + "\" already comes"
                    + " into force on " + DateFormats.display(start) + "; start this one the day after ("
                    + DateFormats.display(start.plusDays(1)) + ") or later, or keep that framework.");
        });
    }

    /** The details with spaces trimmed, or every problem with them. */
    public static FrameworkDetails checked(FrameworkDetails details) {
        List<Problem> problems = new ArrayList<>();
        required(problems, FrameworkField.FRAMEWORK_NAME, details.name(), MAX_NAME);
        required(problems, FrameworkField.COUNCIL, details.council(), MAX_NAME);
        required(problems, FrameworkField.PERIOD, details.periodLabel(), 50);
        if (details.trackingStart() == null) {
            problems.add(Problem.of(FrameworkField.TRACKING_START, "", "give the date tracking starts."));
        }
        if (details.graceDays() < 0 || details.graceDays() > 365) {
            problems.add(Problem.of(FrameworkField.GRACE_DAYS, String.valueOf(details.graceDays()),
                    "give a number of days from 0 to 365."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDataException(problems);
        }
        return new FrameworkDetails(details.name().strip(), details.council().strip(), details.periodLabel().strip(),
                details.trackingStart(), details.yearStart(), details.graceDays());
    }

    private LeadInput validate(LeadInput input, Long leadId) {
        List<Problem> problems = new ArrayList<>();
        String name = Problems.collapse(input.name());
        required(problems, FrameworkField.NAME, name, MAX_NAME);
        if (name.contains("/") || name.contains(";")) {
            problems.add(Problem.of(FrameworkField.NAME, name, "a lead's name cannot contain \"/\" or \";\", which"
                    + " separate leads in the matrix."));
        }
        String account = Problems.blankToNull(input.windowsAccount());
        if (account != null && !ACCOUNT_SHAPE.matcher(account).matches()) {
            problems.add(Problem.of(FrameworkField.WINDOWS_ACCOUNT, account,
                    "give the account as DOMAIN\\username or username, without spaces."));
        }
        String email = EmailAddress.bare(input.email());
        if (email != null && !EmailAddress.wellFormed(email)) {
            problems.add(Problem.of(FrameworkField.EMAIL, input.email().strip(), EmailAddress.REFUSAL));
        }
        for (Lead other : leads.all()) {
            if (leadId != null && other.id() == leadId) {
                continue;
            }
            if (other.name().equalsIgnoreCase(name)) {
                problems.add(Problem.of(FrameworkField.NAME, name, "there is already a lead with this name."));
            }
            if (account != null && account.equalsIgnoreCase(other.windowsAccount())) {
                problems.add(Problem.of(FrameworkField.WINDOWS_ACCOUNT, account, "this account belongs to "
                        + other.name() + "."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDataException(problems);
        }
        return new LeadInput(name, Problems.blankToNull(input.jobTitle()), account, email, input.active());
    }

    private record Validated(String description, List<String> leads, Frequency frequency) {
    }

    private Validated validate(MechanismInput input) {
        List<Problem> problems = new ArrayList<>();
        String description = Problems.collapse(input.description());
        required(problems, MatrixField.ASSURANCE_MECHANISM, description, MAX_DESCRIPTION);
        List<String> names = MatrixDraftBuilder.leads(input.leads());
        if (names.isEmpty()) {
            problems.add(Problem.of(MatrixField.LEAD, "", "give at least one lead; separate several with \"/\"."));
        }
        List<String> canonical = new ArrayList<>();
        List<Lead> known = leads.all();
        for (String name : names) {
            Optional<Lead> lead = known.stream().filter(l -> l.name().equalsIgnoreCase(name)).findFirst();
            if (lead.isPresent() && !lead.get().active()) {
                problems.add(Problem.of(MatrixField.LEAD, name, name + " has left; choose who took over from them."));
            } else if (name.length() > MAX_NAME) {
                problems.add(Problem.of(MatrixField.LEAD, name, "a lead's name is longer than " + MAX_NAME
                        + " characters."));
            }
            canonical.add(lead.map(Lead::name).orElse(name));
        }
        Optional<Frequency> frequency = Frequencies.parse(input.frequency());
        if (frequency.isEmpty()) {
            problems.add(Problem.of(MatrixField.FREQUENCY, input.frequency() == null ? "" : input.frequency(),
                    "not a frequency the app knows. Use one of: " + String.join(", ", Frequencies.ACCEPTED) + "."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDataException(problems);
        }
        return new Validated(description, canonical, frequency.get());
    }

    private static String title(String title) {
        List<Problem> problems = new ArrayList<>();
        String collapsed = Problems.collapse(title);
        required(problems, MatrixField.FUNCTION_TITLE, collapsed, MAX_TITLE);
        if (!problems.isEmpty()) {
            throw new InvalidDataException(problems);
        }
        return collapsed;
    }

    private static void required(List<Problem> problems, Field field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.of(field, "", "this cannot be empty."));
        } else if (value.strip().length() > max) {
            problems.add(Problem.of(field, value, "this is longer than " + max + " characters."));
        }
    }

    private static InvalidDataException invalid(Field field, String value, String message) {
        return new InvalidDataException(List.of(Problem.of(field, value, message)));
    }

    /**
     * The framework, if it may still be changed: once a later framework is in force, it is kept as
     * it was for the years it covered. Checked without loading its matrix.
     */
    private Framework editable(long frameworkId) {
        Framework framework = matrices.framework(frameworkId);
        FrameworkTimeline timeline = matrices.timeline();
        if (timeline.replacedBy(framework, actor.today())) {
            Framework next = timeline.next(framework).orElseThrow();
            throw new RefusedException("\"" + framework.name() + "\" (" + framework.periodLabel()
                    + ") was followed by \"" + next.name() + "\" on " + DateFormats.display(next.trackingStart())
                    + "; it is kept as it was for the years it covered. Change the framework in force instead.");
        }
        return framework;
    }

    /** The framework's matrix as it is now, if it may still be changed (see {@link #editable}). */
    private AssuranceMatrix editableMatrix(long frameworkId) {
        editable(frameworkId);
        return matrices.matrixOf(frameworkId);
    }

    private static MatrixRow row(AssuranceMatrix matrix, Ref ref) {
        return matrix.row(ref).orElseThrow(() -> new RefusedException("There is no row " + ref
                + " in the matrix; it may have been retired or renumbered by someone else."));
    }

    private static StatutoryFunction function(AssuranceMatrix matrix, int number) {
        return matrix.functions().stream().filter(f -> f.number() == number).findFirst()
                .orElseThrow(() -> invalid(MatrixField.FUNCTION, number < 1 ? "" : String.valueOf(number), "choose one of the"
                        + " framework's functions."));
    }

    private static StatutoryFunction functionWithId(AssuranceMatrix matrix, long id) {
        return matrix.functions().stream().filter(f -> f.id() == id).findFirst()
                .orElseThrow(() -> invalid(MatrixField.FUNCTION, "", "choose one of the framework's functions."));
    }
}
