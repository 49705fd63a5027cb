package scot.cswo.assurance.domain.chase;

import java.time.LocalDate;
import scot.cswo.assurance.domain.schedule.Status;

/**
 * One thing a lead is chased for: a mechanism overdue or due soon, or an overdue improvement
 * action, as the status engine saw it on the chase's date. Holds only the framework's own words,
 * dates and statuses: nothing about people who use services.
 *
 * @param id       the mechanism's or the action's id
 * @param ref      how the office names it: the mechanism's refs ("F1.3, F4.2") or "Action 12"
 * @param period   the period evidence is wanted for ("Apr–Jun 2026"); empty for an action
 * @param due      when it is or was due (the action's target date)
 * @param why      the status engine's reason, e.g. "No evidence for Apr–Jun 2026; due 30/06/2026."
 * @param evidence what counts as evidence for it
 */
public record ChaseItem(Kind kind, long id, String ref, String description, Status status, String period,
                        LocalDate due, long daysOverdue, String why, String evidence) {

    public enum Kind { MECHANISM, ACTION }
}
