package scot.cswo.assurance.domain.chase;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.problem.Problems;
import scot.cswo.assurance.domain.schedule.MechanismStatus;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.domain.schedule.StatusBoard;

/**
 * The overdue mechanisms nobody has chased lately, for the dashboard. Overdue is the status engine's
 * word; this only compares each one's latest chase with the quiet spell the office chose.
 */
public final class NotChased {
    /** Two weeks, until the office chooses otherwise. */
    public static final int DEFAULT_DAYS = 14;
    public static final int MAX_DAYS = 365;

    private NotChased() {
    }

    /** Overdue mechanisms on the board's date whose latest chase (if any) was before {@code since}. */
    public static Set<Long> overdue(StatusBoard board, Map<Long, ChaseRecord> latest, Instant since) {
        Set<Long> quiet = new LinkedHashSet<>();
        for (Mechanism mechanism : board.matrix().mechanisms()) {
            MechanismStatus status = board.byMechanism().get(mechanism.id());
            ChaseRecord chase = latest.get(mechanism.id());
            if (status != null && status.status() == Status.OVERDUE && (chase == null || chase.at().isBefore(since))) {
                quiet.add(mechanism.id());
            }
        }
        return quiet;
    }

    /** Refuses a quiet spell shorter than a day or longer than a year. */
    public static void check(int days) {
        if (days < 1 || days > MAX_DAYS) {
            new Problems().add(ChaseField.QUIET_DAYS, Integer.toString(days),
                    "give a number of days from 1 to " + MAX_DAYS + ".").refuseIfAny();
        }
    }
}
