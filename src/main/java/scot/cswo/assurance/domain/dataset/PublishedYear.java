package scot.cswo.assurance.domain.dataset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * One financial year of a quarterly count of people, or of the parts of one whole, as every
 * published document prints it: each quarter (the quarterly pack), each year so far (the pack), the
 * year (the annual report) and, for parts of a whole, the year's total. A count from 1 to the
 * threshold is hidden ("&lt;5"). Any other figure is hidden as well ("[c]") while a hidden count
 * could still be worked out by adding and subtracting printed figures: a quarter from the year less
 * the other quarters, from one year so far less another, a part from its total. The same figure
 * printed in two places (a first quarter and the year so far at its end) is hidden in both.
 */
public final class PublishedYear {
    private static final double EPSILON = 1e-9;

    /** What a printed figure is, in the order another figure is chosen to be hidden to protect a count. */
    private enum Kind { QUARTER, YEAR_SO_FAR, YEAR, TOTAL }

    /**
     * One printed figure: which quarters of which parts it adds up (the weights of a sum or a mean),
     * and its value.
     */
    private record Figure(Kind kind, int part, int quarter, double[] weights, BigDecimal value) {
        boolean sameFigureAs(Figure other) {
            return Arrays.equals(weights, other.weights);
        }
    }

    private final List<Measure> parts;
    private final PublishedFigures figures;
    private final SmallNumbers smallNumbers;
    private final Map<String, Figure> byPlace = new HashMap<>();
    private final List<Figure> all = new ArrayList<>();
    private final List<Figure> small = new ArrayList<>();
    private final List<Figure> protecting = new ArrayList<>();

