package scot.cswo.assurance.domain.schedule;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the status rules need to know of a mechanism's evidence as of a date.
 *
 * <p>The latest evidence on or before the date is enough: if it falls in the current period, that
 * period is assured; if not, it is the only candidate for the previous one. So the status of
 * every mechanism comes from one stored date each, however much evidence there is.
 *
 * @param latest          the latest evidence dated on or before the as-of date
 * @param notApplicable   "not applicable" records: a date in the period each covers, with the reason
 * @param occurrences     evidence records dated on or before the as-of date (for event-driven mechanisms)
 * @param nothingToReport quarter-end dates of "nothing to report" returns on or before the as-of date
 */
public record EvidenceSummary(LocalDate latest, List<NotApplicable> notApplicable, int occurrences,
                              List<LocalDate> nothingToReport) {

    public static final EvidenceSummary NONE = new EvidenceSummary(null, List.of(), 0, List.of());

    public EvidenceSummary {
        notApplicable = List.copyOf(notApplicable);
        nothingToReport = List.copyOf(nothingToReport);
    }

    /** A period marked not applicable, identified by a date inside it, with the reason recorded. */
    public record NotApplicable(LocalDate dateInPeriod, String reason) {
    }

    /** Summarises evidence dates as of a date: only evidence dated on or before it counts. */
    public static EvidenceSummary of(Collection<LocalDate> evidenceDates, List<NotApplicable> notApplicable,
                                     LocalDate asOf) {
        List<LocalDate> seen = evidenceDates.stream().filter(d -> !d.isAfter(asOf)).toList();
        return new EvidenceSummary(seen.stream().max(Comparator.naturalOrder()).orElse(null), notApplicable,
                seen.size(), List.of());
    }

    public Optional<LocalDate> latestEvidence() {
        return Optional.ofNullable(latest);
    }

    Optional<NotApplicable> notApplicableFor(Period period) {
        return notApplicable.stream().filter(n -> period.contains(n.dateInPeriod())).findFirst();
    }
}
