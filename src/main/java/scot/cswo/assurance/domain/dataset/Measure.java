package scot.cswo.assurance.domain.dataset;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;
import scot.cswo.assurance.domain.problem.Problems;

/**
 * One figure in the CSWO dataset: aggregates only (counts, rates, full-time equivalents), never
 * anything about a person.
 *
 * @param unit          what the number counts ("children", "%", "FTE")
 * @param statutoryArea the statutory function or service area it speaks to
 * @param dataOwner     who supplies it (a role, not a person who uses services)
 * @param aggregation   how quarters make the year (ignored for annual measures)
 * @param countsPeople  whether it counts people who use services, so small counts are suppressed
 *                      when published (counts of staff, rates and caseloads are not)
 * @param breakdown     the whole this measure is a part of ("Looked after children by placement"),
 *                      so published tables show the parts with their total; blank for none
 */
public record Measure(String name, String unit, String statutoryArea, String definition, String dataOwner,
                      CollectionFrequency collection, Polarity polarity, Aggregation aggregation,
                      boolean countsPeople, String breakdown) {
    public static final int LONGEST_NAME = 200;
    /** The unit that makes a value a percentage, so at most 100. */
    public static final String PERCENT = "%";
    private static final BigDecimal LARGEST = new BigDecimal("999999999");
    // Digits with an optional decimal part, or en-GB thousands separators: 1234.5 or 1,234.5.
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?|\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    public Measure {
        Problems problems = new Problems();
        if (name == null || name.isBlank()) {
            problems.add(MeasureField.NAME, name, "A measure needs a name.");
        } else if (name.strip().length() > LONGEST_NAME) {
            problems.add(MeasureField.NAME, name, "A measure's name can be at most 200 characters.");
        }
        if (unit == null || unit.isBlank()) {
            problems.add(MeasureField.UNIT, unit, "A measure needs a unit, such as children, % or FTE.");
        }
        tooLong(problems, MeasureField.UNIT, unit, 60);
        tooLong(problems, MeasureField.STATUTORY_AREA, statutoryArea, 200);
        tooLong(problems, MeasureField.DEFINITION, definition, 2000);
        tooLong(problems, MeasureField.DATA_OWNER, dataOwner, 300);
        tooLong(problems, MeasureField.BREAKDOWN, breakdown, 200);
        if (collection == null) {
            problems.add(MeasureField.COLLECTION, null, "Say whether the measure is quarterly or annual.");
        }
        if (polarity == null) {
            problems.add(MeasureField.POLARITY, null,
                    "Say whether higher is better, lower is better, or the measure is context only.");
        }
        problems.refuseIfAny();
        name = name.strip();
        unit = unit.strip();
        statutoryArea = statutoryArea == null ? "" : statutoryArea.strip();
        definition = definition == null ? "" : definition.strip();
        dataOwner = dataOwner == null ? "" : dataOwner.strip();
        breakdown = breakdown == null ? "" : breakdown.strip();
        aggregation = aggregation == null ? Aggregation.SUM : aggregation;
    }

    private static void tooLong(Problems problems, MeasureField field, String text, int longest) {
        if (text != null && text.strip().length() > longest) {
            problems.add(field, text, "The " + field.label().toLowerCase(Locale.ROOT) + " can be at most " + longest
                    + " characters.");
        }
    }

    /**
     * A value typed or imported for this measure: blank is no value (null). Refused, naming the
     * field "Value": anything but a number, a negative number, more than two decimal places, a
     * part of a person where people are counted, or a percentage over 100.
     */
    public BigDecimal valueFrom(String text) {
        String tidy = text == null ? "" : text.strip();
        if (tidy.isEmpty()) {
            return null;
        }
        if (!NUMBER.matcher(tidy).matches()) {
            throw refused(tidy, tidy.startsWith("-") ? "A value cannot be negative."
                    : "A value is a number, such as 12 or 87.5 (without words or symbols).");
        }
        BigDecimal value = new BigDecimal(tidy.replace(",", ""));
        if (value.scale() > 2) {
            throw refused(tidy, "A value can have at most two decimal places.");
        }
        if (countsPeople && value.stripTrailingZeros().scale() > 0) {
            throw refused(tidy, "This measure counts people, so its value is a whole number.");
        }
        if (unit.equals(PERCENT) && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw refused(tidy, "A percentage is at most 100.");
        }
        if (value.compareTo(LARGEST) > 0) {
            throw refused(tidy, "A value can be at most 999,999,999.");
        }
        return value;
    }

    private static InvalidDataException refused(String text, String message) {
        return new InvalidDataException(List.of(Problem.of(MeasureField.VALUE, text, message)));
    }
}
