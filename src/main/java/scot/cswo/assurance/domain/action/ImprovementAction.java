package scot.cswo.assurance.domain.action;

import java.time.LocalDate;
import scot.cswo.assurance.domain.problem.Problems;
import scot.cswo.assurance.domain.schedule.Status;

/**
 * An improvement action in the tracker.
 *
 * @param lead       the lead officer's name as the matrix knows it; blank if not yet agreed
 * @param targetDate null while no date is agreed
 */
public record ImprovementAction(String title, ActionSource source, String lead, LocalDate targetDate,
                                ActionProgress progress) {
    /** As for one-off mechanisms: an action is due soon in the 14 days before its target date. */
    public static final int DUE_SOON_DAYS = 14;

    public ImprovementAction {
        Problems problems = new Problems();
        if (title == null || title.isBlank()) {
            problems.add(ActionField.ACTION, title, "An action needs a description.");
        } else if (title.strip().length() > 2000) {
            problems.add(ActionField.ACTION, title.strip().substring(0, 40) + "…",
                    "An action's description can be at most 2,000 characters.");
        }
        if (source == null) {
            problems.add(ActionField.SOURCE, null, "Say where the action came from.");
        }
        problems.refuseIfAny();
        title = title.strip();
        lead = lead == null ? "" : lead.strip();
        progress = progress == null ? ActionProgress.NOT_STARTED : progress;
    }

    /**
     * Where the action stands on a date, in the same words as the matrix: Complete once complete or
     * embedded; Not scheduled while it has no lead or no target date (there is nothing yet to be on
     * track for); Overdue once its target date has passed; Due soon within {@code dueSoonDays} of it;
     * otherwise On track.
     */
    public Status statusOn(LocalDate asOf, int dueSoonDays) {
        if (progress.closed()) {
            return Status.COMPLETE;
        }
        if (targetDate == null || lead.isEmpty()) {
            return Status.NOT_SCHEDULED;
        }
        if (targetDate.isBefore(asOf)) {
            return Status.OVERDUE;
        }
        return targetDate.isAfter(asOf.plusDays(dueSoonDays)) ? Status.ON_TRACK : Status.DUE_SOON;
    }
}
