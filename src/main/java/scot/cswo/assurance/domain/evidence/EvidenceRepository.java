package scot.cswo.assurance.domain.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import scot.cswo.assurance.domain.schedule.EvidenceSummary;

/** Evidence records. Each change is one transaction, with its history entry. */
public interface EvidenceRepository {

    Evidence add(NewEvidence evidence, String account, Instant at);

    /** Saves a corrected version, with why; the earlier one stays, marked superseded. */
    Evidence correct(long id, NewEvidence replacement, String reason, String account, Instant at);

    /** Marks a record as recorded in error; it stays visible, no longer counting. */
    Evidence withdraw(long id, String reason, String account, Instant at);

    /** Every record of the framework (current and superseded), newest activity first. */
    List<Evidence> list(long frameworkId);

    /** One record, whatever its framework and state. */
    Optional<Evidence> find(long id);

    /** What the status rules need for each mechanism of the framework, as of a date. */
    Map<Long, EvidenceSummary> summaries(long frameworkId, LocalDate asOf);

    /** Current evidence dates between two dates, per mechanism (for looking back over a year). */
    Map<Long, NavigableSet<LocalDate>> evidenceDates(long frameworkId, LocalDate from, LocalDate to);
}
