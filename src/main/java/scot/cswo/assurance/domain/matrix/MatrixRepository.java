package scot.cswo.assurance.domain.matrix;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where frameworks and their matrices are kept. Each method is one transaction. */
public interface MatrixRepository {

    boolean hasFramework();

    /** Every framework, oldest first. */
    List<Framework> frameworks();

    /**
     * A framework's matrix: as it is now when {@code activeSince} is null, otherwise also with the
     * rows and functions retired after that date (a date or year looked back on still shows them).
     */
    AssuranceMatrix matrix(long frameworkId, LocalDate activeSince);

    /** The id of the newest framework added, 0 if there is none: what a new framework is checked against. */
    default long newestFrameworkId() {
        return frameworks().stream().mapToLong(Framework::id).max().orElse(0);
    }

    /** One mechanism as it is now, retired or not, if it exists. */
    Optional<Mechanism> mechanism(long mechanismId);

    /** The framework a mechanism belongs to, if the mechanism exists. */
    Optional<Long> frameworkOf(long mechanismId);

    /**
     * Saves a new framework and its whole matrix, all or nothing. It comes into force on its tracking
     * start (see {@link FrameworkTimeline}); the frameworks before it keep their evidence.
     *
     * @param newestSeen {@link #newestFrameworkId()} when the user started; if someone has added a
     *                   framework since, nothing is saved ({@link scot.cswo.assurance.domain.access.ConflictException})
     */
    AssuranceMatrix create(FrameworkDetails details, MatrixDraft draft, long newestSeen, String account, Instant at);

    /** What people have recorded against a framework (see {@link UntouchedStarter}). */
    RecordsHeld recordsHeld(long frameworkId);

    /**
     * Saves a new framework as {@link #create} does, in place of the starter framework, which is removed in
     * the same transaction; the history records the replacement. Refused, saving nothing, if the starter is
     * no longer untouched by then (someone recorded something against it since it was checked).
     */
    AssuranceMatrix replaceStarter(UntouchedStarter starter, FrameworkDetails details, MatrixDraft draft,
                                   long newestSeen, String account, Instant at);
}