    /**
     * @param parts    the measures (one, or the parts of one whole), each counting people quarterly
     * @param quarters for each part, its values by quarter number (1 to 4); a missing quarter is absent or null
     */
    public PublishedYear(List<Measure> parts, List<Map<Integer, BigDecimal>> quarters, SmallNumbers smallNumbers) {
        this.parts = List.copyOf(parts);
        this.smallNumbers = smallNumbers;
        this.figures = new PublishedFigures(smallNumbers);
        int width = parts.size() * 4;
        List<double[]> years = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int p = 0; p < parts.size(); p++) {
            Map<Integer, BigDecimal> values = quarters.get(p);
            for (int q = 1; q <= 4; q++) {
                BigDecimal value = values.get(q);
                if (value != null) {
                    double[] weights = new double[width];
                    weights[p * 4 + q - 1] = 1;
                    add(new Figure(Kind.QUARTER, p, q, weights, value));
                }
                Optional<Figure> soFar = yearSoFar(p, q, values, width);
                soFar.ifPresent(this::add);
                if (q == 4) {
                    years.add(soFar.map(Figure::weights).orElse(null));
                    total = soFar.isPresent() && total != null ? total.add(soFar.get().value()) : null;
                }
            }
        }
        if (parts.size() > 1 && total != null) {
            double[] weights = new double[width];
            years.forEach(year -> IntStream.range(0, width).forEach(i -> weights[i] += year[i]));
            add(new Figure(Kind.TOTAL, -1, 4, weights, total));
        }
        protectTheSmallCounts();
    }

    /** A quarter's value of one part, as printed. */
    public String quarter(int part, int quarter) {
        return shown(part, Kind.QUARTER, quarter);
    }

    /** The year so far at the end of a quarter (the 4th: the year) of one part, as printed. */
    public String yearToDate(int part, int upTo) {
        return shown(part, upTo == 4 ? Kind.YEAR : Kind.YEAR_SO_FAR, upTo);
    }

    /** The parts' total for the year, as printed; not available while a part has no value for the year. */
    public String total() {
        return shown(-1, Kind.TOTAL, 4);
    }

    private void add(Figure figure) {
        byPlace.put(place(figure.part(), figure.kind(), figure.quarter()), figure);
        all.add(figure);
        if (smallNumbers.isSmall(figure.value().longValue())) {
            small.add(figure);
        }
    }

    private static String place(int part, Kind kind, int quarter) {
        return part + "/" + kind + "/" + quarter;
    }

    /** The year so far at the end of quarter {@code upTo}, rolled up as the measure's year is, if it has a value. */
    private Optional<Figure> yearSoFar(int part, int upTo, Map<Integer, BigDecimal> values, int width) {
        Map<Integer, BigDecimal> soFar = new HashMap<>();
        IntStream.rangeClosed(1, upTo).forEach(q -> soFar.put(q, values.get(q)));
        Aggregation aggregation = parts.get(part).aggregation();
        BigDecimal value = aggregation.rollUp(soFar).value();
        if (value == null) {
            return Optional.empty();
        }
        List<Integer> entered = IntStream.rangeClosed(1, upTo).filter(q -> values.get(q) != null).boxed().toList();
        double[] weights = new double[width];
        if (aggregation == Aggregation.LAST) {
            weights[part * 4 + entered.getLast() - 1] = 1;
        } else {
            // A mean is the sum divided by a known number: it gives away exactly what the sum would.
            double weight = aggregation == Aggregation.AVERAGE ? 1.0 / entered.size() : 1;
            entered.forEach(q -> weights[part * 4 + q - 1] = weight);
        }
        return Optional.of(new Figure(upTo == 4 ? Kind.YEAR : Kind.YEAR_SO_FAR, part, upTo, weights, value));
    }

    /**
     * Hides figures, one at a time, until no small count can be worked out from the printed ones.
     * Parts of a whole first get the rule every table of parts follows (the next smallest part
     * hidden beside a lone small one), so a breakdown reads the same as before; then, while a small
     * count can still be worked out, the figure whose hiding stops that (a quarter before a year so
     * far before the year before the total; the smallest first) is hidden too.
     */
    private void protectTheSmallCounts() {
        if (parts.size() > 1) {
            for (Kind kind : List.of(Kind.QUARTER, Kind.YEAR_SO_FAR, Kind.YEAR)) {
                IntStream.rangeClosed(1, 4).forEach(q -> protectAcrossParts(kind, q));
            }
        }
        Optional<Figure> exposed;
        while ((exposed = small.stream().filter(this::workedOut).findFirst()).isPresent()) {
            Figure count = exposed.get();
            // A figure of an earlier quarter was printed in its own pack before this count existed: hiding
            // it now would not take it back, so only figures up to a later quarter are hidden for it.
            List<Figure> candidates = printed().stream().filter(f -> f.value().signum() > 0)
                    .filter(f -> f.quarter() >= count.quarter())
                    .sorted(Comparator.comparing((Figure f) -> f.kind()).thenComparing(Figure::value)).toList();
            Figure chosen = candidates.stream().filter(f -> !workedOutWithout(count, f)).findFirst()
                    // No single figure is enough: hide the first that adds up the count's quarters, and look again.
                    .orElseGet(() -> printed().stream().filter(f -> overlaps(f, count))
                            .sorted(Comparator.comparing((Figure f) -> f.kind()).thenComparing(Figure::value))
                            .findFirst().orElseThrow());
            hide(chosen);
        }
    }

    /** The rule of a table of parts with a total ({@link SmallNumbers#withTotal}), for one column of them. */
    private void protectAcrossParts(Kind kind, int quarter) {
        List<Figure> column = IntStream.range(0, parts.size())
                .mapToObj(p -> byPlace.get(place(p, kind, quarter))).toList();
        if (column.contains(null)) {
            return;
        }
        List<Long> values = column.stream().map(f -> f.value().longValue()).toList();
        List<String> shown = smallNumbers.withTotal(values, values.stream().mapToLong(Long::longValue).sum());
        for (int p = 0; p < column.size(); p++) {
            if (shown.get(p).equals(SmallNumbers.CONFIDENTIAL)) {
                hide(column.get(p));
            }
        }
        Figure total = byPlace.get(place(-1, Kind.TOTAL, 4));
        if (kind == Kind.YEAR && total != null && shown.getLast().equals(SmallNumbers.CONFIDENTIAL)) {
            hide(total);
        }
    }

    /** Hides a figure wherever it is printed (the same sum may be printed as two different things). */
    private void hide(Figure figure) {
        all.stream().filter(f -> f.sameFigureAs(figure) && !protecting.contains(f)).forEach(protecting::add);
    }

    private List<Figure> printed() {
        return all.stream().filter(f -> !small.contains(f) && !protecting.contains(f)).toList();
    }

    private boolean workedOut(Figure count) {
        return workedOut(count, printed());
    }

    private boolean workedOutWithout(Figure count, Figure hidden) {
        return workedOut(count, printed().stream().filter(f -> !f.sameFigureAs(hidden)).toList());
    }

    private static boolean overlaps(Figure a, Figure b) {
        return IntStream.range(0, a.weights().length).anyMatch(i -> a.weights()[i] != 0 && b.weights()[i] != 0);
    }

    /** Whether a figure is a combination of printed ones: adding it to them does not raise their rank. */
    private static boolean workedOut(Figure count, List<Figure> printed) {
        List<double[]> rows = new ArrayList<>(printed.stream().map(Figure::weights).toList());
        int without = rank(rows);
        rows.add(count.weights());
        return rank(rows) == without;
    }

    private static int rank(List<double[]> rows) {
        double[][] m = rows.stream().map(double[]::clone).toArray(double[][]::new);
        int width = m.length == 0 ? 0 : m[0].length;
        int rank = 0;
        for (int col = 0; col < width && rank < m.length; col++) {
            int pivot = rank;
            for (int r = rank + 1; r < m.length; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(m[pivot][col]) < EPSILON) {
                continue;
            }
            double[] swap = m[rank];
            m[rank] = m[pivot];
            m[pivot] = swap;
            for (int r = 0; r < m.length; r++) {
                double factor = m[r][col] / m[rank][col];
                if (r != rank && factor != 0) {
                    for (int c = col; c < width; c++) {
                        m[r][c] -= factor * m[rank][c];
                    }
                }
            }
            rank++;
        }
        return rank;
    }

    private String shown(int part, Kind kind, int quarter) {
        Figure figure = byPlace.get(place(part, kind, quarter));
        Measure measure = parts.get(Math.max(part, 0));
        if (figure == null) {
            return figures.value(measure, null);
        }
        return protecting.contains(figure) && !small.contains(figure) ? SmallNumbers.CONFIDENTIAL
                : figures.value(measure, figure.value());
    }
}
