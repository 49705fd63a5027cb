package scot.cswo.assurance.domain.chase;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import scot.cswo.assurance.domain.action.ImprovementAction;
import scot.cswo.assurance.domain.action.TrackedAction;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.schedule.MechanismStatus;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.domain.schedule.StatusBoard;

/**
 * The CSWO's weekly position at a glance: how many rows have each status, what is overdue and whose
 * it is, which improvement actions are due, and who has been chased lately. Statuses are the
 * status engine's.
 *
 * @param chased the chases made in the week up to the date, newest first
 */
public record Digest(LocalDate asOf, Map<Status, Integer> counts, List<Overdue> overdue, List<ActionDue> actionsDue,
                     List<ChaseRecord> chased) {

    /** How far back "who has been chased" looks. */
    public static final int CHASED_DAYS = 7;

    public Digest {
        counts = Map.copyOf(counts);
        overdue = List.copyOf(overdue);
        actionsDue = List.copyOf(actionsDue);
        chased = List.copyOf(chased);
    }

    public record Overdue(String ref, String mechanism, String leads, LocalDate due, long daysOverdue) {
    }

    public record ActionDue(long id, String title, String lead, LocalDate target, Status status) {
    }

    /** @param chased the chases made in the {@link #CHASED_DAYS} days up to the board's date */
    public static Digest of(StatusBoard board, List<TrackedAction> actions, List<ChaseRecord> chased) {
        List<Overdue> overdue = board.byUrgency(board.matrix().rows()).stream()
                .filter(r -> board.status(r).status() == Status.OVERDUE)
                .map(r -> overdue(r, board.status(r), board.asOf())).toList();
        List<ActionDue> due = actions.stream()
                .map(a -> new ActionDue(a.id(), a.action().title(), a.action().lead(), a.action().targetDate(),
                        a.action().statusOn(board.asOf(), ImprovementAction.DUE_SOON_DAYS)))
                .filter(a -> a.status() == Status.OVERDUE || a.status() == Status.DUE_SOON)
                .sorted(Comparator.comparingInt((ActionDue a) -> a.status().urgency()).thenComparing(ActionDue::target))
                .toList();
        return new Digest(board.asOf(), board.counts(), overdue, due, chased);
    }

    private static Overdue overdue(MatrixRow row, MechanismStatus status, LocalDate asOf) {
        return new Overdue(row.ref().toString(), row.mechanism().description(), row.mechanism().leadNames(),
                status.due(), status.daysOverdue(asOf));
    }
}
