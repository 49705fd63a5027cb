package scot.cswo.assurance.domain.chase;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.action.ImprovementAction;
import scot.cswo.assurance.domain.action.TrackedAction;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.schedule.MechanismStatus;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.domain.schedule.StatusBoard;

/**
 * Works out who to chase for what on the board's date: each lead's overdue and due-soon mechanisms
 * and overdue improvement actions. Statuses come from the status engine (the board, and
 * {@link ImprovementAction#statusOn}); nothing here decides a status of its own.
 */
public final class ChaseList {
    private static final Comparator<ChaseItem> MOST_URGENT_FIRST = Comparator
            .comparingInt((ChaseItem i) -> i.status().urgency())
            .thenComparing(ChaseItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ChaseItem::ref);

    private ChaseList() {
    }

    /**
     * @param leads every lead as stored (for their current email addresses), in the order to list them
     */
    public static ChasePlan of(StatusBoard board, List<TrackedAction> actions, List<Lead> leads) {
        Map<Long, List<ChaseItem>> byLead = new LinkedHashMap<>();
        for (Mechanism mechanism : board.matrix().mechanisms()) {
            MechanismStatus status = board.byMechanism().get(mechanism.id());
            if (status == null || !(status.status() == Status.OVERDUE || status.status() == Status.DUE_SOON)) {
                continue;
            }
            ChaseItem item = item(board, mechanism, status);
            mechanism.leads().forEach(lead -> byLead.computeIfAbsent(lead.id(), id -> new ArrayList<>()).add(item));
        }
        Map<String, Lead> byName = leads.stream().collect(Collectors.toMap(l -> l.name().toLowerCase(Locale.ROOT),
                l -> l, (a, b) -> a));
        for (TrackedAction tracked : actions) {
            ImprovementAction action = tracked.action();
            Lead lead = byName.get(action.lead().toLowerCase(Locale.ROOT));
            if (lead == null || action.statusOn(board.asOf(), ImprovementAction.DUE_SOON_DAYS) != Status.OVERDUE) {
                continue;
            }
            byLead.computeIfAbsent(lead.id(), id -> new ArrayList<>()).add(new ChaseItem(ChaseItem.Kind.ACTION,
                    tracked.id(), "Action " + tracked.id(), action.title(), Status.OVERDUE, "", action.targetDate(),
                    ChronoUnit.DAYS.between(action.targetDate(), board.asOf()),
                    "Its target date, " + DateFormats.display(action.targetDate())
                            + ", has passed (progress: " + action.progress().label() + ").",
                    EvidenceWanted.FOR_ACTION));
        }
        List<LeadChase> toChase = new ArrayList<>();
        List<LeadChase> withoutAddress = new ArrayList<>();
        for (Lead lead : leads) {
            List<ChaseItem> items = byLead.get(lead.id());
            if (items == null) {
                continue;
            }
            items.sort(MOST_URGENT_FIRST);
            LeadChase chase = new LeadChase(lead, items);
            (chase.hasAddress() ? toChase : withoutAddress).add(chase);
        }
        return new ChasePlan(board.asOf(), toChase, withoutAddress);
    }

    private static ChaseItem item(StatusBoard board, Mechanism mechanism, MechanismStatus status) {
        String refs = board.matrix().rowsOfMechanism(mechanism).stream().map(MatrixRow::ref)
                .map(Object::toString).collect(Collectors.joining(", "));
        return new ChaseItem(ChaseItem.Kind.MECHANISM, mechanism.id(), refs, mechanism.description(),
                status.status(), status.period() == null ? "" : status.period().label(), status.due(),
                status.daysOverdue(board.asOf()), status.reason() == null ? "" : status.reason(),
                EvidenceWanted.of(mechanism.frequency(), status));
    }
}
