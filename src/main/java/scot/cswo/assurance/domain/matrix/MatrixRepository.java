package scot.cswo.assurance.domain.matrix;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import scot.cswo.assurance.domain.schedule.Period;

/** Where frameworks and their matrices are kept. Each method is one transaction. */
public interface MatrixRepository {

    boolean hasFramework();

    /** Every framework, oldest first. */
    List<Framework> frameworks();

    /** The id of the newest framework added, 0 if there is none: what a new framework is checked against. */
    default long newestFrameworkId() {
        return frameworks().stream().mapToLong(Framework::id).max().orElse(0);
    }

    /** The framework in use: the newest one that is not read-only. */
    Optional<AssuranceMatrix> currentMatrix();

    /** The framework in force for a financial year, with every row that was active during it. */
    Optional<AssuranceMatrix> matrixFor(Period year);

    /**
     * Saves a new framework and its whole matrix, all or nothing. The framework in use until now,
     * if any, becomes read-only: it keeps its evidence for past years' reports.
     *
     * @param newestSeen {@link #newestFrameworkId()} when the user started; if someone has added a
     *                   framework since, nothing is saved ({@link scot.cswo.assurance.domain.access.ConflictException})
     */
    AssuranceMatrix create(FrameworkDetails details, MatrixDraft draft, long newestSeen, String account, Instant at);
}
