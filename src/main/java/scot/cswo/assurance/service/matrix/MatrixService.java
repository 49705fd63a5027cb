package scot.cswo.assurance.service.matrix;

import java.util.function.Supplier;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.MatrixRepository;
import scot.cswo.assurance.domain.problem.RefusedException;

/** Reading the matrix and creating a framework in a new database. */
public final class MatrixService {
    private final MatrixRepository matrices;

    public MatrixService(MatrixRepository matrices) {
        this.matrices = matrices;
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
        return matrices.currentMatrix().orElseGet(() -> matrices.create(template.get().details(), template.get().draft()));
    }

    /** Loads a template into a database that holds no framework; refuses otherwise. */
    public AssuranceMatrix create(FrameworkTemplate template) {
        matrices.currentMatrix().ifPresent(existing -> {
            throw new RefusedException("This database already holds the framework \""
                    + existing.framework().name() + "\"; nothing was changed.");
        });
        return matrices.create(template.details(), template.draft());
    }
}
