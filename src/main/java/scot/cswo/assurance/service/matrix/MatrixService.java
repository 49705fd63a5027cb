package scot.cswo.assurance.service.matrix;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.Framework;
import scot.cswo.assurance.domain.matrix.FrameworkTimeline;
import scot.cswo.assurance.domain.matrix.MatrixRepository;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.domain.schedule.Period;
import scot.cswo.assurance.service.access.Access;

/**
 * Reading the matrix and creating a framework in a new database. Every reader asks for the
 * framework in force on a date ({@link FrameworkTimeline}): today's for what is due now, an earlier
 * one for a date or year looked back on, a later one for a framework prepared in advance.
 */
public final class MatrixService {
    private static final String NO_FRAMEWORK = "This database holds no framework yet. Create one with the init command.";
    private static final String NO_MECHANISM = "That mechanism is no longer in the matrix.";

    private final MatrixRepository matrices;
    private final Access access;
    private final Clock clock;

    public MatrixService(MatrixRepository matrices, Access access, Clock clock) {
        this.matrices = matrices;
        this.access = access;
        this.clock = clock;
    }

    /** Every framework this database holds, by tracking start. */
    public List<Framework> frameworks() {
        return timeline().frameworks();
    }

    /** Which framework is in force when. */
    public FrameworkTimeline timeline() {
        return new FrameworkTimeline(matrices.frameworks());
    }

    /** What a new framework is checked against: see {@link MatrixRepository#newestFrameworkId()}. */
    public long newestFrameworkId() {
        return matrices.newestFrameworkId();
    }

    public boolean hasFramework() {
        return matrices.hasFramework();
    }

    /** The framework in force today, with its matrix as it is now. */
    public AssuranceMatrix matrix() {
        return matrixOn(LocalDate.now(clock));
    }

    /** The framework in force on a date, with the rows and functions in the matrix on that date. */
    public AssuranceMatrix matrixOn(LocalDate date) {
        Framework framework = timeline().inForceOn(date).orElseThrow(() -> new RefusedException(NO_FRAMEWORK));
        return matrices.matrix(framework.id(), date);
    }

    /**
     * The framework in force at the end of a financial year, with every row active during it: a
     * year reported after a new framework started still shows the matrix it was assured against.
     */
    public AssuranceMatrix matrixFor(Period year) {
        return matrixFor(year, year.end());
    }

    /** The matrix of the framework in force on {@code on}, with its rows as they stood from the year's start. */
    public AssuranceMatrix matrixFor(Period year, LocalDate on) {
        Framework framework = timeline().inForceOn(on).orElseThrow(() -> new RefusedException(NO_FRAMEWORK));
        return matrices.matrix(framework.id(), year.start());
    }

    /** One framework's matrix as it is now, whenever it is in force. */
    public AssuranceMatrix matrixOf(long frameworkId) {
        return matrices.matrix(frameworkId, null);
    }

    /** One framework, found by id without loading its matrix. */
    public Framework framework(long frameworkId) {
        return frameworks().stream().filter(f -> f.id() == frameworkId).findFirst()
                .orElseThrow(() -> new RefusedException("That framework no longer exists."));
    }

    /** One mechanism of a framework as it is now, retired or not, found by id without loading the matrix. */
    public Optional<Mechanism> mechanism(long frameworkId, long mechanismId) {
        return matrices.frameworkOf(mechanismId).filter(id -> id == frameworkId)
                .flatMap(id -> matrices.mechanism(mechanismId));
    }

    /** One mechanism as it is now, retired or not, whichever framework it belongs to. */
    public Mechanism mechanism(long mechanismId) {
        return matrices.mechanism(mechanismId).orElseThrow(() -> new RefusedException(NO_MECHANISM));
    }

    /** The matrix of the framework a mechanism belongs to, as it is now. */
    public AssuranceMatrix matrixOfMechanism(long mechanismId) {
        return matrixOf(matrices.frameworkOf(mechanismId).orElseThrow(() -> new RefusedException(NO_MECHANISM)));
    }

    /** The matrix, first loading the template if the database holds no framework yet (first start). */
    public AssuranceMatrix matrixOrCreate(Supplier<FrameworkTemplate> template) {
        return matrices.hasFramework() ? matrix() : create(template.get());
    }

    /** Loads a template into a database that holds no framework; refuses otherwise. */
    public AssuranceMatrix create(FrameworkTemplate template) {
        access.require(Role.ADMINISTRATOR, "create a framework");
        if (matrices.hasFramework()) {
            throw new RefusedException("This database already holds the framework \"" + matrix().framework().name()
                    + "\"; nothing was changed.");
        }
        // None seen: if someone else creates one at the same moment, theirs is kept and this is refused.
        return matrices.create(template.details(), template.draft(), 0, access.identity().account(), clock.instant());
    }
}
