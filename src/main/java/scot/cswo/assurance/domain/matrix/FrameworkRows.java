package scot.cswo.assurance.domain.matrix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import scot.cswo.assurance.domain.problem.RefusedException;

/**
 * Every row of one framework's matrix as kept, retired ones included, and the rules for changing
 * them: which ref a new row takes, when a retired row comes back, what retiring, moving and
 * renumbering do. The store reads the rows, asks here, and saves the answer.
 */
public final class FrameworkRows {
    private static final Comparator<Row> IN_ORDER = Comparator.comparingInt(Row::ordinal).thenComparingLong(Row::id);

    /** One row as kept: a mechanism listed under a function, at a place in it, under a ref. */
    public record Row(long id, Ref ref, long functionId, long mechanismId, int ordinal, boolean retired) {
    }

    /** What listing a mechanism under a function does. */
    public sealed interface Listing {
        Ref ref();

        /** The row retired from this function earlier comes back with its ref. */
        record Reinstated(Row row) implements Listing {
            @Override
            public Ref ref() {
                return row.ref();
            }
        }

        /** A new row at the end of the function. */
        record Added(Ref ref, int ordinal) implements Listing {
        }
    }

    /** A retired row, and whether its mechanism leaves the matrix with it (it is listed nowhere else). */
    public record Retirement(Row row, boolean mechanismRetires) {
    }

    /** A row's new ref after renumbering. */
    public record Renamed(Row row, Ref ref) {
    }

    private final List<Row> rows;

    public FrameworkRows(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /**
     * Lists a mechanism under a function. A retired row keeps its ref for history, so listing it
     * there again reinstates that row; otherwise the row goes last, with the next ref after every
     * ref the function has used, retired ones included.
     */
    public Listing list(StatutoryFunction function, long mechanismId) {
        Optional<Row> earlier = rows.stream()
                .filter(r -> r.functionId() == function.id() && r.mechanismId() == mechanismId).findFirst();
        if (earlier.isPresent()) {
            if (!earlier.get().retired()) {
                throw new RefusedException("That mechanism is already listed under function " + function.number()
                        + ".");
            }
            return new Listing.Reinstated(earlier.get());
        }
        int position = rows.stream().map(Row::ref).filter(r -> r.functionNumber() == function.number())
                .mapToInt(Ref::position).max().orElse(0) + 1;
        int ordinal = rows.stream().filter(r -> r.functionId() == function.id()).mapToInt(Row::ordinal).max()
                .orElse(0) + 1;
        return new Listing.Added(Ref.of(function.number(), position), ordinal);
    }

    /** Retires the row under {@code ref}; a mechanism listed under no other function retires with it. */
    public Retirement retire(Ref ref) {
        Row row = active(ref);
        boolean listedElsewhere = rows.stream()
                .anyMatch(r -> !r.retired() && r.id() != row.id() && r.mechanismId() == row.mechanismId());
        return new Retirement(row, !listedElsewhere);
    }

    /** Moves the row under {@code ref} up (-1) or down (+1) past its neighbour in its function. */
    public Moved<Row> move(Ref ref, int direction) {
        Row row = active(ref);
        List<Row> function = activeIn(row.functionId());
        return Moved.of(function, function.indexOf(row), direction,
                end -> ref + " is already " + end + " in its function.");
    }

    /**
     * New refs for a function's rows, following their order: F3.1, F3.2, … A ref kept by a retired
     * row is skipped, so history never points at two rows.
     */
    public List<Renamed> renumber(StatutoryFunction function) {
        Set<Ref> retired = rows.stream().filter(Row::retired).map(Row::ref).collect(Collectors.toSet());
        List<Renamed> renamed = new ArrayList<>();
        int position = 1;
        for (Row row : activeIn(function.id())) {
            Ref ref = Ref.of(function.number(), position++);
            while (retired.contains(ref)) {
                ref = Ref.of(function.number(), position++);
            }
            renamed.add(new Renamed(row, ref));
        }
        return renamed;
    }

    /** A function may be retired only once none of its rows is still active. */
    public void requireEmpty(StatutoryFunction function) {
        if (!activeIn(function.id()).isEmpty()) {
            throw new RefusedException("Function " + function.number() + " still has mechanisms; retire or move"
                    + " them first.");
        }
    }

    private List<Row> activeIn(long functionId) {
        return rows.stream().filter(r -> !r.retired() && r.functionId() == functionId).sorted(IN_ORDER).toList();
    }

    private Row active(Ref ref) {
        return rows.stream().filter(r -> !r.retired() && r.ref().equals(ref)).findFirst()
                .orElseThrow(() -> new RefusedException("There is no row " + ref + " in the matrix; it may have been"
                        + " retired or renumbered by someone else."));
    }
}
