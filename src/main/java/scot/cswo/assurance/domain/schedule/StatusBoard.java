package scot.cswo.assurance.domain.schedule;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.MatrixRow;
import scot.cswo.assurance.domain.matrix.StatutoryFunction;

/**
 * The whole matrix with every mechanism's status as of one date. A mechanism serving two
 * functions has one status, shown on both rows.
 */
public record StatusBoard(AssuranceMatrix matrix, LocalDate asOf, Map<Long, MechanismStatus> byMechanism) {

    public MechanismStatus status(MatrixRow row) {
        return byMechanism.get(row.mechanism().id());
    }

    /** How many rows have each status (a shared mechanism counts on each of its rows). */
    public Map<Status, Integer> counts(List<MatrixRow> rows) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            counts.put(status, 0);
        }
        rows.forEach(r -> counts.merge(status(r).status(), 1, Integer::sum));
        return counts;
    }

    public Map<Status, Integer> counts() {
        return counts(matrix.rows());
    }

    public Map<Status, Integer> counts(StatutoryFunction function) {
        return counts(matrix.rowsOf(function));
    }

    /** Rows ordered most urgent first, then by due date, then by ref. */
    public List<MatrixRow> byUrgency(List<MatrixRow> rows) {
        return rows.stream().sorted(Comparator
                .comparingInt((MatrixRow r) -> status(r).status().urgency())
                .thenComparing(r -> status(r).due(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(MatrixRow::ref)).toList();
    }
}
