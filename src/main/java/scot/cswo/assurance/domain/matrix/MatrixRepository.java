package scot.cswo.assurance.domain.matrix;

import java.util.Optional;

/** Where frameworks and their matrices are kept. Each method is one transaction. */
public interface MatrixRepository {

    boolean hasFramework();

    /** The framework in use: the newest one that is not read-only. */
    Optional<AssuranceMatrix> currentMatrix();

    /** Saves a new framework and its whole matrix, all or nothing. */
    AssuranceMatrix create(FrameworkDetails details, MatrixDraft draft);
}
