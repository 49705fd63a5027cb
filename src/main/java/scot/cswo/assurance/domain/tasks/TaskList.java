package scot.cswo.assurance.domain.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import scot.cswo.assurance.domain.lead.Absence;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.schedule.StatusBoard;

/** A lead's tasks, most urgent first: their own, and those of leads they deputise for today. */
public final class TaskList {

    private TaskList() {
    }

    public static List<Task> of(Lead me, StatusBoard board, List<Absence> absences, LocalDate today) {
        List<Task> tasks = new ArrayList<>();
        for (Mechanism mechanism : board.matrix().mechanisms()) {
            Lead actingFor = null;
            if (!leads(mechanism, me)) {
                actingFor = absences.stream()
                        .filter(a -> a.covers(today) && a.deputy().id() == me.id() && leads(mechanism, a.lead()))
                        .map(Absence::lead).findFirst().orElse(null);
                if (actingFor == null) {
                    continue;
                }
            }
            tasks.add(new Task(mechanism, board.matrix().rowsOfMechanism(mechanism),
                    board.byMechanism().get(mechanism.id()), actingFor));
        }
        tasks.sort(Comparator.comparingInt((Task t) -> t.status().status().urgency())
                .thenComparing(t -> t.status().due(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(t -> t.rows().getFirst().ref()));
        return tasks;
    }

    private static boolean leads(Mechanism mechanism, Lead lead) {
        return mechanism.leads().stream().anyMatch(l -> l.id() == lead.id());
    }
}
