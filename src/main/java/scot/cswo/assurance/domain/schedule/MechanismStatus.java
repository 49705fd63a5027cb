package scot.cswo.assurance.domain.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A mechanism's status on a date and why.
 *
 * @param period       the period the status is about: the missed one when overdue, else the current one (null if none)
 * @param due          when evidence is or was due (null for event-driven and unscheduled mechanisms)
 * @param lastEvidence the latest evidence on or before the date, if any
 * @param reason       a plain sentence, e.g. "No evidence for Apr–Jun 2025; due 30/06/2025."
 */
public record MechanismStatus(Status status, Period period, LocalDate due, LocalDate lastEvidence, String reason) {

    /** Whole days from the due date to {@code asOf} while overdue (grace days included); 0 otherwise. */
    public long daysOverdue(LocalDate asOf) {
        return status == Status.OVERDUE && due != null ? Math.max(0, ChronoUnit.DAYS.between(due, asOf)) : 0;
    }
}
