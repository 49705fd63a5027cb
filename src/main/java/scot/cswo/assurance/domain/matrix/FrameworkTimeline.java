package scot.cswo.assurance.domain.matrix;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which framework was in force on a date. A framework is in force from its tracking start until the
 * day before the next one's, so a framework imported in December to start in April changes nothing
 * before April: the statuses, evidence and reports of the current year stay with the framework they
 * belong to. Of two frameworks starting on the same day, the one brought in later is in force (it
 * replaced the other before it began). Before the first framework's start, the first is the one
 * shown: nothing is due under it yet.
 */
public final class FrameworkTimeline {
    private static final Comparator<Framework> ORDER = Comparator.comparing(Framework::trackingStart)
            .thenComparingLong(Framework::id);

    private final List<Framework> frameworks;

    public FrameworkTimeline(List<Framework> frameworks) {
        this.frameworks = frameworks.stream().sorted(ORDER).toList();
    }

    /** Every framework, by tracking start. */
    public List<Framework> frameworks() {
        return frameworks;
    }

    public boolean isEmpty() {
        return frameworks.isEmpty();
    }

    /** The framework in force on {@code date}; empty only when there is no framework at all. */
    public Optional<Framework> inForceOn(LocalDate date) {
        Framework found = null;
        for (Framework framework : frameworks) {
            if (!framework.trackingStart().isAfter(date)) {
                found = framework;
            }
        }
        if (found == null && !frameworks.isEmpty()) {
            return inForceOn(frameworks.getFirst().trackingStart());
        }
        return Optional.ofNullable(found);
    }

    /** The framework that follows {@code framework}, if one has been brought in. */
    public Optional<Framework> next(Framework framework) {
        int at = indexOf(framework);
        return at >= 0 && at + 1 < frameworks.size() ? Optional.of(frameworks.get(at + 1)) : Optional.empty();
    }

    /** The last day {@code framework} is in force, if a later one follows it. */
    public Optional<LocalDate> lastDay(Framework framework) {
        return next(framework).map(n -> n.trackingStart().minusDays(1));
    }

    /**
     * Whether {@code framework} has been replaced by one in force on {@code today}: it is then kept
     * as it was, for the years it covered, and its matrix is no longer changed.
     */
    public boolean replacedBy(Framework framework, LocalDate today) {
        return next(framework).filter(n -> !n.trackingStart().isAfter(today)).isPresent();
    }

    /** The framework that comes into force on exactly {@code date}, if one does: two cannot. */
    public Optional<Framework> startingOn(LocalDate date) {
        return frameworks.stream().filter(f -> f.trackingStart().equals(date)).findFirst();
    }

    /** Frameworks brought in to start after {@code date}, soonest first. */
    public List<Framework> startingAfter(LocalDate date) {
        return frameworks.stream().filter(f -> f.trackingStart().isAfter(date)).toList();
    }

    /**
     * Whether {@code date} belongs to a framework other than {@code framework}: another one was in
     * force on it. A date before the first framework's start belongs to none.
     */
    public boolean belongsElsewhere(Framework framework, LocalDate date) {
        if (frameworks.isEmpty() || date.isBefore(frameworks.getFirst().trackingStart())) {
            return false;
        }
        return inForceOn(date).filter(f -> f.id() != framework.id()).isPresent();
    }

    private int indexOf(Framework framework) {
        for (int i = 0; i < frameworks.size(); i++) {
            if (frameworks.get(i).id() == framework.id()) {
                return i;
            }
        }
        return -1;
    }
}
