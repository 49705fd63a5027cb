package scot.cswo.assurance.domain.matrix;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** A framework's whole matrix: its functions and rows in framework order. */
public final class AssuranceMatrix {
    private final Framework framework;
    private final List<StatutoryFunction> functions;
    private final List<MatrixRow> rows;
    private final Map<Long, List<MatrixRow>> rowsByMechanism;

    public AssuranceMatrix(Framework framework, List<StatutoryFunction> functions, List<MatrixRow> rows) {
        this.framework = framework;
        // Both in the order given: the order the user arranged, not by number or ref.
        this.functions = List.copyOf(functions);
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < this.functions.size(); i++) {
            position.put(this.functions.get(i).id(), i);
        }
        this.rows = rows.stream().sorted(Comparator.comparingInt(r -> position.getOrDefault(r.function().id(),
                Integer.MAX_VALUE))).toList();
        this.rowsByMechanism = this.rows.stream().collect(Collectors.groupingBy(r -> r.mechanism().id()));
    }

    public Framework framework() {
        return framework;
    }

    public List<StatutoryFunction> functions() {
        return functions;
    }

    public List<MatrixRow> rows() {
        return rows;
    }

    public List<MatrixRow> rowsOf(StatutoryFunction function) {
        return rows.stream().filter(r -> r.function().id() == function.id()).toList();
    }

    public Optional<MatrixRow> row(Ref ref) {
        return rows.stream().filter(r -> r.ref().equals(ref)).findFirst();
    }

    /** Every row of the same mechanism, this one included, in ref order. */
    public List<MatrixRow> rowsOfMechanism(Mechanism mechanism) {
        return rowsByMechanism.getOrDefault(mechanism.id(), List.of());
    }

    /** The other refs of the same mechanism: evidence for one counts for these too. */
    public List<Ref> sharedWith(MatrixRow row) {
        return rowsOfMechanism(row.mechanism()).stream().map(MatrixRow::ref).filter(r -> !r.equals(row.ref())).toList();
    }

    /** Each distinct mechanism once, in the order of its first ref. */
    public List<Mechanism> mechanisms() {
        return rows.stream().map(MatrixRow::mechanism)
                .collect(Collectors.toMap(Mechanism::id, m -> m, (a, b) -> a, java.util.LinkedHashMap::new))
                .values().stream().toList();
    }

    /** Every lead named in the matrix, alphabetically. */
    public List<Lead> leads() {
        return rows.stream().flatMap(r -> r.mechanism().leads().stream())
                .collect(Collectors.toMap(Lead::id, l -> l, (a, b) -> a))
                .values().stream().sorted(Comparator.comparing(Lead::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The same matrix when it holds the same framework, functions and rows, each as saved (with its version). */
    @Override
    public boolean equals(Object other) {
        return other instanceof AssuranceMatrix that && framework.equals(that.framework)
                && functions.equals(that.functions) && rows.equals(that.rows);
    }

    @Override
    public int hashCode() {
        return Objects.hash(framework, functions, rows);
    }
}
