package scot.cswo.assurance.domain.matrix;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import scot.cswo.assurance.domain.frequency.Frequency;

/**
 * Changes to a framework's matrix. Each is one transaction with its history entries; a change based
 * on an out-of-date version is refused with who changed it and when.
 */
public interface MatrixEditing {

    /**
     * A mechanism's new wording, leads and (optionally) frequency.
     *
     * @param frequency     null to keep the frequency
     * @param effectiveFrom the first day the new frequency applies; null to replace it for all periods
     */
    record MechanismChange(long mechanismId, int expectedVersion, String description, List<String> leadNames,
                           Frequency frequency, LocalDate effectiveFrom) {
    }

    Mechanism updateMechanism(MechanismChange change, String account, Instant at);

    /** A new mechanism at the end of a function; returns its ref. */
    Ref addMechanism(long frameworkId, int functionNumber, String description, List<String> leadNames,
                     Frequency frequency, String account, Instant at);

    /** Lists an existing mechanism under another function too; returns the new row's ref. */
    Ref linkMechanism(long mechanismId, int functionNumber, String account, Instant at);

    /** Takes a row out of the matrix from a date; its history stays and earlier reports still show it. */
    void retireRow(long frameworkId, Ref ref, LocalDate on, String account, Instant at);

    /** Moves a row up (-1) or down (+1) within its function; refs stay as they are. */
    void moveRow(long frameworkId, Ref ref, int direction, String account, Instant at);

    /** Moves a function up (-1) or down (+1) in the matrix; its number and refs stay as they are. */
    void moveFunction(long frameworkId, long functionId, int direction, String account, Instant at);

    /** Renumbers a function's refs to follow the rows' order: F3.1, F3.2, … */
    void renumber(long frameworkId, int functionNumber, String account, Instant at);

    StatutoryFunction addFunction(long frameworkId, int number, String title, String account, Instant at);

    void updateFunction(long functionId, int expectedVersion, String title, String account, Instant at);

    void retireFunction(long functionId, LocalDate on, String account, Instant at);

    /**
     * Copies a framework's matrix to a new framework (e.g. 2026-2030); the old one becomes read-only.
     * Refused, changing nothing, if a framework newer than {@code newestSeen} has been added since.
     */
    long copyFramework(long frameworkId, long newestSeen, FrameworkDetails details, String account, Instant at);

    void updateFramework(long frameworkId, int expectedVersion, FrameworkDetails details, String account, Instant at);
}
