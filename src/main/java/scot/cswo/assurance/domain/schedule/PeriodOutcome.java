package scot.cswo.assurance.domain.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import scot.cswo.assurance.domain.frequency.FrequencyTimeline;

/**
 * How one period stands when a year is looked back on (dashboard chart, annual report, quarterly
 * pack): assured by evidence dated in it, marked not applicable, missed, or not yet due.
 *
 * @param evidence         the evidence date that assured it, if any
 * @param notApplicableWhy the reason recorded if it was marked not applicable
 */
public record PeriodOutcome(Period period, Outcome outcome, LocalDate evidence, String notApplicableWhy) {

    /** Where a period stands. Only a period that has ended (with its grace days) can be missed. */
    public enum Outcome {
        ASSURED, NOT_APPLICABLE, MISSED, NOT_YET_DUE
    }

    public boolean assured() {
        return outcome == Outcome.ASSURED || outcome == Outcome.NOT_APPLICABLE;
    }

    public boolean missed() {
        return outcome == Outcome.MISSED;
    }

    /**
     * Every counting period due between {@code from} and {@code dueBy} (by its end date), judged as of
     * {@code asOf}: assured by evidence dated in it on or before that date, or marked not applicable;
     * otherwise missed once its end and the grace days have passed (or, looked back on from the close
     * of {@code asOf}, once it has ended), and not yet due before then.
     *
     * @param evidenceDates all the mechanism's evidence dates (at least those from the earliest period on)
     * @param atClose       looked back on from the close of {@code asOf} (a year's or a quarter's end): every
     *                      period that ended by then is final, assured, not applicable or missed
     */
    public static List<PeriodOutcome> between(Schedule schedule, FrequencyTimeline frequency,
                                              NavigableSet<LocalDate> evidenceDates,
                                              List<EvidenceSummary.NotApplicable> notApplicable, LocalDate from,
                                              LocalDate dueBy, LocalDate asOf, int graceDays, boolean atClose) {
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
            Outcome outcome;
            if (evidence != null) {
                outcome = Outcome.ASSURED;
            } else if (na.isPresent()) {
                outcome = Outcome.NOT_APPLICABLE;
            } else if (atClose && !period.end().isAfter(asOf) || asOf.isAfter(period.end().plusDays(graceDays))) {
                outcome = Outcome.MISSED;
            } else {
                outcome = Outcome.NOT_YET_DUE;
            }
            outcomes.add(new PeriodOutcome(period, outcome, evidence,
                    na.map(EvidenceSummary.NotApplicable::reason).orElse(null)));
        }
        return outcomes;
    }
}
