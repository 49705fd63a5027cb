package scot.cswo.assurance.domain.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import scot.cswo.assurance.domain.frequency.FrequencyTimeline;

/**
 * Whether one period was assured, for looking back over a year (dashboard chart, annual report).
 *
 * @param evidence         the evidence date that assured it, if any
 * @param notApplicableWhy the reason recorded if it was marked not applicable
 */
public record PeriodOutcome(Period period, LocalDate evidence, String notApplicableWhy) {

    public boolean assured() {
        return evidence != null || notApplicableWhy != null;
    }

    /**
     * Every counting period that was due between {@code from} and {@code dueBy} (by its end date),
     * with whether it was assured by evidence dated on or before {@code asOf}.
     *
     * @param evidenceDates all the mechanism's evidence dates (at least those from the earliest period on)
     */
    public static List<PeriodOutcome> between(Schedule schedule, FrequencyTimeline frequency,
                                              NavigableSet<LocalDate> evidenceDates,
                                              List<EvidenceSummary.NotApplicable> notApplicable, LocalDate from,
                                              LocalDate dueBy, LocalDate asOf) {
        List<PeriodOutcome> outcomes = new ArrayList<>();
        if (dueBy.isBefore(from)) {
            return outcomes;
        }
        for (Period period : schedule.periodsEndingBetween(frequency, from, dueBy)) {
            LocalDate first = evidenceDates.ceiling(period.start());
            LocalDate limit = period.end().isBefore(asOf) ? period.end() : asOf;
            LocalDate evidence = first != null && !first.isAfter(limit) ? first : null;
            Optional<EvidenceSummary.NotApplicable> na = notApplicable.stream()
                    .filter(n -> period.contains(n.dateInPeriod())).findFirst();
            outcomes.add(new PeriodOutcome(period, evidence, na.map(EvidenceSummary.NotApplicable::reason).orElse(null)));
        }
        return outcomes;
    }
}
