package scot.cswo.assurance.service.matrix;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import scot.cswo.assurance.domain.access.Role;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.Framework;
import scot.cswo.assurance.domain.matrix.MatrixRepository;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.domain.schedule.Period;
import scot.cswo.assurance.service.access.Access;

/** Reading the matrix and creating a framework in a new database. */
public final class MatrixService {
    private final MatrixRepository matrices;
    private final Access access;

    private final Clock clock;

    public MatrixService(MatrixRepository matrices, Access access, Clock clock) {
        this.matrices = matrices;
        this.access = access;
        this.clock = clock;
    }

    /** Every framework this database holds, oldest first. */
    public List<Framework> frameworks() {
        return matrices.frameworks();
    }

    /** The framework in force for a financial year, with every row active during it; else the current one. */
    public AssuranceMatrix matrixFor(Period year) {
        return matrices.matrixFor(year).orElseGet(this::matrix);
    }

    /** What a new framework is checked against: see {@link MatrixRepository#newestFrameworkId()}. */
    public long newestFrameworkId() {
        return matrices.newestFrameworkId();
    }

    public boolean hasFramework() {
        return matrices.hasFramework();
    }

    /** The framework in use with its whole matrix. */
    public AssuranceMatrix matrix() {
        return matrices.currentMatrix().orElseThrow(() -> new RefusedException(
                "This database holds no framework yet. Create one with the init command."));
    }

    /** The matrix, first loading the template if the database holds no framework yet (first start). */
    public AssuranceMatrix matrixOrCreate(Supplier<FrameworkTemplate> template) {
        return matrices.currentMatrix().orElseGet(() -> create(template.get()));
    }

    /** Loads a template into a database that holds no framework; refuses otherwise. */
    public AssuranceMatrix create(FrameworkTemplate template) {
        access.require(Role.ADMINISTRATOR, "create a framework");
        matrices.currentMatrix().ifPresent(existing -> {
            throw new RefusedException("This database already holds the framework \""
                    + existing.framework().name() + "\"; nothing was changed.");
        });
        // None seen: if someone else creates one at the same moment, theirs is kept and this is refused.
        return matrices.create(template.details(), template.draft(), 0, access.identity().account(), clock.instant());
    }
}
