package scot.cswo.assurance.service.calendar;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.frequency.Frequency;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.Framework;
import scot.cswo.assurance.domain.matrix.FrameworkTimeline;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.domain.schedule.Period;
import scot.cswo.assurance.domain.schedule.Schedule;
import scot.cswo.assurance.service.files.SafeFiles;
import scot.cswo.assurance.service.matrix.MatrixService;
import scot.cswo.assurance.service.schedule.StatusService;

/**
 * A lead's (or everyone's) due dates for the next twelve months as an iCalendar file (RFC 5545)
 * that Outlook opens: one all-day event per due date. Each event's UID is made from the mechanism's
 * first ref and the date, so importing a newer file updates events instead of adding copies.
 */
public final class DueCalendar {
    public static final String LEAD = "Lead";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

    /** One due date: the end of a period (or a meeting date, or a one-off target). */
    public record Due(LocalDate date, Mechanism mechanism, List<MatrixRow> rows, Period period) {
        /**
         * The mechanism's first ref, not its database id: refs carry over when the framework is copied
         * to a new period or the database to another PC, where ids change.
         */
        public String uid() {
            return rows.getFirst().ref() + "-" + DAY.format(date) + "@cswo-assurance";
        }
    }

    private final MatrixService matrices;
    private final StatusService statuses;
    private final Clock clock;

    public DueCalendar(MatrixService matrices, StatusService statuses, Clock clock) {
        this.matrices = matrices;
        this.statuses = statuses;
        this.clock = clock;
    }

    /** The lead called {@code name} (any case), or a problem naming the leads there are. */
    public Lead lead(String name) {
        AssuranceMatrix matrix = matrices.matrix();
        return matrix.leads().stream().filter(l -> l.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new InvalidDataException(List.of(new Problem(null, 0, LEAD, name,
                        "no mechanism in the matrix is led by this name. Leads: " + matrix.leads().stream()
                                .map(Lead::name).collect(Collectors.joining("; ")) + "."))));
    }

    /**
     * Due dates from today for twelve months, for one lead or (lead empty) everyone, in date order:
     * each date under the framework in force on it, so a framework prepared to start in April gives
     * the dates from April.
     */
    public List<Due> dueDates(Optional<Lead> lead) {
        LocalDate from = LocalDate.now(clock);
        LocalDate to = from.plusMonths(12);
        FrameworkTimeline timeline = matrices.timeline();
        List<Due> dues = new ArrayList<>();
        for (Framework framework : timeline.frameworks()) {
            boolean inForceToday = timeline.inForceOn(from).filter(f -> f.id() == framework.id()).isPresent();
            LocalDate first = inForceToday || framework.trackingStart().isBefore(from) ? from : framework.trackingStart();
            LocalDate last = timeline.lastDay(framework).filter(d -> d.isBefore(to)).orElse(to);
            if (!last.isBefore(first)) {
                dues.addAll(dueDates(matrices.matrixOf(framework.id()), lead, first, last));
            }
        }
        dues.sort(Comparator.comparing(Due::date).thenComparing(d -> d.rows().getFirst().ref()));
        return dues;
    }

    private List<Due> dueDates(AssuranceMatrix matrix, Optional<Lead> lead, LocalDate from, LocalDate to) {
        Schedule schedule = statuses.schedule(matrix.framework());
        List<Due> dues = new ArrayList<>();
        for (Mechanism mechanism : matrix.mechanisms()) {
            if (lead.isPresent() && mechanism.leads().stream().noneMatch(l -> l.id() == lead.get().id())) {
                continue;
            }
            List<MatrixRow> rows = matrix.rowsOfMechanism(mechanism);
            for (Period period : schedule.periodsEndingBetween(mechanism.frequencies(), from, to)) {
                dues.add(new Due(period.end(), mechanism, rows, period));
            }
            if (mechanism.frequency() instanceof Frequency.OneOff once
                    && !once.target().isBefore(from) && !once.target().isAfter(to)) {
                dues.add(new Due(once.target(), mechanism, rows, null));
            }
        }
        return dues;
    }

    /** The calendar as RFC 5545 text. */
    public String ics(Optional<Lead> lead) {
        String stamp = STAMP.format(clock.instant().atOffset(ZoneOffset.UTC));
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//CSWO Assurance//Due dates//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + text("CSWO assurance due dates" + lead.map(l -> " – " + l.name()).orElse("")));
        for (Due due : dueDates(lead)) {
            MatrixRow first = due.rows().getFirst();
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + due.uid());
            line(ics, "DTSTAMP:" + stamp);
            line(ics, "DTSTART;VALUE=DATE:" + DAY.format(due.date()));
            line(ics, "DTEND;VALUE=DATE:" + DAY.format(due.date().plusDays(1)));
            line(ics, "SUMMARY:" + text("Assurance due: " + first.ref() + " " + shortened(due.mechanism().description())));
            line(ics, "DESCRIPTION:" + text(description(due)));
            line(ics, "CATEGORIES:CSWO assurance");
            line(ics, "TRANSP:TRANSPARENT");
            line(ics, "BEGIN:VALARM");
            line(ics, "ACTION:DISPLAY");
            line(ics, "DESCRIPTION:" + text("Assurance due: " + first.ref()));
            line(ics, "TRIGGER:-P7D");
            line(ics, "END:VALARM");
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** Writes the calendar file whole or not at all; returns how many due dates it holds. */
    public int write(Path file, Optional<Lead> lead) {
        SafeFiles.requireOutput(file, "The calendar", ".ics");
        String ics = ics(lead);
        SafeFiles.writeOutput(file, "The calendar", ics.getBytes(StandardCharsets.UTF_8), ".ics");
        return (int) ics.lines().filter("BEGIN:VEVENT"::equals).count();
    }

    private static String description(Due due) {
        Mechanism mechanism = due.mechanism();
        StringBuilder text = new StringBuilder();
        text.append(mechanism.description()).append('\n');
        text.append("Ref: ").append(due.rows().stream().map(MatrixRow::ref).map(Ref::text)
                .collect(Collectors.joining(", "))).append('\n');
        for (MatrixRow row : due.rows()) {
            text.append("Function ").append(row.function().number()).append(": ").append(row.function().title())
                    .append('\n');
        }
        text.append("Lead: ").append(mechanism.leadNames()).append('\n');
        text.append("Frequency: ").append(mechanism.frequencies().at(due.date()).wording()).append('\n');
        if (due.period() != null) {
            text.append("Period: ").append(due.period().label()).append('\n');
        }
        text.append("Due: ").append(DateFormats.display(due.date())).append('\n');
        text.append("Record the evidence in CSWO Assurance.");
        return text.toString();
    }

    private static String shortened(String text) {
        return text.length() <= 90 ? text : text.substring(0, 89) + "…";
    }

    /** TEXT value escaping (RFC 5545 3.3.11). */
    private static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 3.1). */
    private static void line(StringBuilder ics, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                ics.append("\r\n ");
                octets = 1;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append("\r\n");
    }
}
