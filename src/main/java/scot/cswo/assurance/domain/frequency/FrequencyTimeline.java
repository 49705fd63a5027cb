package scot.cswo.assurance.domain.frequency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A mechanism's frequency over time. Changing a frequency takes effect from a date; periods due
 * before it keep the old rule.
 */
public record FrequencyTimeline(List<Change> changes) {

    /**
     * The rule in force from a date.
     *
     * @param from null for the mechanism's first rule, in force from the start
     */
    public record Change(LocalDate from, Frequency frequency) {
    }

    public FrequencyTimeline {
        List<Change> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparing(Change::from, Comparator.nullsFirst(Comparator.naturalOrder())));
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("A mechanism always has a frequency");
        }
        changes = List.copyOf(sorted);
    }

    public static FrequencyTimeline of(Frequency frequency) {
        return new FrequencyTimeline(List.of(new Change(null, frequency)));
    }

    /** The rule in force on a date. */
    public Frequency at(LocalDate date) {
        Frequency inForce = changes.getFirst().frequency();
        for (Change change : changes) {
            if (change.from() == null || !change.from().isAfter(date)) {
                inForce = change.frequency();
            }
        }
        return inForce;
    }

    /** The newest rule. */
    public Frequency latest() {
        return changes.getLast().frequency();
    }

    /** Each rule with the days it applies: from (null = the start) up to, not including, until (null = open). */
    public record Segment(LocalDate from, LocalDate until, Frequency frequency) {
        /** Whether a period due on {@code end} belongs to this rule. */
        public boolean covers(LocalDate end) {
            return (from == null || !end.isBefore(from)) && (until == null || end.isBefore(until));
        }
    }

    public List<Segment> segments() {
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            LocalDate until = i + 1 < changes.size() ? changes.get(i + 1).from() : null;
            segments.add(new Segment(changes.get(i).from(), until, changes.get(i).frequency()));
        }
        return segments;
    }

    /** The rule applying on a date, with its span. */
    public Segment segmentAt(LocalDate date) {
        return segments().stream().filter(s -> s.covers(date)).findFirst().orElse(segments().getFirst());
    }

    /** The day the rule in force on {@code date} started, or null if it has applied from the start. */
    public LocalDate startOfRuleAt(LocalDate date) {
        LocalDate start = null;
        for (Change change : changes) {
            if (change.from() == null || !change.from().isAfter(date)) {
                start = change.from();
            }
        }
        return start;
    }

    /** The day the rule in force on {@code date} stops applying, or null if it is the newest. */
    public LocalDate endOfRuleAt(LocalDate date) {
        for (Change change : changes) {
            if (change.from() != null && change.from().isAfter(date)) {
                return change.from();
            }
        }
        return null;
    }

    public FrequencyTimeline with(LocalDate from, Frequency frequency) {
        // A new rule replaces any that were to start on or after its own start.
        List<Change> updated = new ArrayList<>(changes.stream()
                .filter(c -> from != null && (c.from() == null || c.from().isBefore(from))).toList());
        updated.add(new Change(from, frequency));
        return new FrequencyTimeline(updated);
    }
}
