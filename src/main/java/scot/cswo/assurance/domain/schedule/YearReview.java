package scot.cswo.assurance.domain.schedule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.StatutoryFunction;

/**
 * Looking back over (part of) a financial year: for each scheduled mechanism, every period that
 * fell due and whether it was assured.
 *
 * @param year         the financial year
 * @param byMechanism  the outcomes per mechanism id (event-driven and one-off mechanisms have none)
 */
public record YearReview(AssuranceMatrix matrix, Period year, Map<Long, List<PeriodOutcome>> byMechanism) {

    /** Periods due so far, assured or missed. */
    public record Tally(int assured, int missed) {
        public int due() {
            return assured + missed;
        }

        Tally plus(Tally other) {
            return new Tally(assured + other.assured, missed + other.missed);
        }
    }

    public List<PeriodOutcome> outcomes(MatrixRow row) {
        return byMechanism.getOrDefault(row.mechanism().id(), List.of());
    }

    public Tally tally(MatrixRow row) {
        int assured = (int) outcomes(row).stream().filter(PeriodOutcome::assured).count();
        return new Tally(assured, outcomes(row).size() - assured);
    }

    /** Per function, in function order; a shared mechanism counts under each function it serves. */
    public Map<StatutoryFunction, Tally> byFunction() {
        Map<StatutoryFunction, Tally> tallies = new LinkedHashMap<>();
        for (StatutoryFunction function : matrix.functions()) {
            tallies.put(function, matrix.rowsOf(function).stream().map(this::tally)
                    .reduce(new Tally(0, 0), Tally::plus));
        }
        return tallies;
    }

    public Tally total() {
        return byFunction().values().stream().reduce(new Tally(0, 0), Tally::plus);
    }
}
