package scot.cswo.assurance.domain.dataset;

import java.util.ArrayList;
import java.util.List;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.problem.Problem;

/**
 * One figure in the CSWO dataset: aggregates only (counts, rates, full-time equivalents), never
 * anything about a person.
 *
 * @param unit          what the number counts ("children", "%", "FTE")
 * @param statutoryArea the statutory function or service area it speaks to
 * @param dataOwner     who supplies it (a role, not a person who uses services)
 * @param aggregation   how quarters make the year (ignored for annual measures)
 */
public record Measure(String name, String unit, String statutoryArea, String definition, String dataOwner,
                      CollectionFrequency collection, Polarity polarity, Aggregation aggregation) {

    public Measure {
        List<Problem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(new Problem(null, 0, "Name", name, "A measure needs a name."));
        } else if (name.strip().length() > 200) {
            problems.add(new Problem(null, 0, "Name", name, "A measure's name can be at most 200 characters."));
        }
        if (unit == null || unit.isBlank()) {
            problems.add(new Problem(null, 0, "Unit", unit, "A measure needs a unit, such as children, % or FTE."));
        }
        if (collection == null) {
            problems.add(new Problem(null, 0, "Collection", null, "Say whether the measure is quarterly or annual."));
        }
        if (polarity == null) {
            problems.add(new Problem(null, 0, "Polarity", null,
                    "Say whether higher is better, lower is better, or the measure is context only."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDataException(problems);
        }
        name = name.strip();
        unit = unit.strip();
        statutoryArea = statutoryArea == null ? "" : statutoryArea.strip();
        definition = definition == null ? "" : definition.strip();
        dataOwner = dataOwner == null ? "" : dataOwner.strip();
        aggregation = aggregation == null ? Aggregation.SUM : aggregation;
    }
}
