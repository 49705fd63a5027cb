package scot.cswo.assurance.domain.frequency;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;

/**
 * Reads a frequency as councils write it ("Bi-monthly", "Six-monthly", "Fortnightly", "In line with
 * Committee / IJB cycles") and restores one from its stored code.
 */
public final class Frequencies {

    /** The wordings offered to users when a frequency is not recognised. */
    public static final List<String> ACCEPTED = List.of(
            "Weekly", "Fortnightly", "Monthly", "2 monthly", "Quarterly", "4 monthly", "Twice yearly", "Annually",
            "Report to Joint SW MTM", "Reports to Joint SW MTM as available",
            "In line with Committee / IJB cycles", "Strategic planning cycles",
            "As required", "As reported", "Once by DD/MM/YYYY");

    private static final Map<String, Function<String, Frequency>> WORDINGS = new LinkedHashMap<>();
    private static final Pattern ONE_OFF = Pattern.compile(
            "(?:(?:once|one-off|one off)\\s*\\(?\\s*(?:by|before|on)?|by)\\s*([0-9][0-9/-]*)\\s*\\)?");
    private static final DateTimeFormatter UK_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT);

    static {
        periodic(Cadence.WEEKLY, "weekly", "every week", "once a week");
        periodic(Cadence.FORTNIGHTLY, "fortnightly", "every fortnight", "once a fortnight", "every 2 weeks",
                "every two weeks", "every other week", "2 weekly", "two weekly");
        periodic(Cadence.MONTHLY, "monthly", "every month", "once a month", "1 monthly");
        periodic(Cadence.TWO_MONTHLY, "2 monthly", "two monthly", "bi-monthly", "bimonthly", "bi monthly",
                "every 2 months", "every two months", "6 times a year", "six times a year");
        periodic(Cadence.QUARTERLY, "quarterly", "3 monthly", "three monthly", "every 3 months",
                "every three months", "4 times a year", "four times a year", "once a quarter");
        periodic(Cadence.FOUR_MONTHLY, "4 monthly", "four monthly", "every 4 months", "every four months",
                "3 times a year", "three times a year");
        periodic(Cadence.TWICE_YEARLY, "twice yearly", "twice a year", "six monthly", "6 monthly",
                "half yearly", "half-yearly", "every 6 months", "every six months", "biannually", "bi-annually");
        periodic(Cadence.ANNUALLY, "annually", "annual", "yearly", "once a year", "every year", "12 monthly");
        meeting(MeetingSeries.JSWMT, false, "report to joint sw mtm", "reports to joint sw mtm",
                "report to jswmt", "reports to jswmt", "report to joint social work management team",
                "reports to joint social work management team", "joint sw mtm", "jswmt");
        meeting(MeetingSeries.JSWMT, true, "reports to joint sw mtm as available",
                "report to joint sw mtm as available", "reports to jswmt as available",
                "report to jswmt as available", "reports to joint social work management team as available",
                "as available to joint sw mtm");
        meeting(MeetingSeries.COMMITTEE, false, "in line with committee/ijb cycles", "in line with committee cycles",
                "in line with ijb cycles", "committee/ijb cycles", "committee/ijb cycle", "committee cycle",
                "committee cycles", "ijb cycle", "ijb cycles", "in line with committee/ijb cycle");
        meeting(MeetingSeries.STRATEGIC, false, "strategic planning cycles", "strategic planning cycle",
                "in line with strategic planning cycles", "in line with strategic planning cycle");
        event(Frequency.Trigger.AS_REQUIRED, "as required", "when required", "as and when required", "as needed",
                "when needed", "ad hoc");
        event(Frequency.Trigger.AS_REPORTED, "as reported", "when reported", "as and when reported");
    }

    private Frequencies() {
    }

    /** Reads a frequency as written in a framework document or spreadsheet. */
    public static Optional<Frequency> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wording = text.strip().replaceAll("\\s+", " ");
        String key = key(wording);
        Function<String, Frequency> known = WORDINGS.get(key);
        if (known != null) {
            return Optional.of(known.apply(wording));
        }
        return oneOff(key).map(date -> new Frequency.OneOff(date, wording));
    }

    /**
     * Frequencies for phrases the app does not know, as the user mapped them ("Termly" read as
     * "4 monthly"), keyed as {@link #parse} compares wordings. Refused, every bad one named, where
     * the frequency mapped to is not one the app knows.
     */
    public static Map<String, Frequency> mappings(Map<String, String> phraseToFrequency) {
        Map<String, Frequency> mapped = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        phraseToFrequency.forEach((phrase, frequency) -> parse(frequency).ifPresentOrElse(
                known -> mapped.put(key(phrase), known),
                () -> problems.add(new Problem(null, 0, "Frequency", phrase + "=" + frequency, "\"" + frequency
                        + "\" is not a frequency the app knows, so \"" + phrase + "\" cannot be read as it. Use one of: "
                        + String.join(", ", ACCEPTED) + "."))));
        if (!problems.isEmpty()) {
            throw new InvalidDataException(problems);
        }
        return mapped;
    }

    /** A wording as frequencies are compared: case, spacing, hyphens between words and end stops aside. */
    public static String key(String wording) {
        return normalise(wording.strip().replaceAll("\\s+", " "));
    }

    /** Restores a frequency from the code it was stored under. */
    public static Frequency fromCode(String code, String wording, LocalDate target) {
        if ("ONCE".equals(code)) {
            return new Frequency.OneOff(target, wording);
        }
        for (Cadence cadence : Cadence.values()) {
            if (cadence.name().equals(code)) {
                return new Frequency.Periodic(cadence, wording);
            }
        }
        for (Frequency.Trigger trigger : Frequency.Trigger.values()) {
            if (trigger.name().equals(code)) {
                return new Frequency.EventDriven(trigger, wording);
            }
        }
        boolean asAvailable = code.endsWith("_AS_AVAILABLE");
        String series = asAvailable ? code.substring(0, code.length() - "_AS_AVAILABLE".length()) : code;
        return new Frequency.MeetingCycle(MeetingSeries.valueOf(series), asAvailable, wording);
    }

    private static Optional<LocalDate> oneOff(String key) {
        Matcher m = ONE_OFF.matcher(key);
        if (!m.matches()) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : List.of(UK_DATE, DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return Optional.of(LocalDate.parse(m.group(1), format));
            } catch (DateTimeParseException notThisFormat) {
                // try the next accepted format
            }
        }
        return Optional.empty();
    }

    private static String normalise(String wording) {
        // "Six-monthly" is "six monthly", "6-monthly" "6 monthly": a hyphen before a word is a space
        // (not in dates: 2026-03-31).
        return wording.toLowerCase(Locale.ROOT)
                .replaceAll("(?<=[\\p{L}\\p{N}])[-\u2010\u2011](?=\\p{L})", " ")
                .replaceAll("\\s*/\\s*", "/")
                .replace('\u2013', '-')
                .replaceAll("[.;:]+$", "")
                .strip();
    }

    private static void periodic(Cadence cadence, String... keys) {
        register(w -> new Frequency.Periodic(cadence, w), keys);
    }

    private static void meeting(MeetingSeries series, boolean asAvailable, String... keys) {
        register(w -> new Frequency.MeetingCycle(series, asAvailable, w), keys);
    }

    private static void event(Frequency.Trigger trigger, String... keys) {
        register(w -> new Frequency.EventDriven(trigger, w), keys);
    }

    private static void register(Function<String, Frequency> factory, String... keys) {
        for (String key : keys) {
            WORDINGS.put(normalise(key), factory);
        }
    }
}
