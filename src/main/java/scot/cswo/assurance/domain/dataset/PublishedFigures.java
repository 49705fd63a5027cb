package scot.cswo.assurance.domain.dataset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import scot.cswo.assurance.domain.dataset.Aggregation.YearValue;

/**
 * Dataset figures as published (reports, review packs): counts of people from 1 to the threshold
 * hidden, parts of a whole protected from being worked out from their total, and the Government
 * Statistical Service's marks for what is missing or provisional.
 */
public final class PublishedFigures {
    /** Not available: nothing was entered. */
    public static final String NOT_AVAILABLE = "[x]";
    /** Provisional: a year still missing some of its quarters. */
    public static final String PROVISIONAL = " [p]";
    /** What the marks mean, for a note under each table. */
    public static final String KEY_TEMPLATE = "%s: a count from 1 to %d, not shown so that no one can be identified."
            + " [c]: not shown so that a hidden count cannot be worked out from a total. [p]: provisional (not every"
            + " quarter entered yet). [x]: not available.";

    private final SmallNumbers smallNumbers;

    public PublishedFigures(SmallNumbers smallNumbers) {
        this.smallNumbers = smallNumbers;
    }

    /** The note explaining the marks, with this threshold: "&lt;5: a count from 1 to 4, …". */
    public String key() {
        return String.format(Locale.UK, KEY_TEMPLATE, smallNumbers.shown(1), smallNumbers.threshold());
    }

    /** One value of a measure as published. */
    public String value(Measure measure, BigDecimal value) {
        if (value == null) {
            return NOT_AVAILABLE;
        }
        return measure.countsPeople() ? grouped(smallNumbers.shown(value.longValue())) : number(measure, value);
    }

    /** A measure's figure, or its target or a change in it, as published: a percentage to one decimal place. */
    public static String number(Measure measure, BigDecimal value) {
        return measure.unit().equals(Measure.PERCENT) ? percent(value) : number(value);
    }

    /** A percentage to one decimal place, rounding half up as readers expect: 73.65 is "73.7", 81 is "81". */
    public static String percent(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /**
     * Whether what is printed for a value is something other than the value itself: missing, a small
     * count, or a part hidden to protect another ("[c]"). A chart must not draw it, nor a change be
     * worked out from it. A year's provisional mark does not hide it.
     */
    public static boolean hides(Measure measure, BigDecimal value, String shown) {
        return value == null || !shown.replace(PROVISIONAL, "").equals(number(measure, value));
    }

    /** A year's value as published, marked provisional if quarters are missing. */
    public String year(Measure measure, YearValue year) {
        String shown = value(measure, year.value());
        return year.provisional() ? shown + PROVISIONAL : shown;
    }

    /**
     * The parts of one whole and their total, as published. The total is the sum of the parts; if
     * any part is missing the total is not available. Counts of people go through small-number
     * suppression with secondary suppression, so no hidden part can be worked out.
     *
     * @return the parts' texts in order, then the total's
     */
    public List<String> withTotal(List<Measure> parts, List<BigDecimal> values) {
        boolean people = parts.stream().allMatch(Measure::countsPeople);
        boolean complete = values.stream().allMatch(v -> v != null);
        BigDecimal total = complete ? values.stream().reduce(BigDecimal.ZERO, BigDecimal::add) : null;
        if (people && complete) {
            return smallNumbers.withTotal(values.stream().map(BigDecimal::longValue).toList(), total.longValue())
                    .stream().map(PublishedFigures::grouped).toList();
        }
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            shown.add(value(parts.get(i), values.get(i)));
        }
        // With a part missing there is no total, and hidden parts cannot be worked out from one.
        shown.add(total == null ? NOT_AVAILABLE : people ? grouped(smallNumbers.shown(total.longValue()))
                : number(total));
        return shown;
    }

    /**
     * Counts of events (what event-driven mechanisms logged, reports made as available) and their
     * total, as published. An event may concern one person, so a count from 1 to the threshold is
     * hidden like a small count of people, and the total never gives a hidden count away.
     *
     * @return the counts' texts in the order given, then the total's
     */
    public List<String> events(List<Long> counts) {
        return smallNumbers.withTotal(counts, counts.stream().mapToLong(Long::longValue).sum()).stream()
                .map(PublishedFigures::grouped).toList();
    }

    /** A count that was not hidden, with thousands separated; a mark ("<5", "[c]") as it is. */
    private static String grouped(String shown) {
        return shown.chars().allMatch(Character::isDigit) ? number(new BigDecimal(shown)) : shown;
    }

    /** A number as a British reader expects it: 1,234 or 87.5. */
    public static String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(value);
    }
}
