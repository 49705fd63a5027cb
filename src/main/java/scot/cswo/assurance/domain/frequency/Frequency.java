package scot.cswo.assurance.domain.frequency;

import java.time.LocalDate;
import scot.cswo.assurance.domain.DateFormats;
import java.util.Objects;

/**
 * How often a mechanism must be evidenced. Typed so the schedule can reason about it, while
 * keeping the framework's original wording for display ("Report to Joint SW MTM").
 */
public sealed interface Frequency {

    enum Kind { PERIODIC, MEETING_CYCLE, EVENT_DRIVEN, ONE_OFF }

    /** The framework's own wording, shown to users and written back on export. */
    String wording();

    default Kind kind() {
        return switch (this) {
            case Periodic p -> Kind.PERIODIC;
            case MeetingCycle m -> Kind.MEETING_CYCLE;
            case EventDriven e -> Kind.EVENT_DRIVEN;
            case OneOff o -> Kind.ONE_OFF;
        };
    }

    /** A stable code for storage, e.g. QUARTERLY, JSWMT_AS_AVAILABLE, AS_REQUIRED. */
    default String code() {
        return switch (this) {
            case Periodic p -> p.cadence().name();
            case MeetingCycle m -> m.asAvailable() ? m.series().name() + "_AS_AVAILABLE" : m.series().name();
            case EventDriven e -> e.trigger().name();
            case OneOff o -> "ONCE";
        };
    }

    /** True when both give the same schedule, however they are worded ("2 monthly", "Bi-monthly"). */
    default boolean sameRuleAs(Frequency other) {
        if (!code().equals(other.code())) {
            return false;
        }
        return !(this instanceof OneOff once) || once.target().equals(((OneOff) other).target());
    }

    /** Weekly, monthly, … annually, aligned with the financial year. */
    record Periodic(Cadence cadence, String wording) implements Frequency {
        public Periodic {
            Objects.requireNonNull(cadence);
            wording = displayWording(wording, cadence.wording());
        }
    }

    /** Due at each meeting of a series; "as available" reports are never more than due soon. */
    record MeetingCycle(MeetingSeries series, boolean asAvailable, String wording) implements Frequency {
        public MeetingCycle {
            Objects.requireNonNull(series);
            wording = displayWording(wording, series.title());
        }
    }

    /** "As required" or "As reported": an occurrence log rather than a schedule. */
    record EventDriven(Trigger trigger, String wording) implements Frequency {
        public EventDriven {
            Objects.requireNonNull(trigger);
            wording = displayWording(wording, trigger.wording());
        }
    }

    /** Done once, by a target date. */
    record OneOff(LocalDate target, String wording) implements Frequency {
        public OneOff {
            Objects.requireNonNull(target);
            wording = displayWording(wording, "Once by " + DateFormats.display(target));
        }
    }

    enum Trigger {
        AS_REQUIRED("As required"),
        AS_REPORTED("As reported");

        private final String wording;

        Trigger(String wording) {
            this.wording = wording;
        }

        public String wording() {
            return wording;
        }
    }

    private static String displayWording(String given, String fallback) {
        return given == null || given.isBlank() ? fallback : given.strip();
    }
}
